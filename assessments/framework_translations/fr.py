"""French texts of the default capacity framework (assessments/default_framework.py)."""

NAME = "Cadre d'évaluation des capacités du secteur"
DESCRIPTION = (
    "Grille permettant à un groupe restreint conduit par le gouvernement de noter les capacités "
    "actuelles et souhaitées d'un secteur aux niveaux individuel, organisationnel et "
    "institutionnel, ainsi que l'état des efforts actuels de développement des capacités. Chaque "
    "question décrit à quoi correspond chaque point de l'échelle de 1 à 4."
)
SCALE = {1: "Inexistant", 2: "Émergent", 3: "Établi", 4: "Avancé"}
LEVELS = {
    "individual": {
        "name": "Capacité individuelle",
        "description": (
            "Les capacités techniques et fonctionnelles des personnes qui travaillent dans le "
            "secteur : leurs compétences et connaissances, les incitations auxquelles elles sont "
            "soumises, la manière dont leurs compétences sont développées et dont elles sont "
            "fidélisées, ainsi que les compétences de leadership des responsables."
        ),
    },
    "organizational": {
        "name": "Capacité organisationnelle",
        "description": (
            "Les mécanismes, outils et procédures internes du ministère et des autres "
            "organisations du secteur : mandat et stratégie, structure et rôles, systèmes de "
            "gestion du personnel, des finances et des résultats, direction et gestion, et "
            "processus de prestation des services."
        ),
    },
    "institutional": {
        "name": "Capacité institutionnelle",
        "description": (
            "L'environnement favorable dans lequel le secteur évolue : le cadre politique et "
            "juridique, la coordination sectorielle et l'approche sectorielle, la redevabilité et "
            "le contrôle, le dialogue social et la gouvernance avec les parties prenantes, et "
            "l'alignement des partenaires au développement sur les systèmes nationaux."
        ),
    },
    "cd_efforts": {
        "name": "État des efforts actuels de développement des capacités",
        "description": (
            "L'efficacité des efforts actuels de développement des capacités dans le secteur : "
            "appropriation et leadership du gouvernement, harmonisation et coordination des "
            "appuis, efficacité et résultats, recours à des méthodes appropriées, et durabilité."
        ),
    },
}
DIMENSIONS = {
    "IND1": {
        "name": "Compétences et connaissances techniques",
        "description": (
            "Les compétences spécialisées et les connaissances à jour dont le personnel a besoin "
            "pour fournir les services du secteur."
        ),
    },
    "IND2": {
        "name": "Compétences fonctionnelles et de gestion",
        "description": (
            "Les compétences transversales pour planifier, budgétiser, gérer, analyser, coordonner "
            "et rendre compte, aux niveaux central et déconcentré."
        ),
    },
    "IND3": {
        "name": "Développement des ressources humaines",
        "description": (
            "La manière dont le secteur forme et perfectionne son personnel, avant et pendant "
            "l'emploi, et la mesure dans laquelle les acquis sont appliqués au travail."
        ),
    },
    "IND4": {
        "name": "Incitations, motivation et fidélisation",
        "description": (
            "La rémunération, les conditions de travail, les perspectives de carrière et les "
            "pratiques de gestion qui amènent le personnel qualifié à rejoindre le secteur, à y "
            "être performant et à y rester."
        ),
    },
    "IND5": {
        "name": "Compétences de leadership",
        "description": (
            "La capacité des cadres supérieurs et intermédiaires à donner une orientation, à "
            "motiver le personnel, à conduire le changement et à préparer les futurs dirigeants."
        ),
    },
    "ORG1": {
        "name": "Mandat, stratégie et planification",
        "description": (
            "Des mandats clairs pour les organisations du secteur, une stratégie sectorielle "
            "assortie de priorités et de résultats, et des plans de travail qui la mettent en "
            "œuvre."
        ),
    },
    "ORG2": {
        "name": "Structure, rôles et gestion des ressources humaines",
        "description": (
            "Une structure organisationnelle adaptée au mandat, des rôles et des délégations "
            "clairs, et des systèmes de gestion du personnel du secteur."
        ),
    },
    "ORG3": {
        "name": "Gestion financière et budgétisation",
        "description": (
            "Les systèmes du secteur pour planifier, mobiliser, dépenser et justifier les fonds, "
            "dans le respect des règles de gestion des finances publiques de l'État."
        ),
    },
    "ORG4": {
        "name": "Suivi, évaluation et systèmes d'information",
        "description": (
            "Les systèmes qui produisent des données fiables sur la performance du secteur, "
            "examinent les progrès au regard des résultats et intègrent les enseignements dans les "
            "décisions."
        ),
    },
    "ORG5": {
        "name": "Direction, gestion et processus de prestation des services",
        "description": (
            "La manière dont l'organisation est dirigée et gérée au quotidien, et la mesure dans "
            "laquelle ses processus permettent de fournir des services de la qualité attendue."
        ),
    },
    "INS1": {
        "name": "Cadre politique et juridique",
        "description": (
            "Les politiques, lois et règlements qui fixent les objectifs, les rôles et les normes "
            "du secteur, et la capacité à les élaborer et à les faire appliquer."
        ),
    },
    "INS2": {
        "name": "Coordination sectorielle et approche sectorielle",
        "description": (
            "La manière dont le gouvernement, les partenaires et les autres acteurs travaillent "
            "dans un cadre unique de politique, de plan et de budget du secteur, et dont le "
            "secteur s'articule avec les réformes plus larges de l'administration."
        ),
    },
    "INS3": {
        "name": "Redevabilité et contrôle",
        "description": (
            "Les mécanismes par lesquels le secteur rend compte au parlement, aux organes de "
            "contrôle et aux citoyens de l'utilisation de ses ressources et de ses résultats."
        ),
    },
    "INS4": {
        "name": "Dialogue social et gouvernance avec les parties prenantes",
        "description": (
            "La participation de la société civile, des organisations de travailleurs et "
            "d'employeurs, du secteur privé et des autres parties prenantes à la gouvernance du "
            "secteur."
        ),
    },
    "INS5": {
        "name": "Alignement et harmonisation des partenaires au développement",
        "description": (
            "La mesure dans laquelle les partenaires au développement soutiennent les priorités "
            "propres du secteur, utilisent les systèmes nationaux et harmonisent leurs procédures "
            "entre eux."
        ),
    },
    "CDE1": {
        "name": (
            "Appropriation et leadership du gouvernement en matière de développement des capacités"
        ),
        "description": (
            "La mesure dans laquelle le gouvernement fixe l'orientation du développement des "
            "capacités dans le secteur, conduit la conception des appuis et engage ses propres "
            "ressources."
        ),
    },
    "CDE2": {
        "name": "Harmonisation et coordination des appuis au développement des capacités",
        "description": (
            "La mesure dans laquelle les appuis des différents partenaires au développement des "
            "capacités sont connus, coordonnés, mis en commun lorsque c'est utile et gérés dans un "
            "cadre unique."
        ),
    },
    "CDE3": {
        "name": "Efficacité et résultats des appuis au développement des capacités",
        "description": (
            "La mesure dans laquelle les appuis au développement des capacités ont des objectifs "
            "clairs, font l'objet d'un suivi des changements de capacités et de performance, et "
            "produisent ces changements."
        ),
    },
    "CDE4": {
        "name": "Recours à des méthodes appropriées de développement des capacités",
        "description": (
            "La mesure dans laquelle les méthodes utilisées correspondent au déficit et au niveau "
            "de capacités : formation, partage des connaissances, recherche, apprentissage "
            "expérientiel, coaching, mentorat, visites d'échange et voyages d'études, jumelage et "
            "coopération Sud-Sud."
        ),
    },
    "CDE5": {
        "name": "Durabilité du développement des capacités",
        "description": (
            "La mesure dans laquelle les capacités acquises se maintiennent et se renforcent après "
            "la fin des appuis extérieurs : personnel fidélisé, fonctions institutionnalisées, "
            "prestataires nationaux et financements récurrents en place."
        ),
    },
}
QUESTIONS = {
    "IND1.1": {
        "text": (
            "Le personnel des organisations du secteur possède les compétences techniques requises "
            "par les postes qu'il occupe."
        ),
        "guidance": (
            "Fiches de poste comparées aux qualifications détenues, rapports de supervision, "
            "évaluations des compétences, audits de la qualité des services."
        ),
        "descriptors": [
            (
                "De nombreux postes sont occupés par des agents qui n'ont pas les qualifications "
                "requises, et personne n'a évalué le déficit de compétences."
            ),
            (
                "Les déficits de compétences sont connus dans certaines unités, mais une grande "
                "partie des postes techniques est occupée par des agents sous-qualifiés."
            ),
            (
                "La plupart des postes techniques sont occupés par des agents qualifiés, et les "
                "déficits restants sont documentés, avec des plans pour les combler."
            ),
            (
                "Presque tous les postes sont occupés par des agents qualifiés, et les compétences "
                "sont évaluées régulièrement par rapport à des normes définies."
            ),
        ],
    },
    "IND1.2": {
        "text": (
            "Le personnel tient à jour ses connaissances sur la politique, les normes et les "
            "bonnes pratiques du secteur."
        ),
        "guidance": (
            "Accès aux directives en vigueur sur le lieu de travail, registres de formation "
            "professionnelle continue, associations professionnelles."
        ),
        "descriptors": [
            (
                "Le personnel s'appuie sur des directives dépassées, et les nouvelles politiques "
                "et normes lui parviennent rarement après leur approbation."
            ),
            (
                "Les nouvelles directives parviennent au personnel des services centraux, mais le "
                "personnel de terrain en prend connaissance tardivement, voire jamais."
            ),
            (
                "Les politiques et normes actualisées sont diffusées à tous les niveaux, avec des "
                "séances d'information ou d'orientation pour le personnel concerné."
            ),
            (
                "Le développement professionnel continu est obligatoire, enregistré et lié à "
                "l'inscription à l'ordre professionnel ou à l'avancement pour la plupart des corps "
                "professionnels."
            ),
        ],
    },
    "IND1.3": {
        "text": (
            "Les compétences du personnel du secteur ont été évaluées, et les résultats servent à "
            "planifier les effectifs et la formation."
        ),
        "guidance": (
            "Audit récent des compétences ou étude sur les ressources humaines, plan des "
            "effectifs, liens entre l'évaluation et le plan de formation."
        ),
        "descriptors": [
            (
                "Il n'existe aucune évaluation des compétences du personnel, et les décisions en "
                "matière d'effectifs et de formation sont prises sans données probantes."
            ),
            (
                "Une évaluation des compétences a été réalisée une fois, par exemple dans le cadre "
                "d'un projet, mais ses résultats ne sont pas utilisés."
            ),
            (
                "Une évaluation récente des compétences couvre les principaux corps et éclaire le "
                "plan des effectifs et le plan de formation."
            ),
            (
                "Les compétences sont évaluées périodiquement pour l'ensemble du personnel, et les "
                "résultats orientent les décisions en matière d'effectifs, de formation et de "
                "budget."
            ),
        ],
    },
    "IND2.1": {
        "text": (
            "Le personnel sait élaborer des plans, des budgets et des rapports selon les "
            "procédures et les formats de l'administration."
        ),
        "guidance": (
            "Qualité et ponctualité des plans de travail, des propositions budgétaires et des "
            "rapports ; observations du ministère des Finances."
        ),
        "descriptors": [
            (
                "Les plans et les budgets sont élaborés par quelques personnes ou des consultants, "
                "et la plupart des unités sont incapables de les produire."
            ),
            (
                "La plupart des unités produisent des plans et des budgets, mais ils sont souvent "
                "en retard, incomplets ou renvoyés pour correction."
            ),
            (
                "Les unités produisent leurs plans, budgets et rapports dans les délais et selon "
                "le format requis, avec peu d'aide extérieure."
            ),
            (
                "Les plans, budgets et rapports sont de bonne qualité de façon constante, et le "
                "personnel accompagne ses collègues des services déconcentrés."
            ),
        ],
    },
    "IND2.2": {
        "text": (
            "Le personnel sait analyser des données et utiliser des éléments probants dans son "
            "travail quotidien."
        ),
        "guidance": (
            "Rapports d'analyse produits en interne, utilisation des données lors des réunions de "
            "direction, compétences du personnel en analyse de données."
        ),
        "descriptors": [
            (
                "Les données sont collectées et transmises, mais le personnel ne les analyse pas "
                "et ne les utilise pas pour prendre des décisions."
            ),
            (
                "Quelques spécialistes analysent les données, surtout pour des rapports externes "
                "ou à la demande des partenaires au développement."
            ),
            (
                "Dans la plupart des unités, le personnel analyse ses propres données et les "
                "utilise pour la planification et lors des réunions de direction."
            ),
            (
                "Le personnel produit régulièrement des analyses qui éclairent les politiques et "
                "les budgets, et le secteur publie ses propres études."
            ),
        ],
    },
    "IND2.3": {
        "text": (
            "Le personnel sait coordonner, négocier et communiquer efficacement avec les autres "
            "ministères, les partenaires et les parties prenantes."
        ),
        "guidance": (
            "Qui porte la parole du secteur lors des réunions de coordination et des conférences "
            "budgétaires ; qualité des procès-verbaux, notes d'information et présentations."
        ),
        "descriptors": [
            (
                "Le personnel du secteur participe rarement aux réunions interministérielles ou "
                "avec les partenaires, ou y assiste sans préparation ni position."
            ),
            (
                "Les hauts responsables représentent le secteur, mais les positions sont souvent "
                "préparées par des consultants ou des partenaires au développement."
            ),
            (
                "Le personnel prépare ses propres notes, présente clairement la position du "
                "secteur et assure le suivi des accords conclus."
            ),
            (
                "Le personnel mène avec assurance les négociations avec le ministère des Finances "
                "et les partenaires, et les résultats se reflètent dans les accords."
            ),
        ],
    },
    "IND3.1": {
        "text": (
            "Une évaluation des besoins en formation et un plan de formation chiffré orientent le "
            "perfectionnement du personnel du secteur."
        ),
        "guidance": (
            "Plan de formation et ses fondements, part des formations réalisées dans le cadre du "
            "plan, qui décide de la désignation des participants."
        ),
        "descriptors": [
            (
                "Il n'existe pas de plan de formation, et les formations ont lieu lorsqu'un "
                "partenaire propose un cours."
            ),
            (
                "Un plan de formation existe mais n'est pas chiffré, et la plupart des formations "
                "sont encore organisées en dehors de ce plan par des projets."
            ),
            (
                "Un plan de formation chiffré, fondé sur une évaluation des besoins, couvre les "
                "principaux corps, et la plupart des formations s'y conforment."
            ),
            (
                "Toutes les formations, quel qu'en soit le financeur, suivent un plan unique, "
                "révisé chaque année au regard des besoins et des résultats."
            ),
        ],
    },
    "IND3.2": {
        "text": (
            "Les établissements de formation initiale et continue produisent les effectifs et les "
            "qualifications dont le secteur a besoin."
        ),
        "guidance": (
            "Nombre de diplômés des établissements de formation comparé aux postes vacants, dates "
            "de révision des programmes, accréditation des établissements."
        ),
        "descriptors": [
            (
                "Les établissements de formation produisent beaucoup trop peu de diplômés, ou les "
                "programmes ne correspondent pas aux emplois du secteur."
            ),
            (
                "Le nombre de diplômés augmente, mais les programmes sont dépassés et le secteur a "
                "peu son mot à dire sur les contenus enseignés."
            ),
            (
                "Le nombre de diplômés correspond à peu près aux besoins, et les programmes ont "
                "été révisés avec le secteur au cours des cinq dernières années."
            ),
            (
                "Les établissements de formation sont accrédités, planifient les admissions avec "
                "le secteur et actualisent les programmes en fonction des performances des "
                "diplômés."
            ),
        ],
    },
    "IND3.3": {
        "text": (
            "Les acquis de la formation sont appliqués au travail, avec l'appui d'un suivi, d'une "
            "supervision ou d'un accompagnement."
        ),
        "guidance": (
            "Suivi post-formation, rapports de supervision formative, changements de pratiques "
            "signalés par les responsables."
        ),
        "descriptors": [
            (
                "La formation s'arrête à la fin de l'atelier, et personne ne vérifie si les "
                "participants utilisent ce qu'ils ont appris."
            ),
            (
                "Certains programmes prévoient des visites de suivi, mais les responsables ne sont "
                "pas impliqués et les résultats ne sont pas consignés."
            ),
            (
                "La plupart des formations comprennent un plan de mise en application, avec un "
                "suivi par les supérieurs hiérarchiques dans les six mois."
            ),
            (
                "L'application des acquis est vérifiée systématiquement, et les responsables "
                "ajustent les méthodes de travail et le contenu des formations en fonction des "
                "constats."
            ),
        ],
    },
    "IND4.1": {
        "text": (
            "La rémunération, les indemnités et les conditions de travail sont suffisantes pour "
            "attirer et motiver du personnel qualifié."
        ),
        "guidance": (
            "Niveaux de salaire comparés à ceux d'emplois similaires, régularité du paiement des "
            "salaires, indemnités et compléments de salaire versés par les projets."
        ),
        "descriptors": [
            (
                "Les salaires sont souvent payés en retard ou sont très inférieurs à ceux "
                "d'emplois similaires, et le personnel dépend d'autres revenus."
            ),
            (
                "Les salaires sont payés à temps mais sont faibles, et les indemnités des projets "
                "faussent fortement les préférences du personnel quant à son lieu de travail."
            ),
            (
                "La rémunération est régulière et suffisamment compétitive pour pourvoir la "
                "plupart des postes, et les indemnités suivent une politique commune à l'ensemble "
                "de l'administration."
            ),
            (
                "La rémunération et les conditions de travail attirent des candidats qualifiés "
                "pour la plupart des postes, y compris en zones reculées, sans compléments versés "
                "par les projets."
            ),
        ],
    },
    "IND4.2": {
        "text": (
            "Le recrutement, l'avancement et l'évaluation des performances reposent sur le mérite "
            "et sont appliqués de manière cohérente."
        ),
        "guidance": (
            "Règles et pratiques de recrutement, taux de réalisation des évaluations, liens entre "
            "évaluation, avancement et formation."
        ),
        "descriptors": [
            (
                "Les nominations et les promotions dépendent surtout des relations ou de "
                "l'ancienneté, et les performances ne sont pas évaluées."
            ),
            (
                "Des règles fondées sur le mérite existent, mais les évaluations sont de pure "
                "forme et ne servent ni à l'avancement ni au perfectionnement."
            ),
            (
                "La plupart des recrutements se font par concours, et les évaluations annuelles "
                "sont réalisées et utilisées pour les décisions d'avancement."
            ),
            (
                "Le recrutement est ouvert et se fait par concours, et les résultats des "
                "évaluations déterminent systématiquement l'avancement, les récompenses et les "
                "plans de développement individuels."
            ),
        ],
    },
    "IND4.3": {
        "text": (
            "La rotation du personnel et les postes vacants font l'objet d'un suivi, et des "
            "mesures sont en place pour fidéliser le personnel qualifié."
        ),
        "guidance": (
            "Taux de vacance et de rotation par corps et par localité, données sur les départs, "
            "mesures de fidélisation telles que les primes de zone difficile ou le logement."
        ),
        "descriptors": [
            (
                "Personne ne sait combien d'agents quittent le secteur ni pourquoi, et les postes "
                "vacants dans les zones difficiles restent non pourvus pendant des années."
            ),
            (
                "La rotation du personnel est reconnue comme un problème, mais les données sont "
                "incomplètes et les mesures de fidélisation sont ponctuelles."
            ),
            (
                "Les données sur les postes vacants et la rotation sont communiquées chaque année, "
                "et des mesures de fidélisation sont en place pour les corps les plus touchés."
            ),
            (
                "La rotation du personnel est faible ou en baisse, et les mesures de fidélisation "
                "sont évaluées et ajustées sur la base des données."
            ),
        ],
    },
    "IND5.1": {
        "text": (
            "Les hauts responsables donnent une orientation claire et communiquent les priorités "
            "au personnel dans l'ensemble du secteur."
        ),
        "guidance": (
            "Capacité du personnel des différents niveaux à énoncer les priorités du secteur ; "
            "fréquence et portée de la communication de la direction."
        ),
        "descriptors": [
            (
                "Le personnel ne sait pas dire quelles sont les priorités du secteur, et les "
                "responsables communiquent rarement au-delà de leur propre bureau."
            ),
            (
                "Les priorités sont énoncées aux services centraux, mais elles parviennent "
                "rarement au personnel des régions, des districts ou des structures de prestation."
            ),
            (
                "Les responsables communiquent régulièrement les priorités, et la plupart des "
                "agents, à tous les niveaux, savent les décrire."
            ),
            (
                "Les responsables communiquent les priorités et sont à l'écoute du personnel, dont "
                "les retours influencent visiblement les décisions."
            ),
        ],
    },
    "IND5.2": {
        "text": (
            "Les responsables sont capables de diriger des équipes, de déléguer et de conduire le "
            "changement."
        ),
        "guidance": (
            "Formations en gestion suivies, délégation dans la pratique, exemples de réformes "
            "conduites par des responsables."
        ),
        "descriptors": [
            (
                "Les responsables décident de tout eux-mêmes, et les changements sont imposés sans "
                "explication ni accompagnement."
            ),
            (
                "Certains responsables délèguent et conduisent bien le changement, mais cela tient "
                "aux personnes plutôt qu'à une pratique établie."
            ),
            (
                "La plupart des responsables ont suivi une formation en gestion, délèguent les "
                "décisions courantes et planifient les changements avec leurs équipes."
            ),
            (
                "Les responsables conduisent régulièrement des réformes avec leurs équipes, et le "
                "secteur a déjà mené des changements à leur terme."
            ),
        ],
    },
    "IND5.3": {
        "text": (
            "Le secteur repère et prépare ses futurs dirigeants et planifie la relève aux postes "
            "clés."
        ),
        "guidance": (
            "Plans de relève pour les postes clés, programmes de développement du leadership, "
            "mentorat des responsables potentiels."
        ),
        "descriptors": [
            (
                "Les postes clés restent vacants ou sont pourvus dans l'urgence au départ de leurs "
                "titulaires, sans passation de service."
            ),
            (
                "Les futurs dirigeants potentiels sont repérés de manière informelle, et certains "
                "suivent des cours de leadership lorsque des partenaires en proposent."
            ),
            (
                "Un programme de développement du leadership existe, et les postes clés ont des "
                "adjoints désignés, préparés à prendre la relève."
            ),
            (
                "Les plans de relève couvrent tous les postes clés, et les futurs dirigeants sont "
                "formés par le mentorat, la rotation des postes et des cours."
            ),
        ],
    },
    "ORG1.1": {
        "text": (
            "Les mandats du ministère et des autres organisations du secteur sont clairs, connus "
            "et ne se chevauchent pas."
        ),
        "guidance": (
            "Textes juridiques et statuts, revues fonctionnelles, cas de doublons ou de lacunes "
            "entre organisations."
        ),
        "descriptors": [
            (
                "Les mandats ne sont pas écrits ou sont contradictoires, et plusieurs "
                "organisations revendiquent ou évitent les mêmes fonctions."
            ),
            (
                "Les mandats sont écrits, mais les chevauchements entre organisations et entre "
                "niveaux d'administration ne sont pas résolus."
            ),
            (
                "Les mandats sont clairs et connus du personnel, et la plupart des chevauchements "
                "ont été résolus grâce à une revue fonctionnelle."
            ),
            (
                "Les mandats sont clairs, révisés lorsque des réformes modifient les rôles, et les "
                "organisations les respectent sans conflit."
            ),
        ],
    },
    "ORG1.2": {
        "text": (
            "Le secteur dispose d'un plan stratégique en vigueur, avec des priorités, des "
            "résultats et des coûts clairs."
        ),
        "guidance": (
            "Plan stratégique sectoriel, sa période, son cadre de résultats et son chiffrage ; qui "
            "l'a rédigé."
        ),
        "descriptors": [
            (
                "Il n'existe pas de stratégie sectorielle en vigueur, ou celle qui existe est "
                "arrivée à échéance ou n'est pas utilisée."
            ),
            (
                "Une stratégie existe, mais elle énumère de nombreuses activités sans priorités, "
                "sans coûts ni résultats mesurables."
            ),
            (
                "Une stratégie en vigueur et chiffrée fixe des priorités et des résultats "
                "mesurables, et a été élaborée sous la conduite du ministère."
            ),
            (
                "La stratégie est chiffrée, hiérarchisée en fonction de ressources réalistes, fait "
                "l'objet d'une revue à mi-parcours et sert de référence à tous les acteurs."
            ),
        ],
    },
    "ORG1.3": {
        "text": (
            "Les plans de travail annuels des organisations du secteur découlent de la stratégie "
            "et sont liés au budget."
        ),
        "guidance": (
            "Plans opérationnels annuels, leurs liens avec la stratégie et les lignes budgétaires, "
            "plans des services déconcentrés."
        ),
        "descriptors": [
            (
                "Les unités n'ont pas de plan de travail annuel, ou leurs plans sont des listes "
                "d'activités sans rapport avec la stratégie."
            ),
            (
                "Des plans de travail existent aux services centraux, mais ils ne sont pas liés "
                "aux budgets et sont rarement utilisés."
            ),
            (
                "Les plans annuels aux niveaux central et déconcentré suivent la stratégie et "
                "indiquent le budget de chaque activité."
            ),
            (
                "Les plans annuels sont consolidés, entièrement budgétisés, suivis chaque "
                "trimestre et ajustés lorsque les ressources changent."
            ),
        ],
    },
    "ORG2.1": {
        "text": (
            "La structure organisationnelle est adaptée au mandat, et chaque poste dispose d'une "
            "fiche de poste à jour."
        ),
        "guidance": (
            "Organigramme approuvé, cadre organique, fiches de poste, date de la dernière revue de "
            "la structure."
        ),
        "descriptors": [
            (
                "La structure est dépassée ou non approuvée, et de nombreux agents n'ont pas de "
                "fiche de poste."
            ),
            (
                "Une structure approuvée existe, mais elle ne correspond pas aux fonctions "
                "actuelles et les fiches de poste sont incomplètes."
            ),
            (
                "La structure correspond aux fonctions actuelles, et la plupart des postes ont des "
                "fiches de poste à jour, utilisées pour le recrutement et l'évaluation."
            ),
            (
                "La structure est révisée lorsque les fonctions évoluent, et les fiches de poste "
                "sont mises à jour et utilisées pour tous les postes."
            ),
        ],
    },
    "ORG2.2": {
        "text": (
            "Les pouvoirs et les responsabilités sont clairement délégués entre les niveaux "
            "central, régional et local."
        ),
        "guidance": (
            "Actes de délégation, décisions renvoyées à l'échelon supérieur, politique de "
            "décentralisation et son application dans le secteur."
        ),
        "descriptors": [
            (
                "Toutes les décisions, même mineures, remontent au sommet, et les unités locales "
                "ne peuvent pas agir sans autorisation."
            ),
            (
                "Des règles de délégation existent sur le papier, mais dans la pratique la plupart "
                "des décisions remontent encore aux services centraux."
            ),
            (
                "Les services déconcentrés prennent les décisions courantes de fonctionnement et "
                "de dépense dans le cadre de règles claires."
            ),
            (
                "Les pouvoirs délégués sont clairs et assortis des ressources correspondantes, et "
                "les services déconcentrés rendent compte de leurs résultats."
            ),
        ],
    },
    "ORG2.3": {
        "text": (
            "Des informations fiables sur les effectifs, les postes et la paie sont disponibles "
            "pour planifier et gérer le personnel."
        ),
        "guidance": (
            "Système d'information sur les ressources humaines, audits de la paie, cohérence entre "
            "le cadre organique, le fichier de paie et le personnel en poste."
        ),
        "descriptors": [
            (
                "Personne ne peut dire avec certitude combien d'agents compte le secteur ni où ils "
                "travaillent."
            ),
            (
                "Les dossiers du personnel existent sur papier ou dans plusieurs bases de données "
                "qui ne concordent ni entre elles ni avec le fichier de paie."
            ),
            (
                "Une base de données électronique du personnel concorde avec le fichier de paie et "
                "sert aux affectations et à la planification des effectifs."
            ),
            (
                "Un système d'information sur les ressources humaines relié à la paie est mis à "
                "jour en temps réel et audité régulièrement."
            ),
        ],
    },
    "ORG3.1": {
        "text": (
            "Le budget du secteur est élaboré sur la base des plans et des priorités, dans un "
            "cadre à moyen terme."
        ),
        "guidance": (
            "Propositions budgétaires, cadre de dépenses à moyen terme, liens entre les lignes "
            "budgétaires et les priorités stratégiques."
        ),
        "descriptors": [
            (
                "Le budget reprend les chiffres de l'année précédente majorés d'un pourcentage, "
                "sans lien avec les plans ni les priorités."
            ),
            (
                "L'élaboration du budget fait référence au plan, mais les priorités ne sont pas "
                "chiffrées et les plafonds ne sont pas respectés."
            ),
            (
                "Le budget suit les priorités du plan dans le respect des plafonds et comporte des "
                "perspectives à moyen terme."
            ),
            (
                "Un budget-programme assorti de projections à moyen terme intègre tous les fonds, "
                "y compris ceux des partenaires, et reflète les priorités."
            ),
        ],
    },
    "ORG3.2": {
        "text": (
            "Les budgets sont exécutés comme prévu, avec une mise à disposition prévisible des "
            "fonds et des marchés passés dans les délais."
        ),
        "guidance": (
            "Taux d'exécution budgétaire, retards dans la mise à disposition des fonds aux unités, "
            "plans de passation des marchés et retards."
        ),
        "descriptors": [
            (
                "Les fonds arrivent tardivement et de façon imprévisible, et les taux d'exécution "
                "sont faibles ou dépassent largement les prévisions."
            ),
            (
                "La plupart des fonds sont mis à disposition, mais des retards et des goulots "
                "d'étranglement dans la passation des marchés retardent régulièrement les "
                "activités prévues."
            ),
            (
                "Les fonds sont mis à disposition selon un calendrier connu, la passation des "
                "marchés suit un plan, et l'exécution dépasse la plupart des objectifs."
            ),
            (
                "L'exécution est proche des prévisions dans toutes les unités, et les goulots "
                "d'étranglement sont analysés et résolus dans l'année."
            ),
        ],
    },
    "ORG3.3": {
        "text": (
            "Les comptes, les rapports financiers et les audits sont complets et produits à temps, "
            "et les constats d'audit donnent lieu à des mesures."
        ),
        "guidance": (
            "États financiers, rapports d'audit externe et interne, suivi des recommandations "
            "d'audit."
        ),
        "descriptors": [
            (
                "Les comptes sont incomplets, les rapports financiers font défaut, et les audits "
                "ne sont pas réalisés ou sont ignorés."
            ),
            (
                "Les comptes sont produits avec de longs retards, et de nombreux constats d'audit "
                "se répètent d'une année à l'autre."
            ),
            (
                "Les rapports financiers sont produits à temps, les audits sont réalisés chaque "
                "année, et la plupart des constats sont traités."
            ),
            (
                "Les rapports financiers sont ponctuels et fiables, l'audit interne fonctionne "
                "bien, et les constats d'audit sont réglés rapidement."
            ),
        ],
    },
    "ORG4.1": {
        "text": (
            "Le système d'information du secteur produit des données à jour, complètes et fiables."
        ),
        "guidance": (
            "Complétude et ponctualité des rapports de routine, contrôles de la qualité des "
            "données, enquêtes utilisées pour vérifier les données de routine."
        ),
        "descriptors": [
            (
                "Les données de routine sont incomplètes, tardives et contradictoires, et les "
                "partenaires gèrent leurs propres systèmes de rapportage distincts."
            ),
            (
                "Un système d'information de routine existe, mais les rapports sont incomplets et "
                "la qualité des données n'est pas contrôlée."
            ),
            (
                "La plupart des unités transmettent leurs rapports à temps, la qualité des données "
                "est contrôlée, et un système unique sert au gouvernement et aux partenaires."
            ),
            (
                "Les données sont complètes, à jour, vérifiées par des enquêtes et accessibles aux "
                "utilisateurs sur une plateforme ouverte."
            ),
        ],
    },
    "ORG4.2": {
        "text": (
            "Un cadre de performance comportant des indicateurs, des valeurs de référence et des "
            "cibles sert à examiner les progrès du secteur."
        ),
        "guidance": (
            "Cadre de résultats du secteur, rapport annuel de performance, rapports de revue "
            "sectorielle conjointe."
        ),
        "descriptors": [
            (
                "Il n'existe pas d'ensemble d'indicateurs convenu, et les progrès ne sont pas "
                "examinés au regard de cibles."
            ),
            (
                "Des indicateurs sont définis, mais les valeurs de référence ou les cibles "
                "manquent et les revues sont irrégulières."
            ),
            (
                "Un ensemble convenu d'indicateurs, avec valeurs de référence et cibles, est "
                "examiné chaque année lors d'une revue sectorielle conjointe."
            ),
            (
                "Le cadre est utilisé lors des revues conjointes annuelles, qui conviennent de "
                "mesures correctives faisant l'objet d'un suivi."
            ),
        ],
    },
    "ORG4.3": {
        "text": (
            "Les constats du suivi et de l'évaluation sont utilisés dans les décisions de "
            "planification, de budgétisation et de gestion."
        ),
        "guidance": (
            "Exemples de décisions modifiées à la lumière de données probantes, plans "
            "d'évaluation, suivi des recommandations des revues."
        ),
        "descriptors": [
            (
                "Les rapports sont produits pour les partenaires ou classés, et n'influencent pas "
                "les décisions."
            ),
            (
                "Les constats sont parfois discutés, mais peu de décisions ou de plans changent en "
                "conséquence."
            ),
            (
                "Les constats des revues alimentent le plan annuel et le budget suivants, et les "
                "recommandations font l'objet d'un suivi."
            ),
            (
                "Les responsables utilisent régulièrement les données de suivi et les évaluations, "
                "et le secteur commande des évaluations pour répondre à ses propres questions."
            ),
        ],
    },
    "ORG5.1": {
        "text": (
            "Les organes de direction se réunissent régulièrement, prennent des décisions et en "
            "suivent la mise en œuvre."
        ),
        "guidance": (
            "Calendrier des réunions de direction, procès-verbaux et listes d'actions, suivi des "
            "décisions."
        ),
        "descriptors": [
            (
                "Les réunions de direction sont rares ou irrégulières, et les décisions ne sont ni "
                "consignées ni suivies."
            ),
            (
                "La direction se réunit régulièrement, mais les procès-verbaux sont incomplets et "
                "les décisions ne sont souvent pas mises en œuvre."
            ),
            (
                "La direction se réunit selon un calendrier fixe, consigne les décisions en "
                "précisant les responsables et examine leur mise en œuvre."
            ),
            (
                "Les réunions de direction s'appuient sur des données de performance, suivent "
                "chaque décision jusqu'à son exécution et sont communiquées au personnel."
            ),
        ],
    },
    "ORG5.2": {
        "text": (
            "Les normes et procédures de prestation des services sont documentées et respectées "
            "dans l'ensemble du secteur."
        ),
        "guidance": (
            "Normes de service, procédures opérationnelles normalisées, constats de supervision et "
            "d'inspection."
        ),
        "descriptors": [
            (
                "Il n'existe pas de normes de service écrites, et les pratiques varient fortement "
                "d'une unité et d'une localité à l'autre."
            ),
            (
                "Des normes existent pour certains services, mais elles sont peu connues et peu "
                "appliquées."
            ),
            (
                "Les normes et procédures couvrent les principaux services et sont appliquées dans "
                "la plupart des unités, comme le vérifie la supervision."
            ),
            (
                "Les normes sont appliquées dans l'ensemble du secteur, leur respect est mesuré, "
                "et les résultats sont publiés et suivis d'effets."
            ),
        ],
    },
    "ORG5.3": {
        "text": (
            "Les organisations du secteur recueillent l'avis des usagers et l'utilisent pour "
            "améliorer les services."
        ),
        "guidance": (
            "Enquêtes auprès des usagers, registres des plaintes, équipes d'amélioration de la "
            "qualité, exemples de changements apportés à la suite des retours."
        ),
        "descriptors": [
            (
                "Aucun avis n'est recueilli auprès des usagers, et les plaintes ne sont pas "
                "enregistrées."
            ),
            (
                "Les avis sont recueillis de temps à autre, par exemple lors d'une enquête "
                "financée par un partenaire, mais donnent rarement lieu à des changements."
            ),
            (
                "Les avis sont recueillis régulièrement, et les unités s'en servent pour planifier "
                "des améliorations précises de leurs services."
            ),
            (
                "L'amélioration de la qualité fondée sur l'avis des usagers est une pratique "
                "courante, et les améliorations sont mesurées et partagées entre les unités."
            ),
        ],
    },
    "INS1.1": {
        "text": (
            "Une politique sectorielle approuvée est à jour et cohérente avec les priorités "
            "nationales de développement."
        ),
        "guidance": (
            "Document de politique sectorielle et date d'approbation, liens avec le plan national "
            "de développement."
        ),
        "descriptors": [
            (
                "Il n'existe pas de politique sectorielle approuvée, ou elle est dépassée et "
                "n'oriente plus les décisions."
            ),
            (
                "Une politique est en projet ou a été récemment approuvée, mais des questions clés "
                "en sont absentes ou sont incohérentes avec les priorités nationales."
            ),
            (
                "Une politique approuvée et en vigueur reflète les priorités nationales et sert de "
                "référence à la stratégie sectorielle."
            ),
            (
                "La politique est en vigueur, révisée selon un cycle établi et largement connue du "
                "gouvernement, des partenaires et des parties prenantes."
            ),
        ],
    },
    "INS1.2": {
        "text": (
            "Des lois et règlements définissent les rôles et les normes du secteur et sont "
            "appliqués."
        ),
        "guidance": (
            "Législation et réglementation sectorielles, organe de régulation, registres "
            "d'inspection et de sanctions."
        ),
        "descriptors": [
            (
                "Des lois ou règlements clés font défaut ou sont obsolètes, et les normes ne "
                "peuvent pas être appliquées."
            ),
            (
                "Le cadre juridique est en grande partie en place, mais la réglementation est "
                "incomplète et son application est faible."
            ),
            (
                "Les lois et règlements couvrent les principaux domaines, et un organe de "
                "régulation inspecte et fait respecter les normes."
            ),
            (
                "Le cadre juridique est complet et à jour, et son application est cohérente, "
                "transparente et fait l'objet de comptes rendus publics."
            ),
        ],
    },
    "INS1.3": {
        "text": (
            "Les politiques sont élaborées sur la base de données probantes et de consultations, "
            "sous la conduite du ministère."
        ),
        "guidance": (
            "Cellule d'analyse des politiques, études à l'appui des politiques récentes, comptes "
            "rendus des consultations, rôle des consultants."
        ),
        "descriptors": [
            (
                "Les politiques sont rédigées par des consultants externes ou copiées, avec peu "
                "d'analyse ou de consultation."
            ),
            (
                "Le ministère conduit la rédaction des politiques, mais l'analyse est sommaire et "
                "la consultation se limite à quelques partenaires."
            ),
            (
                "Une cellule des politiques élabore les politiques sur la base d'analyses et "
                "consulte les parties prenantes avant leur approbation."
            ),
            (
                "L'élaboration des politiques repose systématiquement sur des données probantes et "
                "la concertation, et les politiques sont évaluées et révisées après leur mise en "
                "œuvre."
            ),
        ],
    },
    "INS2.1": {
        "text": (
            "Une structure de coordination sectorielle présidée par le gouvernement se réunit "
            "régulièrement et prend des décisions."
        ),
        "guidance": (
            "Termes de référence du groupe de travail sectoriel, calendrier des réunions, "
            "procès-verbaux et décisions, participation."
        ),
        "descriptors": [
            (
                "Il n'existe pas de cadre de concertation fonctionnel, ou les réunions sont "
                "convoquées et présidées par les partenaires au développement."
            ),
            (
                "Un cadre de concertation présidé par le gouvernement existe, mais il se réunit "
                "irrégulièrement et sert surtout à échanger des informations."
            ),
            (
                "Le cadre de concertation se réunit selon un calendrier fixe sous la présidence du "
                "gouvernement, avec des termes de référence convenus et des décisions consignées."
            ),
            (
                "Le cadre de concertation fixe les priorités du secteur, règle les questions par "
                "l'intermédiaire de groupes de travail techniques, et ses décisions sont suivies "
                "par tous les membres."
            ),
        ],
    },
    "INS2.2": {
        "text": (
            "Tous les principaux acteurs du secteur travaillent dans un cadre unique de politique, "
            "de plan et de dépenses du secteur."
        ),
        "guidance": (
            "Part des activités des partenaires et des acteurs non étatiques prise en compte dans "
            "le plan sectoriel, protocole d'accord ou code de conduite."
        ),
        "descriptors": [
            (
                "Chaque partenaire et chaque projet suit son propre plan, et il n'existe pas de "
                "cadre commun."
            ),
            (
                "Un plan commun existe, mais une grande partie de l'appui des partenaires est "
                "planifiée et gérée en dehors de ce plan."
            ),
            (
                "La plupart des ressources du gouvernement et des partenaires sont planifiées dans "
                "le cadre du plan sectoriel et du cadre de dépenses."
            ),
            (
                "La quasi-totalité des ressources est planifiée et examinée dans un cadre unique, "
                "régi par un protocole d'accord convenu."
            ),
        ],
    },
    "INS2.3": {
        "text": (
            "Le secteur se coordonne efficacement avec les ministères centraux et les réformes "
            "transversales de l'administration."
        ),
        "guidance": (
            "Relations avec les ministères chargés des finances, de la fonction publique et des "
            "collectivités territoriales ; rôle du secteur dans la décentralisation et la réforme "
            "de la fonction publique."
        ),
        "descriptors": [
            (
                "Les plans sectoriels ignorent les réformes de la fonction publique, des finances "
                "et de la décentralisation, et il n'y a pas de contact régulier avec les "
                "ministères centraux."
            ),
            (
                "Le secteur rencontre les ministères centraux surtout au moment du budget, et les "
                "décisions de réforme le prennent souvent au dépourvu."
            ),
            (
                "Le secteur participe aux instances interministérielles de réforme et adapte ses "
                "plans aux réformes convenues."
            ),
            (
                "Le secteur contribue activement à façonner les réformes transversales, et les "
                "ministères centraux le consultent avant les décisions qui le concernent."
            ),
        ],
    },
    "INS3.1": {
        "text": (
            "Le parlement et les organes de contrôle indépendants examinent le budget et la "
            "performance du secteur."
        ),
        "guidance": (
            "Auditions en commission parlementaire, rapports de l'institution supérieure de "
            "contrôle sur le secteur, suivi des recommandations."
        ),
        "descriptors": [
            (
                "Le parlement et les organes de contrôle n'examinent pas en profondeur le budget "
                "ni la performance du secteur."
            ),
            (
                "Le budget du secteur est débattu, mais la performance est rarement examinée et "
                "les recommandations ne sont pas suivies."
            ),
            (
                "Une commission parlementaire examine chaque année le budget et la performance du "
                "secteur, et les rapports d'audit sont débattus."
            ),
            (
                "Les organes de contrôle examinent régulièrement le secteur, et le ministère rend "
                "compte publiquement des suites données à leurs recommandations."
            ),
        ],
    },
    "INS3.2": {
        "text": (
            "Les informations sur le budget, les dépenses et la performance du secteur sont "
            "publiques et accessibles."
        ),
        "guidance": (
            "Budgets et rapports de performance publiés, site web du ministère, données au niveau "
            "des établissements ou des écoles."
        ),
        "descriptors": [
            (
                "Les informations sur le budget et la performance sont considérées comme internes "
                "et ne sont pas accessibles au public."
            ),
            (
                "Certains rapports sont publiés, mais tardivement, de façon incomplète ou sous une "
                "forme inexploitable pour la plupart des citoyens."
            ),
            (
                "Les rapports annuels sur le budget et la performance sont publiés à temps et sont "
                "disponibles au niveau local."
            ),
            (
                "Les données sur le budget, les dépenses et la performance sont publiées "
                "régulièrement, jusqu'au niveau des établissements, dans des formats accessibles."
            ),
        ],
    },
    "INS3.3": {
        "text": (
            "Les usagers et les citoyens peuvent porter plainte et obtenir réparation, et les "
            "plaintes sont suivies d'effet."
        ),
        "guidance": (
            "Mécanismes de plainte, comités ou conseils d'usagers, statistiques des plaintes et "
            "réponses apportées."
        ),
        "descriptors": [
            (
                "Il n'existe aucun moyen pour les citoyens de porter plainte, ou les plaintes "
                "restent sans réponse."
            ),
            (
                "Des mécanismes de plainte existent à certains endroits, mais les usagers ne les "
                "connaissent pas et le suivi est rare."
            ),
            (
                "Les mécanismes de plainte sont connus et utilisés, et la plupart des plaintes "
                "reçoivent une réponse dans les délais fixés."
            ),
            (
                "Les plaintes sont traitées dans les délais, analysées, font l'objet de rapports "
                "publics et servent à améliorer les services et les politiques."
            ),
        ],
    },
    "INS4.1": {
        "text": (
            "La société civile, le secteur privé et les partenaires sociaux sont consultés sur les "
            "politiques et les plans du secteur."
        ),
        "guidance": (
            "Comptes rendus des consultations, participation des parties prenantes aux revues, "
            "prise en compte des observations."
        ),
        "descriptors": [
            (
                "Les parties prenantes non gouvernementales ne sont pas consultées, ou "
                "n'apprennent l'existence des politiques qu'après leur adoption."
            ),
            (
                "Certaines parties prenantes sont invitées à des ateliers, mais la consultation "
                "est tardive et leurs contributions ne sont pas prises en compte."
            ),
            (
                "Les parties prenantes sont consultées avant les décisions clés, et le "
                "gouvernement explique comment leurs contributions ont été utilisées."
            ),
            (
                "Les parties prenantes participent régulièrement à la planification et aux revues, "
                "et leurs contributions influencent visiblement les politiques et les plans."
            ),
        ],
    },
    "INS4.2": {
        "text": (
            "Les instances formelles de dialogue social du secteur fonctionnent et leurs accords "
            "sont mis en œuvre."
        ),
        "guidance": (
            "Instances tripartites ou bipartites, conseils et comités, procès-verbaux des "
            "réunions, accords conclus et appliqués."
        ),
        "descriptors": [
            (
                "Il n'existe aucune instance formelle de dialogue social dans le secteur, ou elle "
                "n'existe que sur le papier."
            ),
            (
                "Une instance de dialogue existe, mais elle se réunit rarement, manque de moyens, "
                "et ses accords sont rarement mis en œuvre."
            ),
            (
                "L'instance de dialogue se réunit régulièrement avec toutes les parties "
                "représentées, et la plupart de ses accords sont mis en œuvre."
            ),
            (
                "Le dialogue social fait partie intégrante de la gouvernance du secteur, et les "
                "différends sont réglés par les instances convenues."
            ),
        ],
    },
    "INS4.3": {
        "text": (
            "Les prestataires non étatiques sont reconnus, réglementés et associés à la "
            "planification du secteur."
        ),
        "guidance": (
            "Enregistrement et réglementation des prestataires privés et non gouvernementaux, "
            "leurs données dans le système d'information du secteur."
        ),
        "descriptors": [
            (
                "Les prestataires non étatiques exercent sans enregistrement ni contrôle, et leur "
                "contribution n'est pas connue."
            ),
            (
                "Les prestataires non étatiques sont enregistrés, mais ils sont rarement "
                "supervisés et sont tenus à l'écart de la planification du secteur."
            ),
            (
                "Les prestataires non étatiques sont réglementés, transmettent leurs données au "
                "système d'information du secteur et participent à la planification."
            ),
            (
                "Les prestataires non étatiques travaillent selon des modalités et des normes "
                "convenues, et leurs services sont pleinement intégrés aux plans du secteur."
            ),
        ],
    },
    "INS5.1": {
        "text": (
            "L'appui des partenaires au développement est aligné sur la politique et le plan du "
            "secteur."
        ),
        "guidance": (
            "Programmes des partenaires comparés aux priorités du secteur, financements des "
            "partenaires inscrits dans le plan et le budget du secteur."
        ),
        "descriptors": [
            (
                "Les partenaires financent leurs propres priorités, et une grande partie de leur "
                "appui n'est pas connue du ministère."
            ),
            (
                "Les partenaires se réfèrent au plan sectoriel, mais une grande partie de leur "
                "appui suit encore leurs propres priorités."
            ),
            (
                "La plus grande partie de l'appui des partenaires finance des priorités du plan "
                "sectoriel et est inscrite dans le budget du secteur."
            ),
            (
                "La quasi-totalité de l'appui des partenaires est inscrite dans le plan et dans le "
                "budget, et les nouveaux programmes sont d'abord convenus avec le ministère."
            ),
        ],
    },
    "INS5.2": {
        "text": (
            "Les partenaires au développement utilisent les systèmes nationaux de planification, "
            "de gestion financière, de passation des marchés et de rapportage."
        ),
        "guidance": (
            "Part de l'aide utilisant les systèmes nationaux de budget, de passation des marchés "
            "et d'audit ; nombre d'unités parallèles de gestion de projet."
        ),
        "descriptors": [
            (
                "Les partenaires utilisent leurs propres procédures et des unités de gestion "
                "parallèles pour la quasi-totalité de leur appui."
            ),
            (
                "Quelques partenaires utilisent certains systèmes nationaux, tandis que la plupart "
                "conservent leurs propres procédures et rapports."
            ),
            (
                "La plupart des fonds des partenaires passent par les systèmes nationaux, et les "
                "unités parallèles sont en cours d'intégration dans les structures de l'État."
            ),
            (
                "Les partenaires utilisent par défaut les systèmes nationaux, les dispositifs "
                "parallèles n'étant maintenus que s'ils sont convenus et limités dans le temps."
            ),
        ],
    },
    "INS5.3": {
        "text": (
            "Les partenaires au développement harmonisent leurs procédures et se répartissent le "
            "travail."
        ),
        "guidance": (
            "Missions et revues conjointes, travaux analytiques conjoints, rapports communs, "
            "division du travail, coopération déléguée."
        ),
        "descriptors": [
            (
                "Chaque partenaire envoie ses propres missions et exige ses propres rapports, ce "
                "qui impose une lourde charge au ministère."
            ),
            (
                "Il existe quelques missions conjointes et rapports communs, mais la plupart des "
                "partenaires travaillent encore séparément."
            ),
            (
                "Les partenaires utilisent une revue conjointe unique et des rapports communs, et "
                "ont convenu d'une division du travail."
            ),
            (
                "Les partenaires agissent comme un groupe unique, avec des chefs de file, une "
                "coopération déléguée et un calendrier annuel unique des missions."
            ),
        ],
    },
    "CDE1.1": {
        "text": (
            "Le secteur dispose d'une stratégie ou d'un plan de développement des capacités "
            "approuvé par le gouvernement et intégré au plan sectoriel."
        ),
        "guidance": (
            "Stratégie ou plan de développement des capacités, ses liens avec le plan sectoriel, "
            "qui l'a rédigé et approuvé."
        ),
        "descriptors": [
            (
                "Il n'existe pas de stratégie de développement des capacités, et les questions de "
                "capacités n'apparaissent que dans les documents de projets isolés."
            ),
            (
                "Une stratégie de développement des capacités est en projet ou a été préparée par "
                "un partenaire, mais elle n'est ni approuvée ni utilisée."
            ),
            (
                "Un plan de développement des capacités approuvé fixe des priorités et fait partie "
                "du plan sectoriel et de ses revues."
            ),
            (
                "Le plan est approuvé, chiffré, révisé chaque année et utilisé par le gouvernement "
                "et les partenaires pour décider de tous les appuis."
            ),
        ],
    },
    "CDE1.2": {
        "text": (
            "Le gouvernement conduit l'identification, la conception et la gestion des appuis au "
            "développement des capacités."
        ),
        "guidance": (
            "Qui initie et conçoit les projets de développement des capacités, qui approuve les "
            "termes de référence, rôle du gouvernement dans les comités de pilotage."
        ),
        "descriptors": [
            (
                "Les appuis au développement des capacités sont identifiés et conçus par les "
                "partenaires, et le ministère en est informé après coup."
            ),
            (
                "Le ministère est consulté sur la conception, mais les partenaires décident de la "
                "portée, des méthodes et des experts."
            ),
            (
                "Le ministère sollicite des appuis en fonction de ses priorités et approuve les "
                "conceptions, les termes de référence et les experts."
            ),
            (
                "Le ministère gère directement les appuis au développement des capacités, y "
                "compris la sélection, le pilotage et l'évaluation des experts et des prestataires."
            ),
        ],
    },
    "CDE1.3": {
        "text": (
            "Le gouvernement consacre du temps de son personnel et son propre budget au "
            "développement des capacités dans le secteur."
        ),
        "guidance": (
            "Lignes budgétaires pour la formation et le développement organisationnel, personnel "
            "homologue désigné, fonds effectivement dépensés."
        ),
        "descriptors": [
            (
                "Le développement des capacités est entièrement financé par les partenaires, et "
                "aucun homologue n'est désigné."
            ),
            (
                "Des homologues sont désignés, mais les fonds publics consacrés au développement "
                "des capacités sont faibles ou ne sont pas débloqués."
            ),
            (
                "Une ligne budgétaire publique pour le développement des capacités existe et est "
                "en grande partie dépensée comme prévu."
            ),
            (
                "Le gouvernement finance une part croissante du développement des capacités, et "
                "les fonds des partenaires complètent un plan financé par le budget de l'État."
            ),
        ],
    },
    "CDE2.1": {
        "text": (
            "Un état des lieux à jour de toutes les initiatives de développement des capacités en "
            "cours dans le secteur est disponible."
        ),
        "guidance": (
            "Inventaire ou cartographie des initiatives, avec partenaire, organisation "
            "bénéficiaire, méthode, budget et période."
        ),
        "descriptors": [
            (
                "Personne n'a de vue d'ensemble des initiatives de développement des capacités, et "
                "les doublons sont découverts par hasard."
            ),
            "Une cartographie a été réalisée une fois, mais elle est dépassée et incomplète.",
            (
                "Un inventaire des initiatives est tenu par le ministère et mis à jour au moins "
                "une fois par an."
            ),
            (
                "L'inventaire est à jour, partagé avec tous les partenaires et utilisé pour éviter "
                "les doublons et combler les lacunes."
            ),
        ],
    },
    "CDE2.2": {
        "text": (
            "Les partenaires au développement coordonnent leurs appuis au développement des "
            "capacités au moyen de dispositifs conjoints ou de fonds communs."
        ),
        "guidance": (
            "Fonds communs d'assistance technique ou de formation, programmes conjoints, groupe de "
            "travail sur le développement des capacités."
        ),
        "descriptors": [
            (
                "Chaque partenaire mène ses propres projets de développement des capacités, avec "
                "des procédures et des rapports distincts."
            ),
            (
                "Les partenaires échangent des informations sur leurs projets, mais les planifient "
                "et les financent séparément."
            ),
            (
                "Plusieurs partenaires soutiennent le développement des capacités au moyen d'un "
                "programme conjoint ou d'un fonds commun géré avec le gouvernement."
            ),
            (
                "La majeure partie des appuis au développement des capacités passe par des "
                "dispositifs conjoints inscrits dans le plan du ministère, avec des rapports "
                "communs."
            ),
        ],
    },
    "CDE2.3": {
        "text": (
            "L'assistance technique répond à la demande et est sélectionnée et gérée sous la "
            "direction du gouvernement."
        ),
        "guidance": (
            "Termes de référence, sélection et rattachement hiérarchique des conseillers ; part "
            "des conseillers exerçant des fonctions opérationnelles."
        ),
        "descriptors": [
            (
                "Les conseillers sont recrutés par les partenaires, leur rendent compte et "
                "exercent souvent des fonctions opérationnelles à la place du personnel."
            ),
            (
                "Le ministère formule des observations sur les termes de référence, mais les "
                "conseillers rendent encore compte principalement au partenaire qui les rémunère."
            ),
            (
                "Le ministère définit les termes de référence, participe à la sélection, et les "
                "conseillers rendent compte aux responsables du ministère."
            ),
            (
                "Le ministère planifie, sélectionne et évalue tous les conseillers, dont le "
                "travail est centré sur le transfert de compétences au personnel."
            ),
        ],
    },
    "CDE3.1": {
        "text": (
            "Les initiatives de développement des capacités ont des objectifs clairs et des "
            "indicateurs de changement des capacités, et pas seulement d'activités."
        ),
        "guidance": (
            "Cadres de résultats des initiatives ; indicateurs allant au-delà du nombre de "
            "personnes formées ou d'ateliers organisés."
        ),
        "descriptors": [
            (
                "Les initiatives ne décrivent que des activités, et leur réussite se mesure au "
                "nombre de personnes formées ou d'ateliers organisés."
            ),
            (
                "Certaines initiatives définissent des objectifs de capacités, mais les "
                "indicateurs mesurent encore surtout les activités et les produits."
            ),
            (
                "La plupart des initiatives ont des objectifs et des indicateurs de changement des "
                "capacités, avec des valeurs de référence."
            ),
            (
                "Toutes les initiatives relient leurs objectifs de capacités au cadre de résultats "
                "du secteur, avec des valeurs de référence et des cibles."
            ),
        ],
    },
    "CDE3.2": {
        "text": (
            "Les résultats des appuis au développement des capacités font l'objet d'un suivi, "
            "d'évaluations et de discussions lors des revues sectorielles."
        ),
        "guidance": (
            "Rapports de suivi, évaluations des initiatives de développement des capacités, ordre "
            "du jour de la revue sectorielle conjointe."
        ),
        "descriptors": [
            (
                "Les résultats des appuis au développement des capacités ne sont pas suivis "
                "au-delà des rapports de projet remis à chaque partenaire."
            ),
            (
                "Certaines initiatives sont évaluées, mais les constats ne sont ni partagés ni "
                "discutés dans le secteur."
            ),
            (
                "Les progrès du développement des capacités sont présentés et discutés lors de la "
                "revue sectorielle conjointe annuelle."
            ),
            (
                "Les évaluations du développement des capacités sont planifiées conjointement, et "
                "leurs constats modifient la conception des appuis."
            ),
        ],
    },
    "CDE3.3": {
        "text": (
            "Les appuis au développement des capacités ont entraîné des améliorations observables "
            "de la performance des organisations du secteur."
        ),
        "guidance": (
            "Exemples de changements de pratiques, de systèmes ou de services améliorés "
            "attribuables aux appuis ; points de vue des responsables."
        ),
        "descriptors": [
            (
                "Aucune amélioration de la performance ne peut être reliée aux appuis passés au "
                "développement des capacités."
            ),
            (
                "Les compétences individuelles se sont améliorées par endroits, mais la "
                "performance organisationnelle n'a pas visiblement changé."
            ),
            (
                "Plusieurs organisations appuyées présentent des améliorations nettes de leurs "
                "systèmes ou de leurs services, qu'elles attribuent aux appuis reçus."
            ),
            (
                "Les améliorations de la performance sont documentées dans l'ensemble du secteur, "
                "et les approches qui les sous-tendent sont en cours de mise à l'échelle."
            ),
        ],
    },
    "CDE4.1": {
        "text": (
            "Les méthodes de développement des capacités sont choisies en fonction du déficit et "
            "du niveau de capacités, plutôt que de recourir à la formation par défaut."
        ),
        "guidance": (
            "Éventail des méthodes figurant dans l'inventaire des initiatives, analyse justifiant "
            "le choix de la méthode, appui aux systèmes et aux institutions."
        ),
        "descriptors": [
            (
                "La quasi-totalité des appuis consiste en ateliers et en cours, quel que soit le "
                "problème de capacités."
            ),
            (
                "D'autres méthodes sont utilisées à l'occasion, mais les choix suivent les "
                "habitudes des partenaires plutôt qu'une analyse des besoins."
            ),
            (
                "Les méthodes sont choisies après analyse du déficit, et les appuis portent sur "
                "les niveaux organisationnel et institutionnel, pas seulement sur les individus."
            ),
            (
                "Une combinaison délibérée de méthodes couvre les trois niveaux de capacités, et "
                "les choix sont revus en fonction des résultats."
            ),
        ],
    },
    "CDE4.2": {
        "text": (
            "Les méthodes fondées sur le lieu de travail, telles que le coaching, le mentorat et "
            "l'apprentissage expérientiel, sont utilisées de façon systématique."
        ),
        "guidance": (
            "Dispositifs de coaching et de mentorat, apprentissage en cours d'emploi, "
            "apprentissage par la pratique intégré aux tâches confiées."
        ),
        "descriptors": [
            (
                "Le coaching, le mentorat et l'apprentissage en cours d'emploi ne sont pas "
                "utilisés, et l'apprentissage se fait uniquement hors du poste de travail."
            ),
            (
                "Certains conseillers ou projets accompagnent le personnel, mais de manière "
                "informelle et en fonction des personnes."
            ),
            (
                "Des dispositifs structurés de coaching ou de mentorat existent pour les corps "
                "clés, avec des coachs formés et des objectifs d'apprentissage convenus."
            ),
            (
                "L'apprentissage sur le lieu de travail fait partie de la gestion courante, et le "
                "personnel national accompagne et encadre ses pairs."
            ),
        ],
    },
    "CDE4.3": {
        "text": (
            "Le partage des connaissances et l'apprentissage entre pairs sont utilisés, y compris "
            "les voyages d'études, le jumelage, la coopération Sud-Sud et la recherche."
        ),
        "guidance": (
            "Réseaux d'apprentissage entre pairs, accords de jumelage, rapports de voyages "
            "d'études et leur suivi, partenariats de recherche avec des institutions nationales."
        ),
        "descriptors": [
            (
                "Le personnel n'a pas de contacts structurés avec des pairs d'autres structures ou "
                "pays, et les éventuels voyages d'études n'ont pas de suivi."
            ),
            (
                "Des voyages d'études et des échanges ont lieu, mais ils ne sont pas liés aux "
                "priorités et les enseignements ne sont pas appliqués."
            ),
            (
                "Les échanges, jumelages ou actions de coopération Sud-Sud sont planifiés en "
                "fonction des priorités, et les enseignements sont rapportés et appliqués."
            ),
            (
                "Le secteur fait partie de réseaux actifs de pairs, mène des jumelages et des "
                "partenariats de recherche de long terme, et partage sa propre expérience."
            ),
        ],
    },
    "CDE5.1": {
        "text": (
            "Les capacités développées grâce aux appuis demeurent dans les organisations du "
            "secteur après la fin de ces appuis."
        ),
        "guidance": (
            "Maintien en poste du personnel formé, fonctions et systèmes toujours opérationnels "
            "après la clôture des projets, modalités de passation."
        ),
        "descriptors": [
            (
                "Le personnel formé s'en va, et les systèmes introduits par les projets cessent de "
                "fonctionner peu après la fin des appuis."
            ),
            (
                "Certains systèmes et compétences demeurent, mais beaucoup dépendent d'agents ou "
                "de conseillers qui sont partis ou partiront."
            ),
            (
                "La plupart des systèmes introduits grâce aux appuis sont toujours utilisés et "
                "sont gérés par des agents de l'État."
            ),
            (
                "Les capacités développées sont ancrées dans les procédures et les postes, et les "
                "organisations continuent de les améliorer par elles-mêmes."
            ),
        ],
    },
    "CDE5.2": {
        "text": (
            "Les établissements et formateurs nationaux sont renforcés pour poursuivre le "
            "développement des capacités sans experts extérieurs."
        ),
        "guidance": (
            "Formation de formateurs, dispositifs de certification, établissements nationaux "
            "dispensant des cours, réseaux d'experts nationaux."
        ),
        "descriptors": [
            (
                "Le développement des capacités repose sur des experts étrangers, et les "
                "établissements nationaux n'y sont pas associés."
            ),
            (
                "Les formateurs nationaux assistent les experts étrangers, mais ne conçoivent ni "
                "ne dispensent encore de programmes seuls."
            ),
            (
                "Les établissements nationaux et les formateurs certifiés dispensent la plupart "
                "des programmes de développement des capacités avec un appui extérieur limité."
            ),
            (
                "Les établissements nationaux conçoivent, dispensent et évaluent des programmes, "
                "et apportent aussi un appui à d'autres pays."
            ),
        ],
    },
    "CDE5.3": {
        "text": (
            "Les coûts récurrents et les modalités de sortie sont planifiés afin que les fonctions "
            "se poursuivent après la fin de l'appui des partenaires."
        ),
        "guidance": (
            "Stratégies de sortie dans les documents de projet, coûts récurrents repris par le "
            "budget, intégration des unités de projet dans les structures."
        ),
        "descriptors": [
            (
                "Les projets se terminent sans plan de sortie, et les fonctions qu'ils finançaient "
                "s'arrêtent quand l'argent s'arrête."
            ),
            (
                "Des plans de sortie existent sur le papier, mais le gouvernement n'a pas "
                "budgétisé les coûts récurrents correspondants."
            ),
            (
                "Les plans de sortie sont convenus avec le gouvernement, et les coûts récurrents "
                "et le personnel sont progressivement repris par le budget."
            ),
            (
                "Les appuis sont conçus dès le départ en s'appuyant sur les systèmes de l'État, de "
                "sorte que leur fin n'entraîne aucune interruption des fonctions."
            ),
        ],
    },
}
