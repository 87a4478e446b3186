# ruff: noqa: E501 (data: each text on one line, as translators read it)
"""The method library as data, in the four languages: the capacity-development methods the ILO
names (training, knowledge-sharing, research, experiential learning, coaching and mentoring,
exposure; training of trainers, networks of experts, peer learning and twinning, study tours,
advisory services) and common facilitation methods. Loaded by the migration
`0009_method_library_data`; a session picks one and adapts it."""

CD, FACILITATION = "capacity_development", "facilitation"

# code, family, typical minutes, name, description, materials (each {"en", "fr", "es", "pt"})
METHODS = [
    (
        "training",
        CD,
        180,
        {
            "en": "Training course",
            "fr": "Formation",
            "es": "Curso de formación",
            "pt": "Curso de formação",
        },
        {
            "en": "Structured learning of technical and functional skills, with exercises tied to the participants' own work.",
            "fr": "Apprentissage structuré de compétences techniques et fonctionnelles, avec des exercices liés au travail des participants.",
            "es": "Aprendizaje estructurado de competencias técnicas y funcionales, con ejercicios ligados al trabajo de los participantes.",
            "pt": "Aprendizagem estruturada de competências técnicas e funcionais, com exercícios ligados ao trabalho dos participantes.",
        },
        {
            "en": "Slides; handouts; exercises; projector",
            "fr": "Diapositives ; documents ; exercices ; projecteur",
            "es": "Diapositivas; documentos; ejercicios; proyector",
            "pt": "Diapositivos; documentos; exercícios; projetor",
        },
    ),
    (
        "training_of_trainers",
        CD,
        240,
        {
            "en": "Training of trainers",
            "fr": "Formation de formateurs",
            "es": "Formación de formadores",
            "pt": "Formação de formadores",
        },
        {
            "en": "Participants learn to teach the content themselves, so the skills spread through their organisations after the course.",
            "fr": "Les participants apprennent à enseigner eux-mêmes le contenu, pour que les compétences se diffusent dans leurs organisations après la formation.",
            "es": "Los participantes aprenden a enseñar ellos mismos el contenido, para que las competencias se difundan en sus organizaciones después del curso.",
            "pt": "Os participantes aprendem a ensinar eles próprios o conteúdo, para que as competências se difundam nas suas organizações depois do curso.",
        },
        {
            "en": "Trainer's guide; practice sessions; feedback forms",
            "fr": "Guide du formateur ; séances d'entraînement ; fiches de retour",
            "es": "Guía del formador; sesiones de práctica; fichas de retroalimentación",
            "pt": "Guia do formador; sessões de prática; fichas de feedback",
        },
    ),
    (
        "coaching_mentoring",
        CD,
        60,
        {
            "en": "Coaching and mentoring",
            "fr": "Coaching et mentorat",
            "es": "Coaching y mentoría",
            "pt": "Coaching e mentoria",
        },
        {
            "en": "A coach or an experienced peer follows one person or a small team over time on their real tasks.",
            "fr": "Un coach ou un pair expérimenté accompagne une personne ou une petite équipe dans la durée, sur ses tâches réelles.",
            "es": "Un coach o un par con experiencia acompaña a una persona o a un pequeño equipo a lo largo del tiempo en sus tareas reales.",
            "pt": "Um coach ou um par experiente acompanha uma pessoa ou uma pequena equipa ao longo do tempo nas suas tarefas reais.",
        },
        {
            "en": "Agreed goals; a log of meetings",
            "fr": "Objectifs convenus ; carnet des rencontres",
            "es": "Objetivos acordados; registro de reuniones",
            "pt": "Objetivos acordados; registo das reuniões",
        },
    ),
    (
        "knowledge_sharing",
        CD,
        90,
        {
            "en": "Knowledge and experience sharing",
            "fr": "Partage de connaissances et d'expériences",
            "es": "Intercambio de conocimientos y experiencias",
            "pt": "Partilha de conhecimentos e experiências",
        },
        {
            "en": "Organisations present what worked and what did not, and the others ask and compare with their own practice.",
            "fr": "Les organisations présentent ce qui a marché et ce qui n'a pas marché, et les autres questionnent et comparent avec leur pratique.",
            "es": "Las organizaciones presentan lo que funcionó y lo que no, y las demás preguntan y comparan con su propia práctica.",
            "pt": "As organizações apresentam o que funcionou e o que não funcionou, e as outras perguntam e comparam com a sua prática.",
        },
        {
            "en": "Short case notes; flip charts",
            "fr": "Courtes fiches de cas ; tableaux de conférence",
            "es": "Fichas breves de casos; rotafolios",
            "pt": "Fichas curtas de casos; flipcharts",
        },
    ),
    (
        "peer_learning",
        CD,
        120,
        {
            "en": "Peer-to-peer learning and twinning",
            "fr": "Apprentissage entre pairs et jumelage",
            "es": "Aprendizaje entre pares y hermanamiento",
            "pt": "Aprendizagem entre pares e geminação",
        },
        {
            "en": "Two organisations doing the same work pair up and learn from each other, often South-South.",
            "fr": "Deux organisations qui font le même travail se jumellent et apprennent l'une de l'autre, souvent Sud-Sud.",
            "es": "Dos organizaciones que hacen el mismo trabajo se hermanan y aprenden una de la otra, a menudo Sur-Sur.",
            "pt": "Duas organizações que fazem o mesmo trabalho formam um par e aprendem uma com a outra, muitas vezes Sul-Sul.",
        },
        {
            "en": "Twinning agreement; exchange plan",
            "fr": "Accord de jumelage ; plan d'échanges",
            "es": "Acuerdo de hermanamiento; plan de intercambios",
            "pt": "Acordo de geminação; plano de intercâmbios",
        },
    ),
    (
        "study_tour",
        CD,
        480,
        {
            "en": "Study tour and exposure visit",
            "fr": "Voyage d'étude et visite d'exposition",
            "es": "Viaje de estudio y visita de intercambio",
            "pt": "Visita de estudo e de intercâmbio",
        },
        {
            "en": "Participants visit a place where the practice works, see it in action and bring back what they will adapt.",
            "fr": "Les participants visitent un lieu où la pratique fonctionne, la voient à l'œuvre et rapportent ce qu'ils adapteront.",
            "es": "Los participantes visitan un lugar donde la práctica funciona, la ven en acción y traen lo que adaptarán.",
            "pt": "Os participantes visitam um lugar onde a prática funciona, veem-na em ação e trazem o que vão adaptar.",
        },
        {
            "en": "Visit programme; observation sheet; transport",
            "fr": "Programme de visite ; grille d'observation ; transport",
            "es": "Programa de visita; ficha de observación; transporte",
            "pt": "Programa da visita; ficha de observação; transporte",
        },
    ),
    (
        "experiential_learning",
        CD,
        120,
        {
            "en": "Learning by doing",
            "fr": "Apprentissage par la pratique",
            "es": "Aprendizaje práctico",
            "pt": "Aprendizagem pela prática",
        },
        {
            "en": "Short training followed by on-the-job work and advisory visits, then a look back at what was learnt.",
            "fr": "Une courte formation suivie d'un travail sur le terrain et de visites de conseil, puis un retour sur ce qui a été appris.",
            "es": "Una formación breve seguida de trabajo en el puesto y visitas de asesoría, y luego una revisión de lo aprendido.",
            "pt": "Uma formação curta seguida de trabalho no posto e visitas de aconselhamento, e depois uma reflexão sobre o que se aprendeu.",
        },
        {
            "en": "Task sheets; visit schedule",
            "fr": "Fiches de tâches ; calendrier des visites",
            "es": "Fichas de tareas; calendario de visitas",
            "pt": "Fichas de tarefas; calendário das visitas",
        },
    ),
    (
        "research",
        CD,
        90,
        {
            "en": "Joint research and analysis",
            "fr": "Recherche et analyse conjointes",
            "es": "Investigación y análisis conjuntos",
            "pt": "Investigação e análise conjuntas",
        },
        {
            "en": "The group gathers and analyses evidence on a question together, which builds its own capacity to analyse.",
            "fr": "Le groupe rassemble et analyse ensemble des données sur une question, ce qui renforce sa propre capacité d'analyse.",
            "es": "El grupo reúne y analiza juntos datos sobre una pregunta, lo que refuerza su propia capacidad de análisis.",
            "pt": "O grupo reúne e analisa em conjunto dados sobre uma questão, o que reforça a sua própria capacidade de análise.",
        },
        {
            "en": "Research question; data sources; analysis template",
            "fr": "Question de recherche ; sources de données ; grille d'analyse",
            "es": "Pregunta de investigación; fuentes de datos; plantilla de análisis",
            "pt": "Pergunta de investigação; fontes de dados; modelo de análise",
        },
    ),
    (
        "expert_network",
        CD,
        60,
        {
            "en": "Network of experts and trainers",
            "fr": "Réseau d'experts et de formateurs",
            "es": "Red de expertos y formadores",
            "pt": "Rede de especialistas e formadores",
        },
        {
            "en": "Set up or join a standing network that answers questions and keeps learning going after the project.",
            "fr": "Créer ou rejoindre un réseau permanent qui répond aux questions et fait durer l'apprentissage après le projet.",
            "es": "Crear o unirse a una red permanente que responde preguntas y mantiene el aprendizaje después del proyecto.",
            "pt": "Criar ou juntar-se a uma rede permanente que responde a perguntas e mantém a aprendizagem depois do projeto.",
        },
        {
            "en": "List of members; a shared channel",
            "fr": "Liste des membres ; un canal partagé",
            "es": "Lista de miembros; un canal compartido",
            "pt": "Lista de membros; um canal partilhado",
        },
    ),
    (
        "advisory_services",
        CD,
        60,
        {
            "en": "Advisory services",
            "fr": "Services de conseil",
            "es": "Servicios de asesoría",
            "pt": "Serviços de aconselhamento",
        },
        {
            "en": "An adviser works alongside the organisation on a policy, a procedure or a system, leaving the skill behind.",
            "fr": "Un conseiller travaille aux côtés de l'organisation sur une politique, une procédure ou un système, et lui laisse la compétence.",
            "es": "Un asesor trabaja junto a la organización en una política, un procedimiento o un sistema, y le deja la competencia.",
            "pt": "Um conselheiro trabalha ao lado da organização numa política, num procedimento ou num sistema, e deixa-lhe a competência.",
        },
        {
            "en": "Terms of reference; work plan",
            "fr": "Termes de référence ; plan de travail",
            "es": "Términos de referencia; plan de trabajo",
            "pt": "Termos de referência; plano de trabalho",
        },
    ),
    (
        "world_cafe",
        FACILITATION,
        90,
        {"en": "World café", "fr": "World café", "es": "World café", "pt": "World café"},
        {
            "en": "Small tables each discuss one question; people move table every 20 minutes while a host stays and sums up, then each host reports.",
            "fr": "De petites tables discutent chacune d'une question ; on change de table toutes les 20 minutes, un hôte reste et résume, puis chaque hôte rend compte.",
            "es": "Mesas pequeñas discuten cada una una pregunta; la gente cambia de mesa cada 20 minutos mientras un anfitrión se queda y resume; luego cada anfitrión informa.",
            "pt": "Pequenas mesas discutem cada uma uma pergunta; as pessoas mudam de mesa a cada 20 minutos enquanto um anfitrião fica e resume; depois cada anfitrião relata.",
        },
        {
            "en": "Tables; paper tablecloths; markers; a question per table",
            "fr": "Tables ; nappes en papier ; marqueurs ; une question par table",
            "es": "Mesas; manteles de papel; rotuladores; una pregunta por mesa",
            "pt": "Mesas; toalhas de papel; marcadores; uma pergunta por mesa",
        },
    ),
    (
        "fishbowl",
        FACILITATION,
        60,
        {
            "en": "Fishbowl",
            "fr": "Bocal à poissons (fishbowl)",
            "es": "Pecera (fishbowl)",
            "pt": "Aquário (fishbowl)",
        },
        {
            "en": "A few people discuss in an inner circle while the others listen; an empty chair lets anyone step in and someone else step out.",
            "fr": "Quelques personnes discutent dans un cercle intérieur pendant que les autres écoutent ; une chaise vide permet à chacun d'entrer et à un autre de sortir.",
            "es": "Unas pocas personas discuten en un círculo interior mientras las demás escuchan; una silla vacía permite que cualquiera entre y otro salga.",
            "pt": "Algumas pessoas discutem num círculo interior enquanto as outras ouvem; uma cadeira vazia permite que qualquer um entre e outro saia.",
        },
        {
            "en": "Chairs in two circles; one empty chair",
            "fr": "Chaises en deux cercles ; une chaise vide",
            "es": "Sillas en dos círculos; una silla vacía",
            "pt": "Cadeiras em dois círculos; uma cadeira vazia",
        },
    ),
    (
        "gallery_walk",
        FACILITATION,
        45,
        {
            "en": "Gallery walk",
            "fr": "Galerie (gallery walk)",
            "es": "Recorrido de galería",
            "pt": "Passeio pela galeria",
        },
        {
            "en": "Groups' posters hang on the walls; everyone walks round, reads and adds comments or questions on cards.",
            "fr": "Les affiches des groupes sont aux murs ; chacun fait le tour, lit et ajoute des commentaires ou des questions sur des fiches.",
            "es": "Los carteles de los grupos cuelgan de las paredes; todos recorren, leen y añaden comentarios o preguntas en tarjetas.",
            "pt": "Os cartazes dos grupos estão nas paredes; todos dão a volta, leem e acrescentam comentários ou perguntas em cartões.",
        },
        {
            "en": "Posters; tape; sticky notes; markers",
            "fr": "Affiches ; ruban adhésif ; post-it ; marqueurs",
            "es": "Carteles; cinta adhesiva; notas adhesivas; rotuladores",
            "pt": "Cartazes; fita-cola; post-its; marcadores",
        },
    ),
    (
        "dot_voting",
        FACILITATION,
        30,
        {
            "en": "Dot voting",
            "fr": "Vote par gommettes",
            "es": "Votación con puntos",
            "pt": "Votação com pontos",
        },
        {
            "en": "Each person places a set number of dots on the options they find most important; the count ranks them.",
            "fr": "Chacun place un nombre fixé de gommettes sur les options qu'il juge les plus importantes ; le décompte les classe.",
            "es": "Cada persona coloca un número fijo de puntos en las opciones que considera más importantes; el recuento las ordena.",
            "pt": "Cada pessoa coloca um número fixo de pontos nas opções que considera mais importantes; a contagem ordena-as.",
        },
        {
            "en": "Sticky dots or the app's ballot; the list of options",
            "fr": "Gommettes ou le vote de l'application ; la liste des options",
            "es": "Puntos adhesivos o la votación de la aplicación; la lista de opciones",
            "pt": "Pontos autocolantes ou a votação da aplicação; a lista de opções",
        },
    ),
    (
        "problem_tree",
        FACILITATION,
        90,
        {
            "en": "Problem tree",
            "fr": "Arbre à problèmes",
            "es": "Árbol de problemas",
            "pt": "Árvore de problemas",
        },
        {
            "en": "The group puts a core problem on the trunk, its causes as roots and its effects as branches, then turns it into an objective tree.",
            "fr": "Le groupe place le problème central sur le tronc, ses causes en racines et ses effets en branches, puis le retourne en arbre à objectifs.",
            "es": "El grupo pone el problema central en el tronco, sus causas como raíces y sus efectos como ramas, y luego lo convierte en árbol de objetivos.",
            "pt": "O grupo coloca o problema central no tronco, as causas como raízes e os efeitos como ramos, e depois transforma-o numa árvore de objetivos.",
        },
        {
            "en": "Large paper; cards in two colours; markers",
            "fr": "Grand papier ; fiches de deux couleurs ; marqueurs",
            "es": "Papel grande; tarjetas de dos colores; rotuladores",
            "pt": "Papel grande; cartões de duas cores; marcadores",
        },
    ),
    (
        "card_clustering",
        FACILITATION,
        60,
        {
            "en": "Card brainstorming and clustering",
            "fr": "Remue-méninges sur fiches et regroupement",
            "es": "Lluvia de ideas con tarjetas y agrupación",
            "pt": "Brainstorming com cartões e agrupamento",
        },
        {
            "en": "Everyone writes one idea per card; the cards are read out, pinned and grouped, and each group gets a title.",
            "fr": "Chacun écrit une idée par fiche ; les fiches sont lues, affichées et regroupées, et chaque groupe reçoit un titre.",
            "es": "Cada uno escribe una idea por tarjeta; las tarjetas se leen, se fijan y se agrupan, y cada grupo recibe un título.",
            "pt": "Cada um escreve uma ideia por cartão; os cartões são lidos, afixados e agrupados, e cada grupo recebe um título.",
        },
        {
            "en": "Cards; pin boards; markers",
            "fr": "Fiches ; tableaux à épingles ; marqueurs",
            "es": "Tarjetas; paneles; rotuladores",
            "pt": "Cartões; painéis; marcadores",
        },
    ),
    (
        "one_two_four_all",
        FACILITATION,
        20,
        {"en": "1-2-4-All", "fr": "1-2-4-Tous", "es": "1-2-4-Todos", "pt": "1-2-4-Todos"},
        {
            "en": "A question is thought about alone, then in pairs, then in fours, and the best ideas are shared with the whole room.",
            "fr": "Une question est réfléchie seul, puis à deux, puis à quatre, et les meilleures idées sont partagées avec toute la salle.",
            "es": "Una pregunta se piensa solo, luego en parejas, luego en grupos de cuatro, y las mejores ideas se comparten con toda la sala.",
            "pt": "Uma pergunta é pensada sozinho, depois em pares, depois em quatro, e as melhores ideias são partilhadas com toda a sala.",
        },
        {
            "en": "Paper and pens",
            "fr": "Papier et stylos",
            "es": "Papel y bolígrafos",
            "pt": "Papel e canetas",
        },
    ),
    (
        "plenary_presentation",
        FACILITATION,
        30,
        {
            "en": "Plenary presentation with questions",
            "fr": "Présentation en plénière avec questions",
            "es": "Presentación en plenaria con preguntas",
            "pt": "Apresentação em plenário com perguntas",
        },
        {
            "en": "A short presentation to everyone, followed by questions and answers.",
            "fr": "Une courte présentation à tous, suivie de questions et réponses.",
            "es": "Una presentación breve para todos, seguida de preguntas y respuestas.",
            "pt": "Uma apresentação curta para todos, seguida de perguntas e respostas.",
        },
        {
            "en": "Slides; projector; microphone",
            "fr": "Diapositives ; projecteur ; micro",
            "es": "Diapositivas; proyector; micrófono",
            "pt": "Diapositivos; projetor; microfone",
        },
    ),
]


def load(method_model) -> None:
    """Put the library in the table of `method_model`: the migration's historical model, or
    the real one where tests empty the tables."""
    for order, (code, family, minutes, name, description, materials) in enumerate(METHODS):
        method_model.objects.update_or_create(
            code=code,
            defaults={
                "family": family,
                "duration_minutes": minutes,
                "name": name,
                "description": description,
                "materials": materials,
                "order": order,
            },
        )
