"""Portuguese texts of the default capacity framework (assessments/default_framework.py)."""

NAME = "Quadro de avaliação das capacidades do setor"
DESCRIPTION = (
    "Grelha que permite a um grupo central liderado pelo Governo classificar a capacidade atual e "
    "desejada de um setor aos níveis individual, organizacional e institucional, bem como o estado "
    "dos esforços atuais de desenvolvimento de capacidades. Cada pergunta descreve a que "
    "corresponde cada ponto da escala de 1 a 4."
)
SCALE = {1: "Inexistente", 2: "Emergente", 3: "Estabelecido", 4: "Avançado"}
LEVELS = {
    "individual": {
        "name": "Capacidade individual",
        "description": (
            "As capacidades técnicas e funcionais das pessoas que trabalham no setor: as suas "
            "competências e conhecimentos, os incentivos a que estão sujeitas, a forma como são "
            "desenvolvidas e retidas, e as competências de liderança das chefias."
        ),
    },
    "organizational": {
        "name": "Capacidade organizacional",
        "description": (
            "Os mecanismos, instrumentos e procedimentos internos do ministério e das outras "
            "organizações do setor: mandato e estratégia, estrutura e funções, os sistemas de "
            "gestão de pessoas, finanças e resultados, liderança e gestão, e os processos de "
            "prestação de serviços."
        ),
    },
    "institutional": {
        "name": "Capacidade institucional",
        "description": (
            "O ambiente propício em que o setor opera: o quadro político e legal, a coordenação "
            "setorial e a abordagem setorial ampla, a prestação de contas e a fiscalização, o "
            "diálogo social e a governação com as partes interessadas, e o alinhamento dos "
            "parceiros de desenvolvimento com os sistemas nacionais."
        ),
    },
    "cd_efforts": {
        "name": "Situação dos esforços atuais de desenvolvimento de capacidades",
        "description": (
            "Até que ponto funcionam os esforços atuais de desenvolvimento de capacidades no "
            "setor: apropriação e liderança do Governo, harmonização e coordenação do apoio, "
            "eficácia e resultados, uso de métodos adequados e sustentabilidade."
        ),
    },
}
DIMENSIONS = {
    "IND1": {
        "name": "Competências e conhecimentos técnicos",
        "description": (
            "As competências especializadas e os conhecimentos atualizados de que os funcionários "
            "precisam para prestar os serviços do setor."
        ),
    },
    "IND2": {
        "name": "Competências funcionais e de gestão",
        "description": (
            "As competências transversais para planificar, orçamentar, gerir, analisar, coordenar "
            "e reportar, aos níveis central e descentralizado."
        ),
    },
    "IND3": {
        "name": "Desenvolvimento de recursos humanos",
        "description": (
            "A forma como o setor forma e desenvolve a sua força de trabalho, antes e durante o "
            "emprego, e se a aprendizagem é aplicada no trabalho."
        ),
    },
    "IND4": {
        "name": "Incentivos, motivação e retenção",
        "description": (
            "A remuneração, as condições de trabalho, as perspetivas de carreira e as práticas de "
            "gestão que levam o pessoal qualificado a entrar, a ter bom desempenho e a permanecer."
        ),
    },
    "IND5": {
        "name": "Competências de liderança",
        "description": (
            "A capacidade dos dirigentes de topo e das chefias intermédias para dar orientação, "
            "motivar o pessoal, gerir a mudança e preparar futuros líderes."
        ),
    },
    "ORG1": {
        "name": "Mandato, estratégia e planificação",
        "description": (
            "Mandatos claros para as organizações do setor, uma estratégia setorial com "
            "prioridades e resultados, e planos de trabalho que a põem em prática."
        ),
    },
    "ORG2": {
        "name": "Estrutura, funções e gestão de recursos humanos",
        "description": (
            "Uma estrutura organizacional adequada ao mandato, funções e delegação claras, e "
            "sistemas para gerir o pessoal do setor."
        ),
    },
    "ORG3": {
        "name": "Gestão financeira e orçamentação",
        "description": (
            "Os sistemas do setor para planificar, obter, gastar e prestar contas dos recursos "
            "financeiros, no quadro das regras de gestão das finanças públicas do Governo."
        ),
    },
    "ORG4": {
        "name": "Monitoria, avaliação e sistemas de informação",
        "description": (
            "Os sistemas que produzem dados fiáveis sobre o desempenho do setor, analisam os "
            "progressos face aos resultados e incorporam a aprendizagem nas decisões."
        ),
    },
    "ORG5": {
        "name": "Liderança, gestão e processos de prestação de serviços",
        "description": (
            "A forma como a organização é liderada e gerida no dia a dia, e se os seus processos "
            "prestam serviços com a qualidade esperada."
        ),
    },
    "INS1": {
        "name": "Quadro político e legal",
        "description": (
            "As políticas, leis e regulamentos que definem os objetivos, as funções e as normas do "
            "setor, e a capacidade para os elaborar e fazer cumprir."
        ),
    },
    "INS2": {
        "name": "Coordenação setorial e abordagem setorial ampla",
        "description": (
            "A forma como o Governo, os parceiros e outros atores trabalham num quadro único de "
            "política, plano e orçamento do setor, e como o setor se articula com as reformas mais "
            "amplas do Governo."
        ),
    },
    "INS3": {
        "name": "Prestação de contas e fiscalização",
        "description": (
            "Os mecanismos através dos quais o setor presta contas ao parlamento, aos órgãos de "
            "fiscalização e aos cidadãos pela utilização dos seus recursos e pelos seus resultados."
        ),
    },
    "INS4": {
        "name": "Diálogo social e governação com as partes interessadas",
        "description": (
            "O envolvimento da sociedade civil, das organizações de trabalhadores e de "
            "empregadores, do setor privado e de outras partes interessadas na governação do setor."
        ),
    },
    "INS5": {
        "name": "Alinhamento e harmonização dos parceiros de desenvolvimento",
        "description": (
            "Até que ponto os parceiros de desenvolvimento apoiam as prioridades próprias do "
            "setor, usam os sistemas nacionais e harmonizam os seus procedimentos entre si."
        ),
    },
    "CDE1": {
        "name": "Apropriação e liderança do Governo no desenvolvimento de capacidades",
        "description": (
            "Se o Governo define a orientação do desenvolvimento de capacidades no setor, lidera a "
            "conceção do apoio e compromete os seus próprios recursos."
        ),
    },
    "CDE2": {
        "name": "Harmonização e coordenação do apoio ao desenvolvimento de capacidades",
        "description": (
            "Se o apoio dos diferentes parceiros ao desenvolvimento de capacidades é conhecido, "
            "coordenado, agrupado quando útil e gerido num quadro único."
        ),
    },
    "CDE3": {
        "name": "Eficácia e resultados do apoio ao desenvolvimento de capacidades",
        "description": (
            "Se o apoio ao desenvolvimento de capacidades tem objetivos claros, se as mudanças na "
            "capacidade e no desempenho são acompanhadas e se essas mudanças se concretizam."
        ),
    },
    "CDE4": {
        "name": "Uso de métodos adequados de desenvolvimento de capacidades",
        "description": (
            "Se os métodos usados se adequam ao défice e ao nível de capacidade: formação, "
            "partilha de conhecimentos, investigação, aprendizagem experiencial, coaching, "
            "mentoria, visitas de intercâmbio e de estudo, geminação e cooperação Sul-Sul."
        ),
    },
    "CDE5": {
        "name": "Sustentabilidade do desenvolvimento de capacidades",
        "description": (
            "Se a capacidade criada se mantém e cresce após o fim do apoio externo: pessoal "
            "retido, funções institucionalizadas, prestadores nacionais e financiamento recorrente "
            "assegurados."
        ),
    },
}
QUESTIONS = {
    "IND1.1": {
        "text": (
            "Os funcionários das organizações do setor têm as competências técnicas que os seus "
            "postos de trabalho exigem."
        ),
        "guidance": (
            "Descrições de funções comparadas com as qualificações detidas, relatórios de "
            "supervisão, avaliações de competências, auditorias à qualidade dos serviços."
        ),
        "descriptors": [
            (
                "Muitos postos são ocupados por funcionários sem as qualificações exigidas, e "
                "ninguém avaliou o défice de competências."
            ),
            (
                "Os défices de competências são conhecidos em algumas unidades, mas uma grande "
                "parte dos postos técnicos é ocupada por funcionários com qualificações "
                "insuficientes."
            ),
            (
                "A maioria dos postos técnicos é ocupada por funcionários qualificados, e os "
                "défices restantes estão documentados, com planos para os colmatar."
            ),
            (
                "Quase todos os postos são ocupados por funcionários qualificados, e as "
                "competências são avaliadas regularmente face a padrões definidos."
            ),
        ],
    },
    "IND1.2": {
        "text": (
            "Os funcionários mantêm atualizados os seus conhecimentos sobre a política, as normas "
            "e as boas práticas do setor."
        ),
        "guidance": (
            "Acesso às diretrizes em vigor no local de trabalho, registos de desenvolvimento "
            "profissional contínuo, associações profissionais."
        ),
        "descriptors": [
            (
                "Os funcionários baseiam-se em diretrizes desatualizadas, e as novas políticas e "
                "normas raramente lhes chegam depois de aprovadas."
            ),
            (
                "As novas diretrizes chegam aos funcionários dos serviços centrais, mas os "
                "funcionários no terreno tomam conhecimento delas tarde ou nunca."
            ),
            (
                "As políticas e normas atualizadas são distribuídas a todos os níveis, com sessões "
                "de informação ou de orientação para os funcionários abrangidos."
            ),
            (
                "O desenvolvimento profissional contínuo é obrigatório, registado e associado à "
                "inscrição na ordem profissional ou à promoção na maioria das carreiras "
                "profissionais."
            ),
        ],
    },
    "IND1.3": {
        "text": (
            "As competências da força de trabalho do setor foram avaliadas, e os resultados são "
            "usados para planificar o pessoal e a formação."
        ),
        "guidance": (
            "Auditoria de competências ou estudo recente sobre a força de trabalho, plano de "
            "pessoal, ligações entre a avaliação e o plano de formação."
        ),
        "descriptors": [
            (
                "Não existe nenhuma avaliação das competências da força de trabalho, e as decisões "
                "sobre pessoal e formação são tomadas sem evidências."
            ),
            (
                "Foi feita uma avaliação de competências uma única vez, por exemplo por um "
                "projeto, mas os seus resultados não são usados."
            ),
            (
                "Uma avaliação de competências recente abrange as principais carreiras e informa o "
                "plano de pessoal e o plano de formação."
            ),
            (
                "As competências são avaliadas periodicamente em toda a força de trabalho, e os "
                "resultados orientam as decisões sobre pessoal, formação e orçamento."
            ),
        ],
    },
    "IND2.1": {
        "text": (
            "Os funcionários sabem preparar planos, orçamentos e relatórios segundo os "
            "procedimentos e formatos do Governo."
        ),
        "guidance": (
            "Qualidade e pontualidade dos planos de trabalho, das propostas orçamentais e dos "
            "relatórios; comentários do Ministério das Finanças."
        ),
        "descriptors": [
            (
                "Os planos e orçamentos são preparados por algumas pessoas ou por consultores, e a "
                "maioria das unidades não os consegue elaborar."
            ),
            (
                "A maioria das unidades elabora planos e orçamentos, mas estes chegam muitas vezes "
                "atrasados, incompletos ou são devolvidos para correção."
            ),
            (
                "As unidades elaboram planos, orçamentos e relatórios dentro dos prazos e no "
                "formato exigido, com pouca ajuda externa."
            ),
            (
                "Os planos, orçamentos e relatórios são de boa qualidade de forma consistente, e "
                "os funcionários acompanham e orientam os colegas das unidades descentralizadas."
            ),
        ],
    },
    "IND2.2": {
        "text": "Os funcionários sabem analisar dados e usar evidências no seu trabalho diário.",
        "guidance": (
            "Relatórios analíticos produzidos internamente, uso de dados nas reuniões de direção, "
            "competências de análise de dados dos funcionários."
        ),
        "descriptors": [
            (
                "Os dados são recolhidos e transmitidos, mas os funcionários não os analisam nem "
                "os usam nas decisões."
            ),
            (
                "Alguns especialistas analisam dados, sobretudo para relatórios externos ou a "
                "pedido dos parceiros de desenvolvimento."
            ),
            (
                "Os funcionários da maioria das unidades analisam os seus próprios dados e "
                "usam-nos na planificação e nas reuniões de direção."
            ),
            (
                "Os funcionários produzem regularmente análises que informam as políticas e os "
                "orçamentos, e o setor publica os seus próprios estudos."
            ),
        ],
    },
    "IND2.3": {
        "text": (
            "Os funcionários sabem coordenar, negociar e comunicar eficazmente com outros "
            "ministérios, parceiros e partes interessadas."
        ),
        "guidance": (
            "Quem fala pelo setor nas reuniões de coordenação e nas sessões de negociação "
            "orçamental; qualidade das atas, notas informativas e apresentações."
        ),
        "descriptors": [
            (
                "Os funcionários do setor raramente participam em reuniões interministeriais ou "
                "com parceiros, ou participam sem preparação nem posição definida."
            ),
            (
                "Os quadros superiores representam o setor, mas as posições são muitas vezes "
                "preparadas por consultores ou parceiros de desenvolvimento."
            ),
            (
                "Os funcionários preparam as suas próprias notas, apresentam claramente a posição "
                "do setor e dão seguimento aos acordos alcançados."
            ),
            (
                "Os funcionários conduzem com segurança as negociações com o Ministério das "
                "Finanças e os parceiros, e os resultados são visíveis nos acordos."
            ),
        ],
    },
    "IND3.1": {
        "text": (
            "Um levantamento de necessidades de formação e um plano de formação orçamentado "
            "orientam o desenvolvimento dos funcionários do setor."
        ),
        "guidance": (
            "Plano de formação e a sua base, proporção da formação realizada no âmbito do plano, "
            "quem decide sobre a indicação dos participantes."
        ),
        "descriptors": [
            (
                "Não existe plano de formação, e a formação acontece quando um parceiro oferece um "
                "curso."
            ),
            (
                "Existe um plano de formação, mas não está orçamentado, e a maior parte da "
                "formação continua a ser organizada pelos projetos fora dele."
            ),
            (
                "Um plano de formação orçamentado, baseado num levantamento de necessidades, "
                "abrange as principais carreiras e a maior parte da formação segue-o."
            ),
            (
                "Toda a formação, seja quem for o financiador, segue um plano único, revisto "
                "anualmente em função das necessidades e dos resultados."
            ),
        ],
    },
    "IND3.2": {
        "text": (
            "As instituições de formação inicial e em exercício formam o número de profissionais e "
            "as qualificações de que o setor precisa."
        ),
        "guidance": (
            "Número de diplomados das instituições de formação comparado com as vagas, datas de "
            "revisão dos currículos, acreditação das instituições."
        ),
        "descriptors": [
            (
                "As instituições de formação formam muito poucos diplomados, ou os currículos não "
                "correspondem aos postos de trabalho do setor."
            ),
            (
                "O número de diplomados está a aumentar, mas os currículos estão desatualizados e "
                "o setor tem pouca influência sobre o que é ensinado."
            ),
            (
                "O número de diplomados corresponde aproximadamente às necessidades, e os "
                "currículos foram revistos com o setor nos últimos cinco anos."
            ),
            (
                "As instituições de formação estão acreditadas, planificam as admissões com o "
                "setor e atualizam os currículos com base no desempenho dos diplomados."
            ),
        ],
    },
    "IND3.3": {
        "text": (
            "O que os funcionários aprendem na formação é aplicado no trabalho, com o apoio de "
            "seguimento, supervisão ou acompanhamento."
        ),
        "guidance": (
            "Seguimento pós-formação, registos de supervisão formativa, mudanças na prática "
            "relatadas pelas chefias."
        ),
        "descriptors": [
            (
                "A formação termina no seminário, e ninguém verifica se os participantes usam o "
                "que aprenderam."
            ),
            (
                "Alguns programas incluem visitas de seguimento, mas as chefias não estão "
                "envolvidas e os resultados não são registados."
            ),
            (
                "A maior parte da formação inclui um plano de trabalho para a sua aplicação, com "
                "seguimento pelos supervisores no prazo de seis meses."
            ),
            (
                "A aplicação da aprendizagem é verificada de forma sistemática, e as chefias "
                "ajustam os processos de trabalho e o conteúdo da formação com base nas "
                "constatações."
            ),
        ],
    },
    "IND4.1": {
        "text": (
            "A remuneração, os subsídios e as condições de trabalho são adequados para atrair e "
            "motivar pessoal qualificado."
        ),
        "guidance": (
            "Níveis salariais comparados com funções semelhantes, pontualidade do pagamento, "
            "subsídios e complementos salariais pagos por projetos."
        ),
        "descriptors": [
            (
                "Os salários são muitas vezes pagos com atraso ou estão muito abaixo dos de "
                "funções semelhantes, e os funcionários dependem de outros rendimentos."
            ),
            (
                "Os salários são pagos a tempo, mas são baixos, e os subsídios dos projetos "
                "distorcem fortemente os locais onde os funcionários querem trabalhar."
            ),
            (
                "A remuneração é regular e suficientemente competitiva para preencher a maioria "
                "dos postos, e os subsídios seguem uma política comum a toda a administração "
                "pública."
            ),
            (
                "A remuneração e as condições atraem candidatos qualificados para a maioria dos "
                "postos, incluindo os de zonas remotas, sem complementos dos projetos."
            ),
        ],
    },
    "IND4.2": {
        "text": (
            "O recrutamento, a promoção e a avaliação do desempenho baseiam-se no mérito e são "
            "aplicados de forma coerente."
        ),
        "guidance": (
            "Regras e práticas de recrutamento, taxas de realização das avaliações, ligações entre "
            "avaliação, promoção e formação."
        ),
        "descriptors": [
            (
                "As nomeações e promoções dependem sobretudo de conhecimentos pessoais ou da "
                "antiguidade, e o desempenho não é avaliado."
            ),
            (
                "Existem regras baseadas no mérito, mas as avaliações são meras formalidades e não "
                "são usadas para promoção nem para desenvolvimento."
            ),
            (
                "A maior parte do recrutamento é feita por concurso, e as avaliações anuais são "
                "realizadas e usadas nas decisões de promoção."
            ),
            (
                "O recrutamento é aberto e feito por concurso, e os resultados da avaliação "
                "determinam sistematicamente as promoções, as recompensas e os planos individuais "
                "de desenvolvimento."
            ),
        ],
    },
    "IND4.3": {
        "text": (
            "A rotatividade do pessoal e as vagas são acompanhadas, e existem medidas para reter o "
            "pessoal qualificado."
        ),
        "guidance": (
            "Taxas de vagas e de rotatividade por carreira e localização, dados sobre saídas, "
            "mecanismos de retenção como subsídios de zonas de difícil acesso ou habitação."
        ),
        "descriptors": [
            (
                "Ninguém sabe quantos funcionários saem nem porquê, e as vagas em locais de "
                "difícil acesso ficam por preencher durante anos."
            ),
            (
                "A rotatividade é reconhecida como um problema, mas os dados são incompletos e as "
                "medidas de retenção são pontuais."
            ),
            (
                "Os dados sobre vagas e rotatividade são reportados anualmente, e existem medidas "
                "de retenção para as carreiras mais afetadas."
            ),
            (
                "A rotatividade é baixa ou está a diminuir, e as medidas de retenção são avaliadas "
                "e ajustadas com base nos dados."
            ),
        ],
    },
    "IND5.1": {
        "text": (
            "Os dirigentes de topo dão uma orientação clara e comunicam as prioridades aos "
            "funcionários em todo o setor."
        ),
        "guidance": (
            "Se os funcionários de diferentes níveis conseguem enunciar as prioridades do setor; "
            "frequência e alcance da comunicação da direção."
        ),
        "descriptors": [
            (
                "Os funcionários não sabem dizer quais são as prioridades do setor, e as chefias "
                "raramente comunicam para além do seu próprio gabinete."
            ),
            (
                "As prioridades são enunciadas nos serviços centrais, mas raramente chegam aos "
                "funcionários das províncias, dos distritos ou das unidades de prestação de "
                "serviços."
            ),
            (
                "As chefias comunicam regularmente as prioridades, e a maioria dos funcionários de "
                "todos os níveis consegue descrevê-las."
            ),
            (
                "As chefias comunicam as prioridades e ouvem os funcionários, e as opiniões destes "
                "influenciam visivelmente as decisões."
            ),
        ],
    },
    "IND5.2": {
        "text": "As chefias são capazes de liderar equipas, delegar e gerir a mudança.",
        "guidance": (
            "Formação em gestão recebida, delegação na prática, exemplos de reformas lideradas por "
            "chefias."
        ),
        "descriptors": [
            (
                "As chefias decidem tudo sozinhas, e as mudanças são impostas sem explicação nem "
                "apoio."
            ),
            (
                "Algumas chefias delegam e lideram bem a mudança, mas isso depende das pessoas e "
                "não de uma prática instituída."
            ),
            (
                "A maioria das chefias recebeu formação em gestão, delega as decisões de rotina e "
                "planifica as mudanças com as suas equipas."
            ),
            (
                "As chefias lideram regularmente reformas com as suas equipas, e o setor tem um "
                "historial de mudanças levadas até ao fim."
            ),
        ],
    },
    "IND5.3": {
        "text": (
            "O setor identifica e desenvolve os seus futuros líderes e planifica a sucessão nos "
            "postos-chave."
        ),
        "guidance": (
            "Planos de sucessão para os postos-chave, programas de desenvolvimento de liderança, "
            "mentoria de potenciais dirigentes."
        ),
        "descriptors": [
            (
                "Os postos-chave ficam vagos ou são preenchidos à pressa quando os titulares saem, "
                "sem passagem de pasta."
            ),
            (
                "Os potenciais líderes são identificados informalmente, e alguns frequentam cursos "
                "de liderança quando os parceiros os oferecem."
            ),
            (
                "Existe um programa de desenvolvimento de liderança, e os postos-chave têm "
                "adjuntos designados e preparados para assumir as funções."
            ),
            (
                "Os planos de sucessão abrangem todos os postos-chave, e os futuros líderes são "
                "desenvolvidos através de mentoria, rotação de funções e cursos."
            ),
        ],
    },
    "ORG1.1": {
        "text": (
            "Os mandatos do ministério e das outras organizações do setor são claros, conhecidos e "
            "não se sobrepõem."
        ),
        "guidance": (
            "Instrumentos legais e estatutos, análises funcionais, casos de duplicação ou lacunas "
            "entre organizações."
        ),
        "descriptors": [
            (
                "Os mandatos não estão escritos ou são contraditórios, e várias organizações "
                "reivindicam ou evitam as mesmas funções."
            ),
            (
                "Os mandatos estão escritos, mas as sobreposições entre organizações e entre "
                "níveis de governo continuam por resolver."
            ),
            (
                "Os mandatos são claros e conhecidos pelos funcionários, e a maioria das "
                "sobreposições foi resolvida através de uma análise funcional."
            ),
            (
                "Os mandatos são claros, revistos quando as reformas alteram as funções, e as "
                "organizações cumprem-nos sem conflitos."
            ),
        ],
    },
    "ORG1.2": {
        "text": (
            "O setor tem um plano estratégico em vigor com prioridades, resultados e custos claros."
        ),
        "guidance": (
            "Plano estratégico do setor, o seu período, quadro de resultados e orçamentação; quem "
            "o redigiu."
        ),
        "descriptors": [
            (
                "Não existe uma estratégia setorial em vigor, ou a existente já expirou ou não é "
                "usada."
            ),
            (
                "Existe uma estratégia, mas enumera muitas atividades sem prioridades, custos nem "
                "resultados mensuráveis."
            ),
            (
                "Uma estratégia em vigor e orçamentada define prioridades e resultados mensuráveis "
                "e foi elaborada sob a liderança do ministério."
            ),
            (
                "A estratégia está orçamentada, priorizada dentro de recursos realistas, é revista "
                "a meio do período e é usada como referência por todos os atores."
            ),
        ],
    },
    "ORG1.3": {
        "text": (
            "Os planos de trabalho anuais das organizações do setor decorrem da estratégia e estão "
            "ligados ao orçamento."
        ),
        "guidance": (
            "Planos operacionais anuais, as suas ligações com a estratégia e com as rubricas "
            "orçamentais, planos das unidades descentralizadas."
        ),
        "descriptors": [
            (
                "As unidades não têm planos de trabalho anuais, ou os planos são listas de "
                "atividades sem relação com a estratégia."
            ),
            (
                "Existem planos de trabalho nos serviços centrais, mas não estão ligados aos "
                "orçamentos e raramente são usados."
            ),
            (
                "Os planos anuais aos níveis central e descentralizado seguem a estratégia e "
                "indicam o orçamento de cada atividade."
            ),
            (
                "Os planos anuais são consolidados, totalmente orçamentados, acompanhados "
                "trimestralmente e ajustados quando os recursos mudam."
            ),
        ],
    },
    "ORG2.1": {
        "text": (
            "A estrutura organizacional é adequada ao mandato, e cada posto tem uma descrição de "
            "funções atualizada."
        ),
        "guidance": (
            "Organigrama aprovado, quadro de pessoal, descrições de funções, data da última "
            "revisão da estrutura."
        ),
        "descriptors": [
            (
                "A estrutura está desatualizada ou não foi aprovada, e muitos funcionários não têm "
                "descrição de funções."
            ),
            (
                "Existe uma estrutura aprovada, mas não corresponde às funções atuais e as "
                "descrições de funções estão incompletas."
            ),
            (
                "A estrutura corresponde às funções atuais, e a maioria dos postos tem descrições "
                "de funções atualizadas, usadas no recrutamento e na avaliação."
            ),
            (
                "A estrutura é revista quando as funções mudam, e as descrições de funções são "
                "atualizadas e usadas para todos os postos."
            ),
        ],
    },
    "ORG2.2": {
        "text": (
            "A autoridade e as responsabilidades estão claramente delegadas entre os níveis "
            "central, provincial e local."
        ),
        "guidance": (
            "Instrumentos de delegação de competências, decisões remetidas para níveis superiores, "
            "política de descentralização e a sua aplicação no setor."
        ),
        "descriptors": [
            (
                "Todas as decisões, mesmo as menores, são remetidas para o topo, e as unidades "
                "locais não podem agir sem autorização."
            ),
            (
                "Existem regras de delegação no papel, mas na prática a maioria das decisões "
                "continua a ir para os serviços centrais."
            ),
            (
                "As unidades descentralizadas tomam as decisões correntes de funcionamento e de "
                "despesa dentro de regras claras."
            ),
            (
                "A autoridade delegada é clara e acompanhada dos recursos correspondentes, e as "
                "unidades descentralizadas prestam contas pelos resultados."
            ),
        ],
    },
    "ORG2.3": {
        "text": (
            "Existe informação fiável sobre o número de funcionários, os postos e a folha de "
            "salários para planificar e gerir a força de trabalho."
        ),
        "guidance": (
            "Sistema de informação de recursos humanos, auditorias à folha de salários, coerência "
            "entre o quadro de pessoal, a folha de salários e os funcionários em exercício."
        ),
        "descriptors": [
            "Ninguém sabe dizer com segurança quantos funcionários o setor tem nem onde trabalham.",
            (
                "Os registos de pessoal existem em papel ou em várias bases de dados que não "
                "coincidem entre si nem com a folha de salários."
            ),
            (
                "Uma base de dados eletrónica do pessoal coincide com a folha de salários e é "
                "usada para a afetação e a planificação da força de trabalho."
            ),
            (
                "Um sistema de informação de recursos humanos ligado à folha de salários é "
                "atualizado em tempo real e auditado regularmente."
            ),
        ],
    },
    "ORG3.1": {
        "text": (
            "O orçamento do setor é preparado com base nos planos e nas prioridades, num quadro de "
            "médio prazo."
        ),
        "guidance": (
            "Propostas orçamentais, quadro de despesa de médio prazo, ligações entre as rubricas "
            "orçamentais e as prioridades estratégicas."
        ),
        "descriptors": [
            (
                "O orçamento corresponde aos valores do ano anterior acrescidos de um aumento, sem "
                "ligação aos planos nem às prioridades."
            ),
            (
                "A preparação do orçamento faz referência ao plano, mas as prioridades não estão "
                "orçamentadas e os tetos são ignorados."
            ),
            (
                "O orçamento segue as prioridades do plano dentro dos tetos e inclui uma "
                "perspetiva de médio prazo."
            ),
            (
                "Um orçamento-programa com projeções de médio prazo inclui todos os fundos, "
                "incluindo os dos parceiros, e reflete as prioridades."
            ),
        ],
    },
    "ORG3.2": {
        "text": (
            "Os orçamentos são executados conforme planificado, com disponibilização previsível "
            "dos fundos e contratações atempadas."
        ),
        "guidance": (
            "Taxas de execução orçamental, atrasos na disponibilização dos fundos às unidades, "
            "planos de contratação e respetivos atrasos."
        ),
        "descriptors": [
            (
                "Os fundos chegam tarde e de forma imprevisível, e as taxas de execução são baixas "
                "ou muito acima do planificado."
            ),
            (
                "A maior parte dos fundos é disponibilizada, mas os atrasos e os estrangulamentos "
                "na contratação pública atrasam regularmente as atividades planificadas."
            ),
            (
                "Os fundos são disponibilizados segundo um calendário conhecido, a contratação "
                "pública segue um plano e a execução ultrapassa a maioria das metas."
            ),
            (
                "A execução está próxima do planificado em todas as unidades, e os "
                "estrangulamentos são analisados e resolvidos dentro do ano."
            ),
        ],
    },
    "ORG3.3": {
        "text": (
            "As contas, os relatórios financeiros e as auditorias são completos e atempados, e as "
            "constatações das auditorias dão origem a medidas."
        ),
        "guidance": (
            "Demonstrações financeiras, relatórios de auditoria externa e interna, seguimento das "
            "recomendações de auditoria."
        ),
        "descriptors": [
            (
                "As contas estão incompletas, faltam relatórios financeiros, e as auditorias não "
                "são feitas ou são ignoradas."
            ),
            (
                "As contas são produzidas com grandes atrasos, e muitas constatações das "
                "auditorias repetem-se de ano para ano."
            ),
            (
                "Os relatórios financeiros são produzidos a tempo, as auditorias são feitas "
                "anualmente e a maioria das constatações é tratada."
            ),
            (
                "Os relatórios financeiros são atempados e fiáveis, a auditoria interna funciona "
                "bem e as constatações das auditorias são resolvidas com rapidez."
            ),
        ],
    },
    "ORG4.1": {
        "text": "O sistema de informação do setor produz dados atempados, completos e fiáveis.",
        "guidance": (
            "Completude e pontualidade dos relatórios de rotina, verificações da qualidade dos "
            "dados, inquéritos usados para verificar os dados de rotina."
        ),
        "descriptors": [
            (
                "Os dados de rotina são incompletos, tardios e contraditórios, e os parceiros "
                "mantêm os seus próprios sistemas de reporte separados."
            ),
            (
                "Existe um sistema de informação de rotina, mas o reporte é incompleto e a "
                "qualidade dos dados não é verificada."
            ),
            (
                "A maioria das unidades reporta a tempo, a qualidade dos dados é verificada e um "
                "único sistema serve o Governo e os parceiros."
            ),
            (
                "Os dados são completos, atempados, verificados através de inquéritos e acessíveis "
                "aos utilizadores numa plataforma aberta."
            ),
        ],
    },
    "ORG4.2": {
        "text": (
            "Um quadro de desempenho com indicadores, linhas de base e metas é usado para analisar "
            "os progressos do setor."
        ),
        "guidance": (
            "Quadro de resultados do setor, relatório anual de desempenho, relatórios da revisão "
            "conjunta do setor."
        ),
        "descriptors": [
            (
                "Não existe um conjunto de indicadores acordado, e os progressos não são "
                "analisados face a metas."
            ),
            (
                "Os indicadores estão definidos, mas faltam linhas de base ou metas e as revisões "
                "são irregulares."
            ),
            (
                "Um conjunto acordado de indicadores, com linhas de base e metas, é analisado "
                "anualmente numa revisão conjunta do setor."
            ),
            (
                "O quadro é usado nas revisões conjuntas anuais, que acordam medidas corretivas, "
                "as quais são acompanhadas."
            ),
        ],
    },
    "ORG4.3": {
        "text": (
            "As constatações da monitoria e avaliação são usadas nas decisões de planificação, "
            "orçamentação e gestão."
        ),
        "guidance": (
            "Exemplos de decisões alteradas com base em evidências, planos de avaliação, "
            "seguimento das recomendações das revisões."
        ),
        "descriptors": [
            (
                "Os relatórios são produzidos para os parceiros ou arquivados, e não influenciam "
                "as decisões."
            ),
            (
                "As constatações são discutidas ocasionalmente, mas poucas decisões ou planos "
                "mudam em consequência."
            ),
            (
                "As constatações das revisões alimentam o plano anual e o orçamento seguintes, e "
                "as recomendações são acompanhadas."
            ),
            (
                "As chefias usam regularmente os dados de monitoria e as avaliações, e o setor "
                "encomenda avaliações para responder às suas próprias questões."
            ),
        ],
    },
    "ORG5.1": {
        "text": (
            "Os órgãos de direção reúnem-se regularmente, tomam decisões e acompanham a sua "
            "implementação."
        ),
        "guidance": (
            "Calendário das reuniões de direção, atas e listas de ações, seguimento das decisões."
        ),
        "descriptors": [
            (
                "As reuniões de direção são raras ou irregulares, e as decisões não são registadas "
                "nem acompanhadas."
            ),
            (
                "A direção reúne-se regularmente, mas as atas são incompletas e as decisões muitas "
                "vezes não são implementadas."
            ),
            (
                "A direção reúne-se segundo um calendário fixo, regista as decisões com os "
                "respetivos responsáveis e analisa a sua implementação."
            ),
            (
                "As reuniões de direção usam dados de desempenho, acompanham cada decisão até à "
                "sua conclusão e são comunicadas aos funcionários."
            ),
        ],
    },
    "ORG5.2": {
        "text": (
            "As normas e os procedimentos de prestação de serviços estão documentados e são "
            "cumpridos em todo o setor."
        ),
        "guidance": (
            "Normas de serviço, procedimentos operacionais padrão, constatações da supervisão e da "
            "inspeção."
        ),
        "descriptors": [
            (
                "Não existem normas de serviço escritas, e a prática varia muito entre unidades e "
                "locais."
            ),
            "Existem normas para alguns serviços, mas não são amplamente conhecidas nem aplicadas.",
            (
                "As normas e os procedimentos abrangem os principais serviços e são aplicados na "
                "maioria das unidades, conforme verificado pela supervisão."
            ),
            (
                "As normas são aplicadas em todo o setor, o seu cumprimento é medido, e os "
                "resultados são publicados e dão origem a medidas."
            ),
        ],
    },
    "ORG5.3": {
        "text": (
            "As organizações do setor recolhem a opinião dos utentes e usam-na para melhorar os "
            "serviços."
        ),
        "guidance": (
            "Inquéritos aos utentes, registos de reclamações, equipas de melhoria da qualidade, "
            "exemplos de mudanças feitas após a recolha de opiniões."
        ),
        "descriptors": [
            "Não é recolhida a opinião dos utentes, e as reclamações não são registadas.",
            (
                "A opinião dos utentes é recolhida ocasionalmente, por exemplo num inquérito "
                "financiado por um parceiro, mas raramente leva a mudanças."
            ),
            (
                "A opinião dos utentes é recolhida regularmente, e as unidades usam-na para "
                "planificar melhorias concretas dos seus serviços."
            ),
            (
                "A melhoria da qualidade com base na opinião dos utentes é uma prática corrente, e "
                "as melhorias são medidas e partilhadas entre unidades."
            ),
        ],
    },
    "INS1.1": {
        "text": (
            "Uma política setorial aprovada está atualizada e é coerente com as prioridades "
            "nacionais de desenvolvimento."
        ),
        "guidance": (
            "Documento de política setorial e data de aprovação, ligações com o plano nacional de "
            "desenvolvimento."
        ),
        "descriptors": [
            (
                "Não existe uma política setorial aprovada, ou está desatualizada e já não orienta "
                "as decisões."
            ),
            (
                "Existe uma política em versão preliminar ou recentemente aprovada, mas faltam "
                "questões-chave ou é incoerente com as prioridades nacionais."
            ),
            (
                "Uma política aprovada e em vigor reflete as prioridades nacionais e é a "
                "referência para a estratégia setorial."
            ),
            (
                "A política está em vigor, é revista segundo um ciclo definido e é amplamente "
                "conhecida pelo Governo, pelos parceiros e pelas partes interessadas."
            ),
        ],
    },
    "INS1.2": {
        "text": "Leis e regulamentos definem as funções e as normas do setor e são aplicados.",
        "guidance": (
            "Legislação e regulamentação setoriais, entidade reguladora, registos de inspeção e de "
            "aplicação de sanções."
        ),
        "descriptors": [
            (
                "Faltam leis ou regulamentos essenciais, ou estão obsoletos, e as normas não podem "
                "ser aplicadas."
            ),
            (
                "O quadro legal está em grande parte estabelecido, mas a regulamentação é "
                "incompleta e a fiscalização é fraca."
            ),
            (
                "As leis e os regulamentos abrangem as principais áreas, e uma entidade reguladora "
                "inspeciona e faz cumprir as normas."
            ),
            (
                "O quadro legal está completo e atualizado, e a sua aplicação é consistente, "
                "transparente e objeto de relatórios públicos."
            ),
        ],
    },
    "INS1.3": {
        "text": (
            "As políticas são elaboradas com base em evidências e em consultas, sob a liderança do "
            "ministério."
        ),
        "guidance": (
            "Unidade de análise de políticas, estudos de suporte às políticas recentes, registos "
            "das consultas, papel dos consultores."
        ),
        "descriptors": [
            (
                "As políticas são redigidas por consultores externos ou copiadas, com pouca "
                "análise ou consulta."
            ),
            (
                "O ministério lidera a redação das políticas, mas a análise é superficial e a "
                "consulta limita-se a alguns parceiros."
            ),
            (
                "Uma unidade de políticas prepara as políticas com base em análises e consulta as "
                "partes interessadas antes da aprovação."
            ),
            (
                "A formulação de políticas baseia-se sistematicamente em evidências e em "
                "consultas, e as políticas são avaliadas e revistas após a implementação."
            ),
        ],
    },
    "INS2.1": {
        "text": (
            "Uma estrutura de coordenação setorial presidida pelo Governo reúne-se regularmente e "
            "toma decisões."
        ),
        "guidance": (
            "Termos de referência do grupo de trabalho setorial, calendário de reuniões, atas e "
            "decisões, participação."
        ),
        "descriptors": [
            (
                "Não existe um fórum de coordenação funcional, ou as reuniões são convocadas e "
                "presididas pelos parceiros de desenvolvimento."
            ),
            (
                "Existe um fórum presidido pelo Governo, mas reúne-se de forma irregular e serve "
                "sobretudo para trocar informações."
            ),
            (
                "O fórum reúne-se segundo um calendário fixo, sob a presidência do Governo, com "
                "termos de referência acordados e decisões registadas."
            ),
            (
                "O fórum define as prioridades do setor, resolve as questões através de grupos de "
                "trabalho técnicos, e as suas decisões são cumpridas por todos os membros."
            ),
        ],
    },
    "INS2.2": {
        "text": (
            "Todos os principais atores do setor trabalham num quadro único de política, plano e "
            "despesa do setor."
        ),
        "guidance": (
            "Proporção da atividade dos parceiros e dos atores não estatais refletida no plano "
            "setorial, memorando de entendimento ou código de conduta."
        ),
        "descriptors": [
            "Cada parceiro e cada projeto segue o seu próprio plano, e não existe um quadro comum.",
            (
                "Existe um plano comum, mas uma grande parte do apoio dos parceiros é planificada "
                "e gerida fora dele."
            ),
            (
                "A maior parte dos recursos do Governo e dos parceiros é planificada no âmbito do "
                "plano setorial e do quadro de despesa."
            ),
            (
                "Quase todos os recursos são planificados e revistos num quadro único, regido por "
                "um memorando de entendimento acordado."
            ),
        ],
    },
    "INS2.3": {
        "text": (
            "O setor coordena-se eficazmente com os ministérios centrais e com as reformas "
            "transversais do Governo."
        ),
        "guidance": (
            "Relações com os ministérios das Finanças, da Função Pública e da Administração Local; "
            "papel do setor na descentralização e na reforma da função pública."
        ),
        "descriptors": [
            (
                "Os planos setoriais ignoram as reformas da função pública, das finanças e da "
                "descentralização, e não há contacto regular com os ministérios centrais."
            ),
            (
                "O setor reúne-se com os ministérios centrais sobretudo na altura do orçamento, e "
                "as decisões de reforma apanham-no muitas vezes de surpresa."
            ),
            (
                "O setor participa nos fóruns interministeriais de reforma e ajusta os seus planos "
                "às reformas acordadas."
            ),
            (
                "O setor contribui ativamente para moldar as reformas transversais, e os "
                "ministérios centrais consultam-no antes das decisões que o afetam."
            ),
        ],
    },
    "INS3.1": {
        "text": (
            "O parlamento e os órgãos de fiscalização independentes examinam o orçamento e o "
            "desempenho do setor."
        ),
        "guidance": (
            "Audições em comissões parlamentares, relatórios da instituição superior de controlo "
            "sobre o setor, seguimento das recomendações."
        ),
        "descriptors": [
            (
                "O parlamento e os órgãos de auditoria não examinam com profundidade o orçamento "
                "nem o desempenho do setor."
            ),
            (
                "O orçamento do setor é debatido, mas o desempenho raramente é examinado e as "
                "recomendações não têm seguimento."
            ),
            (
                "Uma comissão parlamentar analisa anualmente o orçamento e o desempenho do setor, "
                "e os relatórios de auditoria são discutidos."
            ),
            (
                "Os órgãos de fiscalização analisam o setor regularmente, e o ministério informa "
                "publicamente sobre as medidas tomadas em resposta às suas recomendações."
            ),
        ],
    },
    "INS3.2": {
        "text": (
            "A informação sobre o orçamento, a despesa e o desempenho do setor é pública e "
            "acessível."
        ),
        "guidance": (
            "Orçamentos e relatórios de desempenho publicados, página web do ministério, dados por "
            "unidade de prestação de serviços ou por escola."
        ),
        "descriptors": [
            (
                "A informação orçamental e de desempenho é tratada como interna e não está "
                "disponível ao público."
            ),
            (
                "Alguns relatórios são publicados, mas tarde, incompletos ou num formato que a "
                "maioria dos cidadãos não consegue usar."
            ),
            (
                "Os relatórios anuais de orçamento e de desempenho são publicados a tempo e estão "
                "disponíveis a nível local."
            ),
            (
                "Os dados de orçamento, despesa e desempenho são publicados regularmente, até ao "
                "nível de cada unidade, em formatos acessíveis."
            ),
        ],
    },
    "INS3.3": {
        "text": (
            "Os utentes e os cidadãos podem apresentar reclamações e obter reparação, e as "
            "reclamações têm seguimento."
        ),
        "guidance": (
            "Mecanismos de reclamação, comités ou conselhos de utentes, estatísticas das "
            "reclamações e respostas."
        ),
        "descriptors": [
            (
                "Não existe um canal para os cidadãos apresentarem reclamações, ou as reclamações "
                "não recebem resposta."
            ),
            (
                "Existem canais de reclamação em alguns locais, mas os utentes não os conhecem e o "
                "seguimento é raro."
            ),
            (
                "Os mecanismos de reclamação são conhecidos e utilizados, e a maioria das "
                "reclamações recebe resposta nos prazos fixados."
            ),
            (
                "As reclamações são tratadas nos prazos, analisadas, objeto de relatórios públicos "
                "e usadas para melhorar os serviços e as políticas."
            ),
        ],
    },
    "INS4.1": {
        "text": (
            "A sociedade civil, o setor privado e os parceiros sociais são consultados sobre as "
            "políticas e os planos do setor."
        ),
        "guidance": (
            "Registos das consultas, participação das partes interessadas nas revisões, "
            "comentários tidos em conta."
        ),
        "descriptors": [
            (
                "As partes interessadas externas ao Governo não são consultadas, ou só tomam "
                "conhecimento das políticas depois de aprovadas."
            ),
            (
                "Algumas partes interessadas são convidadas para seminários, mas a consulta é "
                "tardia e os seus contributos não são refletidos."
            ),
            (
                "As partes interessadas são consultadas antes das decisões importantes, e o "
                "Governo explica como os seus contributos foram utilizados."
            ),
            (
                "As partes interessadas participam regularmente na planificação e nas revisões, e "
                "os seus contributos influenciam visivelmente as políticas e os planos."
            ),
        ],
    },
    "INS4.2": {
        "text": (
            "Os órgãos formais de diálogo social do setor funcionam e os seus acordos são "
            "implementados."
        ),
        "guidance": (
            "Órgãos tripartidos ou bipartidos, conselhos e comissões, registos das reuniões, "
            "acordos alcançados e aplicados."
        ),
        "descriptors": [
            "Não existe nenhum órgão formal de diálogo social no setor, ou só existe no papel.",
            (
                "Existe um órgão de diálogo, mas reúne-se raramente, não tem recursos, e os seus "
                "acordos raramente são implementados."
            ),
            (
                "O órgão de diálogo reúne-se regularmente com todas as partes representadas, e a "
                "maioria dos seus acordos é implementada."
            ),
            (
                "O diálogo social é uma parte corrente da governação do setor, e os conflitos são "
                "resolvidos através dos órgãos acordados."
            ),
        ],
    },
    "INS4.3": {
        "text": (
            "Os prestadores de serviços não estatais são reconhecidos, regulamentados e incluídos "
            "na planificação do setor."
        ),
        "guidance": (
            "Registo e regulamentação dos prestadores privados e não governamentais, os seus dados "
            "no sistema de informação do setor."
        ),
        "descriptors": [
            (
                "Os prestadores não estatais funcionam sem registo nem fiscalização, e a sua "
                "contribuição não é conhecida."
            ),
            (
                "Os prestadores não estatais estão registados, mas raramente são supervisionados e "
                "ficam de fora da planificação do setor."
            ),
            (
                "Os prestadores não estatais são regulamentados, reportam dados ao sistema de "
                "informação do setor e participam na planificação."
            ),
            (
                "Os prestadores não estatais trabalham segundo mecanismos e normas acordados, e os "
                "seus serviços fazem parte integrante dos planos do setor."
            ),
        ],
    },
    "INS5.1": {
        "text": (
            "O apoio dos parceiros de desenvolvimento está alinhado com a política e o plano do "
            "setor."
        ),
        "guidance": (
            "Programas dos parceiros comparados com as prioridades do setor, financiamento dos "
            "parceiros registado no plano e no orçamento do setor."
        ),
        "descriptors": [
            (
                "Os parceiros financiam as suas próprias prioridades, e grande parte do seu apoio "
                "é desconhecida do ministério."
            ),
            (
                "Os parceiros fazem referência ao plano setorial, mas grande parte do seu apoio "
                "ainda segue as suas próprias prioridades."
            ),
            (
                "A maior parte do apoio dos parceiros financia prioridades do plano setorial e "
                "está registada no orçamento do setor."
            ),
            (
                "Quase todo o apoio dos parceiros está inscrito no plano e no orçamento, e os "
                "novos programas são primeiro acordados com o ministério."
            ),
        ],
    },
    "INS5.2": {
        "text": (
            "Os parceiros de desenvolvimento usam os sistemas nacionais de planificação, gestão "
            "financeira, contratação pública e reporte."
        ),
        "guidance": (
            "Proporção da ajuda que usa os sistemas nacionais de orçamento, contratação pública e "
            "auditoria; número de unidades paralelas de implementação de projetos."
        ),
        "descriptors": [
            (
                "Os parceiros usam os seus próprios procedimentos e unidades de implementação "
                "paralelas para quase todo o seu apoio."
            ),
            (
                "Alguns parceiros usam certos sistemas nacionais, enquanto a maioria mantém os "
                "seus próprios procedimentos e relatórios."
            ),
            (
                "A maior parte dos fundos dos parceiros usa os sistemas nacionais, e as unidades "
                "paralelas estão a ser integradas nas estruturas do Governo."
            ),
            (
                "Os parceiros usam por norma os sistemas nacionais, com mecanismos paralelos "
                "apenas quando acordados e por tempo limitado."
            ),
        ],
    },
    "INS5.3": {
        "text": (
            "Os parceiros de desenvolvimento harmonizam os seus procedimentos e dividem o trabalho "
            "entre si."
        ),
        "guidance": (
            "Missões e revisões conjuntas, trabalho analítico conjunto, relatórios comuns, divisão "
            "do trabalho, cooperação delegada."
        ),
        "descriptors": [
            (
                "Cada parceiro envia as suas próprias missões e pede os seus próprios relatórios, "
                "o que impõe uma carga pesada ao ministério."
            ),
            (
                "Existem algumas missões conjuntas e relatórios comuns, mas a maioria dos "
                "parceiros ainda trabalha separadamente."
            ),
            (
                "Os parceiros usam uma revisão conjunta única e relatórios comuns, e acordaram uma "
                "divisão do trabalho."
            ),
            (
                "Os parceiros atuam como um só grupo, com parceiros líderes, cooperação delegada e "
                "um calendário anual único de missões."
            ),
        ],
    },
    "CDE1.1": {
        "text": (
            "O setor tem uma estratégia ou um plano de desenvolvimento de capacidades aprovado "
            "pelo Governo e integrado no plano setorial."
        ),
        "guidance": (
            "Estratégia ou plano de desenvolvimento de capacidades, as suas ligações com o plano "
            "setorial, quem o redigiu e aprovou."
        ),
        "descriptors": [
            (
                "Não existe uma estratégia de desenvolvimento de capacidades, e as questões de "
                "capacidade só aparecem em documentos de projetos isolados."
            ),
            (
                "Uma estratégia de desenvolvimento de capacidades está em versão preliminar ou foi "
                "preparada por um parceiro, mas não está aprovada nem é usada."
            ),
            (
                "Um plano de desenvolvimento de capacidades aprovado define prioridades e faz "
                "parte do plano setorial e das suas revisões."
            ),
            (
                "O plano está aprovado, orçamentado, é revisto anualmente e é usado pelo Governo e "
                "pelos parceiros para decidir sobre todo o apoio."
            ),
        ],
    },
    "CDE1.2": {
        "text": (
            "O Governo lidera a identificação, a conceção e a gestão do apoio ao desenvolvimento "
            "de capacidades."
        ),
        "guidance": (
            "Quem inicia e concebe os projetos de desenvolvimento de capacidades, quem aprova os "
            "termos de referência, papel do Governo nos comités de direção."
        ),
        "descriptors": [
            (
                "O apoio ao desenvolvimento de capacidades é identificado e concebido pelos "
                "parceiros, e o ministério é informado depois."
            ),
            (
                "O ministério é consultado sobre a conceção, mas são os parceiros que decidem o "
                "âmbito, os métodos e os peritos."
            ),
            (
                "O ministério solicita apoio com base nas suas prioridades e aprova as conceções, "
                "os termos de referência e os peritos."
            ),
            (
                "O ministério gere diretamente o apoio ao desenvolvimento de capacidades, "
                "incluindo a seleção, a orientação e a avaliação dos peritos e prestadores."
            ),
        ],
    },
    "CDE1.3": {
        "text": (
            "O Governo afeta tempo do seu próprio pessoal e orçamento próprio ao desenvolvimento "
            "de capacidades no setor."
        ),
        "guidance": (
            "Rubricas orçamentais para formação e desenvolvimento organizacional, pessoal de "
            "contrapartida afetado, fundos efetivamente gastos."
        ),
        "descriptors": [
            (
                "O desenvolvimento de capacidades é inteiramente financiado pelos parceiros, e não "
                "é afetado pessoal de contrapartida."
            ),
            (
                "É afetado pessoal de contrapartida, mas os fundos do Governo para o "
                "desenvolvimento de capacidades são reduzidos ou não são disponibilizados."
            ),
            (
                "Existe uma rubrica do Orçamento do Estado para o desenvolvimento de capacidades, "
                "que é em grande parte executada conforme planificado."
            ),
            (
                "O Governo financia uma parte crescente do desenvolvimento de capacidades, e os "
                "fundos dos parceiros complementam um plano financiado pelo orçamento."
            ),
        ],
    },
    "CDE2.1": {
        "text": (
            "Está disponível uma visão geral atualizada de todas as iniciativas de desenvolvimento "
            "de capacidades em curso no setor."
        ),
        "guidance": (
            "Inventário ou mapeamento das iniciativas, com parceiro, organização beneficiária, "
            "método, orçamento e período."
        ),
        "descriptors": [
            (
                "Ninguém tem uma visão geral das iniciativas de desenvolvimento de capacidades, e "
                "as duplicações são descobertas por acaso."
            ),
            "Foi feito um mapeamento uma vez, mas está desatualizado e incompleto.",
            (
                "O ministério mantém um inventário das iniciativas, atualizado pelo menos uma vez "
                "por ano."
            ),
            (
                "O inventário está atualizado, é partilhado com todos os parceiros e é usado para "
                "evitar duplicações e colmatar lacunas."
            ),
        ],
    },
    "CDE2.2": {
        "text": (
            "Os parceiros de desenvolvimento coordenam o seu apoio ao desenvolvimento de "
            "capacidades através de mecanismos conjuntos ou de fundos comuns."
        ),
        "guidance": (
            "Fundos comuns de assistência técnica ou de formação, programas conjuntos, um grupo de "
            "trabalho sobre desenvolvimento de capacidades."
        ),
        "descriptors": [
            (
                "Cada parceiro gere os seus próprios projetos de desenvolvimento de capacidades, "
                "com procedimentos e relatórios separados."
            ),
            (
                "Os parceiros partilham informação sobre os seus projetos, mas planificam-nos e "
                "financiam-nos separadamente."
            ),
            (
                "Vários parceiros apoiam o desenvolvimento de capacidades através de um programa "
                "conjunto ou de um fundo comum gerido com o Governo."
            ),
            (
                "A maior parte do apoio ao desenvolvimento de capacidades passa por mecanismos "
                "conjuntos no âmbito do plano do ministério, com relatórios comuns."
            ),
        ],
    },
    "CDE2.3": {
        "text": (
            "A assistência técnica é orientada pela procura e é selecionada e gerida sob a direção "
            "do Governo."
        ),
        "guidance": (
            "Termos de referência, seleção e linhas de subordinação dos assessores; proporção de "
            "assessores que exercem funções de linha."
        ),
        "descriptors": [
            (
                "Os assessores são recrutados pelos parceiros, respondem perante eles e exercem "
                "muitas vezes funções de linha em substituição dos funcionários."
            ),
            (
                "O ministério comenta os termos de referência, mas os assessores ainda respondem "
                "sobretudo perante o parceiro que os paga."
            ),
            (
                "O ministério define os termos de referência, participa na seleção, e os "
                "assessores respondem perante as chefias do ministério."
            ),
            (
                "O ministério planifica, seleciona e avalia todos os assessores, cujo trabalho se "
                "centra na transferência de competências para os funcionários."
            ),
        ],
    },
    "CDE3.1": {
        "text": (
            "As iniciativas de desenvolvimento de capacidades têm objetivos claros e indicadores "
            "de mudança da capacidade, e não apenas de atividades."
        ),
        "guidance": (
            "Quadros de resultados das iniciativas; indicadores que vão além do número de pessoas "
            "formadas ou de seminários realizados."
        ),
        "descriptors": [
            (
                "As iniciativas descrevem apenas atividades, e o êxito é reportado em número de "
                "pessoas formadas ou de seminários realizados."
            ),
            (
                "Algumas iniciativas definem objetivos de capacidade, mas os indicadores ainda "
                "medem sobretudo atividades e produtos."
            ),
            (
                "A maioria das iniciativas tem objetivos e indicadores de mudança da capacidade, "
                "com linhas de base."
            ),
            (
                "Todas as iniciativas ligam os seus objetivos de capacidade ao quadro de "
                "resultados do setor, com linhas de base e metas."
            ),
        ],
    },
    "CDE3.2": {
        "text": (
            "Os resultados do apoio ao desenvolvimento de capacidades são objeto de monitoria, "
            "avaliação e discussão nas revisões do setor."
        ),
        "guidance": (
            "Relatórios de monitoria, avaliações das iniciativas de desenvolvimento de "
            "capacidades, agenda da revisão conjunta do setor."
        ),
        "descriptors": [
            (
                "Os resultados do apoio ao desenvolvimento de capacidades não são acompanhados "
                "para além dos relatórios de projeto entregues a cada parceiro."
            ),
            (
                "Algumas iniciativas são avaliadas, mas as constatações não são partilhadas nem "
                "discutidas no setor."
            ),
            (
                "Os progressos no desenvolvimento de capacidades são reportados e discutidos na "
                "revisão conjunta anual do setor."
            ),
            (
                "As avaliações do desenvolvimento de capacidades são planificadas em conjunto, e "
                "as suas constatações alteram a conceção do apoio."
            ),
        ],
    },
    "CDE3.3": {
        "text": (
            "O apoio ao desenvolvimento de capacidades conduziu a melhorias observáveis no "
            "desempenho das organizações do setor."
        ),
        "guidance": (
            "Exemplos de práticas alteradas, sistemas ou serviços melhorados atribuíveis ao apoio; "
            "opiniões das chefias."
        ),
        "descriptors": [
            (
                "Nenhuma melhoria no desempenho pode ser associada ao apoio ao desenvolvimento de "
                "capacidades prestado no passado."
            ),
            (
                "As competências individuais melhoraram em alguns locais, mas o desempenho "
                "organizacional não mudou de forma visível."
            ),
            (
                "Várias organizações apoiadas apresentam melhorias claras nos sistemas ou "
                "serviços, que atribuem ao apoio recebido."
            ),
            (
                "As melhorias no desempenho estão documentadas em todo o setor, e as abordagens "
                "que as originaram estão a ser alargadas."
            ),
        ],
    },
    "CDE4.1": {
        "text": (
            "Os métodos de desenvolvimento de capacidades são escolhidos em função do défice e do "
            "nível de capacidade, em vez de se recorrer automaticamente à formação."
        ),
        "guidance": (
            "Combinação de métodos no inventário de iniciativas, análise que fundamenta a escolha "
            "do método, apoio a sistemas e instituições."
        ),
        "descriptors": [
            (
                "Quase todo o apoio consiste em seminários e cursos, seja qual for o problema de "
                "capacidade."
            ),
            (
                "Outros métodos são usados ocasionalmente, mas as escolhas seguem os hábitos dos "
                "parceiros e não uma análise das necessidades."
            ),
            (
                "Os métodos são escolhidos após a análise do défice, e o apoio abrange os níveis "
                "organizacional e institucional, e não apenas os indivíduos."
            ),
            (
                "Uma combinação deliberada de métodos abrange os três níveis de capacidade, e as "
                "escolhas são revistas com base nos resultados."
            ),
        ],
    },
    "CDE4.2": {
        "text": (
            "Os métodos baseados no local de trabalho, como o coaching, a mentoria e a "
            "aprendizagem experiencial, são usados de forma sistemática."
        ),
        "guidance": (
            "Programas de coaching e mentoria, aprendizagem no posto de trabalho, aprendizagem "
            "pela prática integrada nas tarefas atribuídas."
        ),
        "descriptors": [
            (
                "O coaching, a mentoria e a aprendizagem no posto de trabalho não são usados, e a "
                "aprendizagem só acontece fora do trabalho."
            ),
            (
                "Alguns assessores ou projetos acompanham os funcionários, mas de forma informal e "
                "dependendo das pessoas."
            ),
            (
                "Existem programas estruturados de coaching ou mentoria para as carreiras-chave, "
                "com coaches formados e objetivos de aprendizagem acordados."
            ),
            (
                "A aprendizagem no local de trabalho faz parte da gestão corrente, e os "
                "funcionários nacionais fazem coaching e mentoria aos seus pares."
            ),
        ],
    },
    "CDE4.3": {
        "text": (
            "São usadas a partilha de conhecimentos e a aprendizagem entre pares, incluindo "
            "visitas de estudo, geminações, cooperação Sul-Sul e investigação."
        ),
        "guidance": (
            "Redes de aprendizagem entre pares, acordos de geminação, relatórios das visitas de "
            "estudo e respetivo seguimento, parcerias de investigação com instituições nacionais."
        ),
        "descriptors": [
            (
                "Os funcionários não têm contacto estruturado com pares de outros locais, e as "
                "visitas de estudo, quando existem, não têm seguimento."
            ),
            (
                "Realizam-se visitas de estudo e intercâmbios, mas não estão ligados às "
                "prioridades e as lições não são aplicadas."
            ),
            (
                "Os intercâmbios, as geminações ou as ações de cooperação Sul-Sul são planificados "
                "em função das prioridades, e as lições são reportadas e aplicadas."
            ),
            (
                "O setor faz parte de redes de pares ativas, mantém geminações e parcerias de "
                "investigação de longo prazo e partilha a sua própria experiência."
            ),
        ],
    },
    "CDE5.1": {
        "text": (
            "As capacidades criadas com apoio permanecem nas organizações do setor depois de o "
            "apoio terminar."
        ),
        "guidance": (
            "Retenção do pessoal formado, funções e sistemas ainda em funcionamento após o "
            "encerramento dos projetos, mecanismos de transição."
        ),
        "descriptors": [
            (
                "O pessoal formado sai, e os sistemas introduzidos pelos projetos deixam de "
                "funcionar pouco depois de o apoio terminar."
            ),
            (
                "Alguns sistemas e competências mantêm-se, mas muitos dependem de funcionários ou "
                "assessores que já saíram ou vão sair."
            ),
            (
                "A maioria dos sistemas introduzidos com apoio continua em uso e é gerida por "
                "funcionários do Estado."
            ),
            (
                "As capacidades criadas estão integradas nos procedimentos e nos postos de "
                "trabalho, e as organizações continuam a melhorá-las por iniciativa própria."
            ),
        ],
    },
    "CDE5.2": {
        "text": (
            "As instituições de formação e os formadores nacionais são reforçados para dar "
            "continuidade ao desenvolvimento de capacidades sem peritos externos."
        ),
        "guidance": (
            "Formação de formadores, sistemas de certificação, instituições nacionais que "
            "ministram cursos, redes de peritos nacionais."
        ),
        "descriptors": [
            (
                "O desenvolvimento de capacidades depende de peritos estrangeiros, e as "
                "instituições nacionais não estão envolvidas."
            ),
            (
                "Os formadores nacionais assistem os peritos estrangeiros, mas ainda não concebem "
                "nem ministram programas sozinhos."
            ),
            (
                "As instituições nacionais e os formadores certificados ministram a maioria dos "
                "programas de desenvolvimento de capacidades, com apoio externo limitado."
            ),
            (
                "As instituições nacionais concebem, ministram e avaliam programas, e também "
                "prestam apoio a outros países."
            ),
        ],
    },
    "CDE5.3": {
        "text": (
            "Os custos recorrentes e os mecanismos de saída são planificados para que as funções "
            "continuem depois de terminar o apoio dos parceiros."
        ),
        "guidance": (
            "Estratégias de saída nos documentos de projeto, custos recorrentes assumidos pelo "
            "orçamento, integração das unidades de projeto nas estruturas."
        ),
        "descriptors": [
            (
                "Os projetos terminam sem plano de saída, e as funções que financiavam param "
                "quando o dinheiro acaba."
            ),
            (
                "Existem planos de saída no papel, mas o Governo não orçamentou os custos "
                "recorrentes envolvidos."
            ),
            (
                "Os planos de saída são acordados com o Governo, e os custos recorrentes e o "
                "pessoal são gradualmente assumidos pelo orçamento."
            ),
            (
                "O apoio é concebido desde o início em torno dos sistemas do Governo, pelo que o "
                "seu fim não causa qualquer interrupção nas funções."
            ),
        ],
    },
}
