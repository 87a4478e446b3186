"""Spanish texts of the default capacity framework (assessments/default_framework.py)."""

NAME = "Marco de evaluación de capacidades del sector"
DESCRIPTION = (
    "Rúbrica para que un grupo núcleo liderado por el gobierno califique la capacidad actual y "
    "deseada de un sector en los niveles individual, organizacional e institucional, así como el "
    "estado de los esfuerzos actuales de desarrollo de capacidades. Cada pregunta describe a qué "
    "corresponde cada punto de la escala del 1 al 4."
)
SCALE = {1: "Inexistente", 2: "Emergente", 3: "Establecido", 4: "Avanzado"}
LEVELS = {
    "individual": {
        "name": "Capacidad individual",
        "description": (
            "Las capacidades técnicas y funcionales de las personas que trabajan en el sector: sus "
            "habilidades y conocimientos, los incentivos que reciben, cómo se desarrollan y se "
            "retienen, y las habilidades de liderazgo de los directivos."
        ),
    },
    "organizational": {
        "name": "Capacidad organizacional",
        "description": (
            "Los mecanismos, herramientas y procedimientos internos del ministerio y de otras "
            "organizaciones del sector: mandato y estrategia, estructura y funciones, los sistemas "
            "de gestión de personas, recursos financieros y resultados, liderazgo y gestión, y los "
            "procesos de prestación de servicios."
        ),
    },
    "institutional": {
        "name": "Capacidad institucional",
        "description": (
            "El entorno habilitante en el que opera el sector: el marco normativo y de políticas, "
            "la coordinación sectorial y el enfoque sectorial amplio, la rendición de cuentas y la "
            "fiscalización, el diálogo social y la gobernanza con las partes interesadas, y el "
            "alineamiento de los socios para el desarrollo con los sistemas nacionales."
        ),
    },
    "cd_efforts": {
        "name": "Estado de los esfuerzos actuales de desarrollo de capacidades",
        "description": (
            "Qué tan bien funcionan los esfuerzos actuales de desarrollo de capacidades en el "
            "sector: apropiación y liderazgo del gobierno, armonización y coordinación del apoyo, "
            "eficacia y resultados, uso de métodos adecuados y sostenibilidad."
        ),
    },
}
DIMENSIONS = {
    "IND1": {
        "name": "Habilidades y conocimientos técnicos",
        "description": (
            "Las habilidades especializadas y los conocimientos actualizados que el personal "
            "necesita para prestar los servicios del sector."
        ),
    },
    "IND2": {
        "name": "Habilidades funcionales y de gestión",
        "description": (
            "Las habilidades transversales para planificar, presupuestar, gestionar, analizar, "
            "coordinar e informar, en los niveles central y descentralizado."
        ),
    },
    "IND3": {
        "name": "Desarrollo de recursos humanos",
        "description": (
            "Cómo el sector forma y desarrolla a su personal, antes del empleo y durante él, y si "
            "lo aprendido se aplica en el trabajo."
        ),
    },
    "IND4": {
        "name": "Incentivos, motivación y retención",
        "description": (
            "La remuneración, las condiciones de trabajo, las perspectivas de carrera y las "
            "prácticas de gestión que hacen que el personal calificado ingrese, se desempeñe bien "
            "y permanezca."
        ),
    },
    "IND5": {
        "name": "Habilidades de liderazgo",
        "description": (
            "La capacidad de los directivos de nivel superior y medio para dar dirección, motivar "
            "al personal, gestionar el cambio y preparar a los futuros líderes."
        ),
    },
    "ORG1": {
        "name": "Mandato, estrategia y planificación",
        "description": (
            "Mandatos claros para las organizaciones del sector, una estrategia sectorial con "
            "prioridades y resultados, y planes de trabajo que la llevan a la práctica."
        ),
    },
    "ORG2": {
        "name": "Estructura, funciones y gestión de recursos humanos",
        "description": (
            "Una estructura organizacional adecuada al mandato, funciones y delegación claras, y "
            "sistemas para gestionar al personal del sector."
        ),
    },
    "ORG3": {
        "name": "Gestión financiera y presupuestación",
        "description": (
            "Los sistemas del sector para planificar, obtener, gastar y rendir cuentas de los "
            "recursos financieros, dentro de las normas de gestión de las finanzas públicas del "
            "gobierno."
        ),
    },
    "ORG4": {
        "name": "Monitoreo, evaluación y sistemas de información",
        "description": (
            "Los sistemas que generan datos confiables sobre el desempeño del sector, revisan los "
            "avances respecto de los resultados e incorporan los aprendizajes a las decisiones."
        ),
    },
    "ORG5": {
        "name": "Liderazgo, gestión y procesos de prestación de servicios",
        "description": (
            "Cómo se dirige y gestiona la organización en el día a día, y si sus procesos prestan "
            "servicios con la calidad esperada."
        ),
    },
    "INS1": {
        "name": "Marco normativo y de políticas",
        "description": (
            "Las políticas, leyes y reglamentos que fijan los objetivos, funciones y estándares "
            "del sector, y la capacidad para formularlos y hacerlos cumplir."
        ),
    },
    "INS2": {
        "name": "Coordinación sectorial y enfoque sectorial amplio",
        "description": (
            "Cómo el gobierno, los socios y otros actores trabajan bajo un único marco sectorial "
            "de políticas, planificación y presupuesto, y cómo el sector se vincula con las "
            "reformas más amplias del gobierno."
        ),
    },
    "INS3": {
        "name": "Rendición de cuentas y fiscalización",
        "description": (
            "Los mecanismos mediante los cuales el sector rinde cuentas ante el poder legislativo, "
            "los órganos de control y la ciudadanía por el uso de sus recursos y sus resultados."
        ),
    },
    "INS4": {
        "name": "Diálogo social y gobernanza con las partes interesadas",
        "description": (
            "La participación de la sociedad civil, las organizaciones de trabajadores y de "
            "empleadores, el sector privado y otras partes interesadas en la gobernanza del sector."
        ),
    },
    "INS5": {
        "name": "Alineamiento y armonización de los socios para el desarrollo",
        "description": (
            "En qué medida los socios para el desarrollo apoyan las prioridades propias del "
            "sector, usan los sistemas nacionales y armonizan sus procedimientos entre sí."
        ),
    },
    "CDE1": {
        "name": "Apropiación y liderazgo del gobierno en el desarrollo de capacidades",
        "description": (
            "Si el gobierno orienta el desarrollo de capacidades en el sector, lidera el diseño "
            "del apoyo y compromete sus propios recursos."
        ),
    },
    "CDE2": {
        "name": "Armonización y coordinación del apoyo al desarrollo de capacidades",
        "description": (
            "Si el apoyo de los distintos socios al desarrollo de capacidades se conoce, se "
            "coordina, se mancomuna cuando es útil y se gestiona en un único marco."
        ),
    },
    "CDE3": {
        "name": "Eficacia y resultados del apoyo al desarrollo de capacidades",
        "description": (
            "Si el apoyo al desarrollo de capacidades tiene objetivos claros, si se monitorean los "
            "cambios que produce en la capacidad y el desempeño, y si efectivamente los logra."
        ),
    },
    "CDE4": {
        "name": "Uso de métodos adecuados de desarrollo de capacidades",
        "description": (
            "Si los métodos utilizados corresponden a la brecha y al nivel de capacidad: "
            "capacitación, intercambio de conocimientos, investigación, aprendizaje experiencial, "
            "coaching, mentoría, visitas de intercambio y giras de estudio, hermanamiento y "
            "cooperación Sur-Sur."
        ),
    },
    "CDE5": {
        "name": "Sostenibilidad del desarrollo de capacidades",
        "description": (
            "Si la capacidad creada se mantiene y crece después de que termina el apoyo externo: "
            "personal retenido, funciones institucionalizadas, proveedores nacionales y "
            "financiamiento recurrente asegurados."
        ),
    },
}
QUESTIONS = {
    "IND1.1": {
        "text": (
            "El personal de las organizaciones del sector tiene las habilidades técnicas que "
            "exigen sus puestos."
        ),
        "guidance": (
            "Descripciones de puestos comparadas con las calificaciones del personal, informes de "
            "supervisión, evaluaciones de competencias, auditorías de la calidad de los servicios."
        ),
        "descriptors": [
            (
                "Muchos puestos están ocupados por personal sin las calificaciones requeridas, y "
                "nadie ha evaluado la brecha de habilidades."
            ),
            (
                "Se conocen las brechas de habilidades en algunas unidades, pero una gran "
                "proporción de los puestos técnicos está ocupada por personal sin la calificación "
                "suficiente."
            ),
            (
                "La mayoría de los puestos técnicos está ocupada por personal calificado, y las "
                "brechas restantes están documentadas, con planes para cerrarlas."
            ),
            (
                "Casi todos los puestos están ocupados por personal calificado, y las competencias "
                "se evalúan con regularidad frente a estándares definidos."
            ),
        ],
    },
    "IND1.2": {
        "text": (
            "El personal mantiene actualizados sus conocimientos sobre la política, las normas y "
            "las buenas prácticas del sector."
        ),
        "guidance": (
            "Acceso a las directrices vigentes en el lugar de trabajo, registros de desarrollo "
            "profesional continuo, asociaciones profesionales."
        ),
        "descriptors": [
            (
                "El personal se basa en directrices desactualizadas, y las nuevas políticas y "
                "normas rara vez le llegan después de su aprobación."
            ),
            (
                "Las nuevas directrices llegan al personal de las oficinas centrales, pero el "
                "personal de campo se entera tarde o nunca."
            ),
            (
                "Las políticas y normas actualizadas se distribuyen a todos los niveles, con "
                "sesiones informativas o de orientación para el personal involucrado."
            ),
            (
                "El desarrollo profesional continuo es obligatorio, se registra y está vinculado a "
                "la habilitación profesional o al ascenso en la mayoría de las categorías "
                "profesionales."
            ),
        ],
    },
    "IND1.3": {
        "text": (
            "Se han evaluado las habilidades del personal del sector, y los resultados se usan "
            "para planificar la dotación de personal y la capacitación."
        ),
        "guidance": (
            "Auditoría de habilidades o estudio reciente del personal, plan de recursos humanos, "
            "vínculos entre la evaluación y el plan de capacitación."
        ),
        "descriptors": [
            (
                "No existe ninguna evaluación de las habilidades del personal, y las decisiones "
                "sobre dotación y capacitación se toman sin evidencia."
            ),
            (
                "Se hizo una evaluación de habilidades una sola vez, por ejemplo en el marco de un "
                "proyecto, pero sus resultados no se usan."
            ),
            (
                "Una evaluación reciente de habilidades abarca las principales categorías de "
                "personal y orienta el plan de recursos humanos y el plan de capacitación."
            ),
            (
                "Las habilidades se evalúan periódicamente en todo el personal, y los resultados "
                "orientan las decisiones de dotación, capacitación y presupuesto."
            ),
        ],
    },
    "IND2.1": {
        "text": (
            "El personal sabe preparar planes, presupuestos e informes con los procedimientos y "
            "formatos del gobierno."
        ),
        "guidance": (
            "Calidad y puntualidad de los planes de trabajo, las propuestas presupuestarias y los "
            "informes; observaciones del ministerio de Finanzas."
        ),
        "descriptors": [
            (
                "Los planes y presupuestos los preparan unas pocas personas o consultores, y la "
                "mayoría de las unidades no puede elaborarlos."
            ),
            (
                "La mayoría de las unidades elabora planes y presupuestos, pero a menudo llegan "
                "tarde, están incompletos o se devuelven para su corrección."
            ),
            (
                "Las unidades elaboran planes, presupuestos e informes a tiempo y en el formato "
                "requerido, con poca ayuda externa."
            ),
            (
                "Los planes, presupuestos e informes tienen una calidad buena y constante, y el "
                "personal acompaña a sus colegas de las unidades descentralizadas."
            ),
        ],
    },
    "IND2.2": {
        "text": "El personal sabe analizar datos y usar evidencia en su trabajo diario.",
        "guidance": (
            "Informes analíticos elaborados internamente, uso de datos en las reuniones de "
            "dirección, habilidades del personal para el análisis de datos."
        ),
        "descriptors": [
            (
                "Los datos se recopilan y se transmiten, pero el personal no los analiza ni los "
                "usa para tomar decisiones."
            ),
            (
                "Unos pocos especialistas analizan datos, sobre todo para informes externos o a "
                "pedido de los socios para el desarrollo."
            ),
            (
                "El personal de la mayoría de las unidades analiza sus propios datos y los usa en "
                "la planificación y en las reuniones de dirección."
            ),
            (
                "El personal elabora de forma habitual análisis que orientan las políticas y los "
                "presupuestos, y el sector publica sus propios estudios."
            ),
        ],
    },
    "IND2.3": {
        "text": (
            "El personal sabe coordinar, negociar y comunicarse eficazmente con otros ministerios, "
            "socios y partes interesadas."
        ),
        "guidance": (
            "Quién habla en nombre del sector en las reuniones de coordinación y en las "
            "negociaciones presupuestarias; calidad de las actas, notas informativas y "
            "presentaciones."
        ),
        "descriptors": [
            (
                "El personal del sector rara vez participa en reuniones interinstitucionales o con "
                "los socios, o asiste sin preparación ni posición."
            ),
            (
                "Los altos funcionarios representan al sector, pero las posiciones suelen "
                "prepararlas consultores o socios para el desarrollo."
            ),
            (
                "El personal prepara sus propias notas informativas, presenta con claridad la "
                "posición del sector y da seguimiento a los acuerdos alcanzados."
            ),
            (
                "El personal conduce con solvencia las negociaciones con el ministerio de Finanzas "
                "y los socios, y los resultados se reflejan en los acuerdos."
            ),
        ],
    },
    "IND3.1": {
        "text": (
            "Un diagnóstico de necesidades de capacitación y un plan de capacitación costeado "
            "orientan el desarrollo del personal del sector."
        ),
        "guidance": (
            "Plan de capacitación y su fundamento, proporción de la capacitación impartida según "
            "el plan, quién decide qué personas participan."
        ),
        "descriptors": [
            (
                "No hay plan de capacitación, y la capacitación se realiza cuando un socio ofrece "
                "un curso."
            ),
            (
                "Existe un plan de capacitación, pero no está costeado, y la mayor parte de la "
                "capacitación la siguen organizando los proyectos al margen del plan."
            ),
            (
                "Un plan de capacitación costeado, basado en un diagnóstico de necesidades, abarca "
                "las principales categorías de personal, y la mayor parte de la capacitación lo "
                "sigue."
            ),
            (
                "Toda la capacitación, sin importar quién la financie, sigue un plan único que se "
                "revisa cada año en función de las necesidades y los resultados."
            ),
        ],
    },
    "IND3.2": {
        "text": (
            "Las instituciones de formación inicial y de capacitación en servicio forman la "
            "cantidad de profesionales con las calificaciones que el sector necesita."
        ),
        "guidance": (
            "Número de egresados de las instituciones de formación comparado con las vacantes, "
            "fechas de revisión de los planes de estudio, acreditación de las instituciones."
        ),
        "descriptors": [
            (
                "Las instituciones de formación tienen muy pocos egresados, o los planes de "
                "estudio no corresponden a los puestos del sector."
            ),
            (
                "El número de egresados aumenta, pero los planes de estudio están desactualizados "
                "y el sector tiene poca influencia en lo que se enseña."
            ),
            (
                "El número de egresados corresponde aproximadamente a las necesidades, y los "
                "planes de estudio se han revisado con el sector en los últimos cinco años."
            ),
            (
                "Las instituciones de formación están acreditadas, planifican el ingreso de "
                "estudiantes con el sector y actualizan los planes de estudio según el desempeño "
                "de sus egresados."
            ),
        ],
    },
    "IND3.3": {
        "text": (
            "Lo que el personal aprende en la capacitación se aplica en el trabajo, con el apoyo "
            "de seguimiento, supervisión o acompañamiento."
        ),
        "guidance": (
            "Seguimiento posterior a la capacitación, registros de supervisión capacitante, "
            "cambios en la práctica informados por los directivos."
        ),
        "descriptors": [
            (
                "La capacitación termina con el taller, y nadie verifica si los participantes "
                "aplican lo que aprendieron."
            ),
            (
                "Algunos programas incluyen visitas de seguimiento, pero los directivos no "
                "participan y los resultados no se registran."
            ),
            (
                "La mayor parte de la capacitación incluye un plan de trabajo para aplicarla, con "
                "seguimiento de los supervisores en un plazo de seis meses."
            ),
            (
                "La aplicación de lo aprendido se verifica de forma habitual, y los directivos "
                "ajustan los procesos de trabajo y el contenido de la capacitación según los "
                "hallazgos."
            ),
        ],
    },
    "IND4.1": {
        "text": (
            "La remuneración, las asignaciones y las condiciones de trabajo son adecuadas para "
            "atraer y motivar a personal calificado."
        ),
        "guidance": (
            "Niveles salariales comparados con puestos similares, puntualidad de los pagos, "
            "asignaciones y complementos salariales pagados por los proyectos."
        ),
        "descriptors": [
            (
                "Los salarios se pagan a menudo con retraso o están muy por debajo de los de "
                "puestos similares, y el personal depende de otros ingresos."
            ),
            (
                "Los salarios se pagan a tiempo, pero son bajos, y las asignaciones de los "
                "proyectos distorsionan fuertemente los lugares donde el personal quiere trabajar."
            ),
            (
                "La remuneración es regular y lo bastante competitiva para cubrir la mayoría de "
                "los puestos, y las asignaciones siguen una política común a todo el gobierno."
            ),
            (
                "La remuneración y las condiciones atraen candidatos calificados a la mayoría de "
                "los puestos, incluso en zonas remotas, sin complementos de los proyectos."
            ),
        ],
    },
    "IND4.2": {
        "text": (
            "La contratación, los ascensos y la evaluación del desempeño se basan en el mérito y "
            "se aplican de manera coherente."
        ),
        "guidance": (
            "Normas y prácticas de contratación, tasas de realización de las evaluaciones, "
            "vínculos entre evaluación, ascensos y capacitación."
        ),
        "descriptors": [
            (
                "Los nombramientos y ascensos dependen sobre todo de los contactos o de la "
                "antigüedad, y el desempeño no se evalúa."
            ),
            (
                "Existen normas basadas en el mérito, pero las evaluaciones son un mero trámite y "
                "no se usan para ascensos ni para el desarrollo del personal."
            ),
            (
                "La mayor parte de la contratación es por concurso, y las evaluaciones anuales se "
                "realizan y se usan en las decisiones de ascenso."
            ),
            (
                "La contratación es abierta y por concurso, y los resultados de la evaluación "
                "determinan sistemáticamente los ascensos, los reconocimientos y los planes de "
                "desarrollo individual."
            ),
        ],
    },
    "IND4.3": {
        "text": (
            "Se da seguimiento a la rotación del personal y a las vacantes, y existen medidas para "
            "retener al personal calificado."
        ),
        "guidance": (
            "Tasas de vacantes y de rotación por categoría de personal y ubicación, datos de "
            "salida, esquemas de retención como bonificaciones por zona de difícil acceso o "
            "vivienda."
        ),
        "descriptors": [
            (
                "Nadie sabe cuántas personas dejan el sector ni por qué, y las vacantes en lugares "
                "de difícil acceso permanecen sin cubrir durante años."
            ),
            (
                "La rotación se reconoce como un problema, pero los datos son incompletos y las "
                "medidas de retención son puntuales."
            ),
            (
                "Los datos de vacantes y rotación se informan cada año, y existen medidas de "
                "retención para las categorías más afectadas."
            ),
            (
                "La rotación es baja o va en descenso, y las medidas de retención se evalúan y se "
                "ajustan con base en los datos."
            ),
        ],
    },
    "IND5.1": {
        "text": (
            "Los altos directivos dan una dirección clara y comunican las prioridades al personal "
            "en todo el sector."
        ),
        "guidance": (
            "Si el personal de los distintos niveles puede enunciar las prioridades del sector; "
            "frecuencia y alcance de la comunicación de la dirección."
        ),
        "descriptors": [
            (
                "El personal no sabe cuáles son las prioridades del sector, y los directivos rara "
                "vez comunican más allá de su propia oficina."
            ),
            (
                "Las prioridades se enuncian en las oficinas centrales, pero rara vez llegan al "
                "personal de las regiones, los distritos o los establecimientos."
            ),
            (
                "Los directivos comunican las prioridades con regularidad, y la mayor parte del "
                "personal de todos los niveles puede describirlas."
            ),
            (
                "Los directivos comunican las prioridades y escuchan al personal, y la "
                "retroalimentación del personal influye visiblemente en las decisiones."
            ),
        ],
    },
    "IND5.2": {
        "text": "Los directivos son capaces de dirigir equipos, delegar y gestionar el cambio.",
        "guidance": (
            "Capacitación en gestión recibida, delegación en la práctica, ejemplos de reformas "
            "dirigidas por directivos."
        ),
        "descriptors": [
            (
                "Los directivos lo deciden todo personalmente, y los cambios se imponen sin "
                "explicación ni apoyo."
            ),
            (
                "Algunos directivos delegan y conducen bien el cambio, pero esto depende de las "
                "personas y no de una práctica establecida."
            ),
            (
                "La mayoría de los directivos ha recibido capacitación en gestión, delega las "
                "decisiones rutinarias y planifica los cambios con sus equipos."
            ),
            (
                "Los directivos conducen de forma habitual reformas con sus equipos, y el sector "
                "tiene un historial de cambios llevados a término."
            ),
        ],
    },
    "IND5.3": {
        "text": (
            "El sector identifica y forma a sus futuros líderes y planifica la sucesión en los "
            "puestos clave."
        ),
        "guidance": (
            "Planes de sucesión para los puestos clave, programas de desarrollo del liderazgo, "
            "mentoría de posibles futuros directivos."
        ),
        "descriptors": [
            (
                "Los puestos clave quedan vacantes o se cubren de prisa cuando sus titulares se "
                "van, sin entrega del cargo."
            ),
            (
                "Los posibles líderes se identifican de manera informal, y algunos asisten a "
                "cursos de liderazgo cuando los socios los ofrecen."
            ),
            (
                "Existe un programa de desarrollo del liderazgo, y los puestos clave tienen "
                "suplentes designados y preparados para asumirlos."
            ),
            (
                "Los planes de sucesión abarcan todos los puestos clave, y los futuros líderes se "
                "forman mediante mentoría, rotación y cursos."
            ),
        ],
    },
    "ORG1.1": {
        "text": (
            "Los mandatos del ministerio y de otras organizaciones del sector son claros, "
            "conocidos y no se superponen."
        ),
        "guidance": (
            "Instrumentos jurídicos y estatutos, revisiones funcionales, casos de duplicación o "
            "vacíos entre organizaciones."
        ),
        "descriptors": [
            (
                "Los mandatos no están escritos o son contradictorios, y varias organizaciones "
                "reclaman o eluden las mismas funciones."
            ),
            (
                "Los mandatos están escritos, pero no se han resuelto las superposiciones entre "
                "organizaciones y entre niveles de gobierno."
            ),
            (
                "Los mandatos son claros y conocidos por el personal, y la mayoría de las "
                "superposiciones se resolvieron mediante una revisión funcional."
            ),
            (
                "Los mandatos son claros, se revisan cuando las reformas cambian las funciones, y "
                "las organizaciones los cumplen sin conflictos."
            ),
        ],
    },
    "ORG1.2": {
        "text": (
            "El sector cuenta con un plan estratégico vigente con prioridades, resultados y costos "
            "claros."
        ),
        "guidance": (
            "Plan estratégico sectorial, su período, marco de resultados y costeo; quién lo "
            "redactó."
        ),
        "descriptors": [
            "No hay una estrategia sectorial vigente, o la existente ya venció o no se usa.",
            (
                "Existe una estrategia, pero enumera muchas actividades sin prioridades, costos ni "
                "resultados medibles."
            ),
            (
                "Una estrategia vigente y costeada fija prioridades y resultados medibles, y se "
                "elaboró bajo el liderazgo del ministerio."
            ),
            (
                "La estrategia está costeada, priorizada dentro de recursos realistas, tiene una "
                "revisión de medio término y es la referencia para todos los actores."
            ),
        ],
    },
    "ORG1.3": {
        "text": (
            "Los planes de trabajo anuales de las organizaciones del sector se derivan de la "
            "estrategia y están vinculados al presupuesto."
        ),
        "guidance": (
            "Planes operativos anuales, sus vínculos con la estrategia y con las partidas "
            "presupuestarias, planes de las unidades descentralizadas."
        ),
        "descriptors": [
            (
                "Las unidades no tienen planes de trabajo anuales, o los planes son listas de "
                "actividades sin relación con la estrategia."
            ),
            (
                "Hay planes de trabajo en las oficinas centrales, pero no están vinculados a los "
                "presupuestos y rara vez se usan."
            ),
            (
                "Los planes anuales de los niveles central y descentralizado siguen la estrategia "
                "y muestran el presupuesto de cada actividad."
            ),
            (
                "Los planes anuales están consolidados, totalmente presupuestados, se monitorean "
                "cada trimestre y se ajustan cuando cambian los recursos."
            ),
        ],
    },
    "ORG2.1": {
        "text": (
            "La estructura organizacional se ajusta al mandato, y cada puesto tiene una "
            "descripción de puesto actualizada."
        ),
        "guidance": (
            "Organigrama aprobado, cuadro de puestos autorizado, descripciones de puestos, fecha "
            "de la última revisión de la estructura."
        ),
        "descriptors": [
            (
                "La estructura está desactualizada o no está aprobada, y muchas personas no tienen "
                "descripción de puesto."
            ),
            (
                "Existe una estructura aprobada, pero no corresponde a las funciones actuales y "
                "las descripciones de puestos están incompletas."
            ),
            (
                "La estructura corresponde a las funciones actuales, y la mayoría de los puestos "
                "tiene descripciones actualizadas que se usan en la contratación y la evaluación."
            ),
            (
                "La estructura se revisa cuando cambian las funciones, y las descripciones de "
                "puestos se actualizan y se usan para todos los puestos."
            ),
        ],
    },
    "ORG2.2": {
        "text": (
            "La autoridad y las responsabilidades se delegan con claridad entre los niveles "
            "central, regional y local."
        ),
        "guidance": (
            "Instrumentos de delegación, decisiones remitidas a instancias superiores, política de "
            "descentralización y su aplicación en el sector."
        ),
        "descriptors": [
            (
                "Todas las decisiones, incluso las menores, se remiten a la cúpula, y las unidades "
                "locales no pueden actuar sin autorización."
            ),
            (
                "Existen normas de delegación en el papel, pero en la práctica la mayoría de las "
                "decisiones sigue pasando por las oficinas centrales."
            ),
            (
                "Las unidades descentralizadas toman las decisiones operativas y de gasto "
                "rutinarias dentro de normas claras."
            ),
            (
                "La autoridad delegada es clara y cuenta con los recursos correspondientes, y las "
                "unidades descentralizadas rinden cuentas por sus resultados."
            ),
        ],
    },
    "ORG2.3": {
        "text": (
            "Se dispone de información confiable sobre el número de personas, los puestos y la "
            "nómina para planificar y gestionar al personal."
        ),
        "guidance": (
            "Sistema de información de recursos humanos, auditorías de la nómina, coherencia entre "
            "el cuadro de puestos, la nómina y el personal en funciones."
        ),
        "descriptors": [
            "Nadie puede decir con certeza cuántas personas trabajan en el sector ni dónde.",
            (
                "Los registros de personal están en papel o en varias bases de datos que no "
                "coinciden entre sí ni con la nómina."
            ),
            (
                "Una base de datos electrónica del personal coincide con la nómina y se usa para "
                "asignar al personal y planificar la dotación."
            ),
            (
                "Un sistema de información de recursos humanos vinculado a la nómina se actualiza "
                "en tiempo real y se audita con regularidad."
            ),
        ],
    },
    "ORG3.1": {
        "text": (
            "El presupuesto del sector se prepara con base en los planes y las prioridades, dentro "
            "de un marco de mediano plazo."
        ),
        "guidance": (
            "Propuestas presupuestarias, marco de gasto de mediano plazo, vínculos entre las "
            "partidas presupuestarias y las prioridades estratégicas."
        ),
        "descriptors": [
            (
                "El presupuesto son las cifras del año anterior más un incremento, sin relación "
                "con los planes ni las prioridades."
            ),
            (
                "La preparación del presupuesto hace referencia al plan, pero las prioridades no "
                "están costeadas y se ignoran los techos presupuestarios."
            ),
            (
                "El presupuesto sigue las prioridades del plan dentro de los techos y contiene una "
                "proyección de mediano plazo."
            ),
            (
                "Un presupuesto por programas con proyecciones de mediano plazo incluye todos los "
                "fondos, incluidos los de los socios, y refleja las prioridades."
            ),
        ],
    },
    "ORG3.2": {
        "text": (
            "Los presupuestos se ejecutan según lo previsto, con un desembolso previsible de los "
            "fondos y adquisiciones oportunas."
        ),
        "guidance": (
            "Tasas de ejecución presupuestaria, retrasos en los desembolsos a las unidades, planes "
            "de adquisiciones y sus retrasos."
        ),
        "descriptors": [
            (
                "Los fondos llegan tarde y de forma imprevisible, y las tasas de ejecución son "
                "bajas o muy superiores a lo planificado."
            ),
            (
                "La mayoría de los fondos se desembolsa, pero los retrasos y los cuellos de "
                "botella en las adquisiciones frenan con frecuencia las actividades previstas."
            ),
            (
                "Los fondos se desembolsan según un calendario conocido, las adquisiciones siguen "
                "un plan y la ejecución supera la mayoría de las metas."
            ),
            (
                "La ejecución se acerca a lo planificado en todas las unidades, y los cuellos de "
                "botella se analizan y se resuelven dentro del año."
            ),
        ],
    },
    "ORG3.3": {
        "text": (
            "Las cuentas, los informes financieros y las auditorías están completos y al día, y se "
            "actúa sobre los hallazgos de auditoría."
        ),
        "guidance": (
            "Estados financieros, informes de auditoría externa e interna, seguimiento de las "
            "recomendaciones de auditoría."
        ),
        "descriptors": [
            (
                "Las cuentas están incompletas, faltan los informes financieros, y las auditorías "
                "no se realizan o se ignoran."
            ),
            (
                "Las cuentas se elaboran con grandes retrasos, y muchos hallazgos de auditoría se "
                "repiten año tras año."
            ),
            (
                "Los informes financieros se elaboran a tiempo, las auditorías se realizan cada "
                "año y la mayoría de los hallazgos se atienden."
            ),
            (
                "Los informes financieros son oportunos y confiables, la auditoría interna "
                "funciona bien y los hallazgos de auditoría se resuelven con prontitud."
            ),
        ],
    },
    "ORG4.1": {
        "text": (
            "El sistema de información del sector genera datos oportunos, completos y confiables."
        ),
        "guidance": (
            "Completitud y puntualidad de los informes rutinarios, controles de calidad de los "
            "datos, encuestas usadas para verificar los datos rutinarios."
        ),
        "descriptors": [
            (
                "Los datos rutinarios son incompletos, tardíos y contradictorios, y los socios "
                "mantienen sus propios sistemas de reporte por separado."
            ),
            (
                "Existe un sistema de información rutinario, pero los informes son incompletos y "
                "no se verifica la calidad de los datos."
            ),
            (
                "La mayoría de las unidades informa a tiempo, se verifica la calidad de los datos "
                "y un solo sistema sirve al gobierno y a los socios."
            ),
            (
                "Los datos son completos, oportunos, contrastados con encuestas y están a "
                "disposición de los usuarios en una plataforma abierta."
            ),
        ],
    },
    "ORG4.2": {
        "text": (
            "Se usa un marco de desempeño con indicadores, líneas de base y metas para revisar los "
            "avances del sector."
        ),
        "guidance": (
            "Marco de resultados del sector, informe anual de desempeño, informes de la revisión "
            "sectorial conjunta."
        ),
        "descriptors": [
            (
                "No hay un conjunto acordado de indicadores, y los avances no se revisan frente a "
                "metas."
            ),
            (
                "Los indicadores están definidos, pero faltan líneas de base o metas y las "
                "revisiones son irregulares."
            ),
            (
                "Un conjunto acordado de indicadores con líneas de base y metas se revisa cada año "
                "en una revisión sectorial conjunta."
            ),
            (
                "El marco se usa en revisiones conjuntas anuales que acuerdan medidas correctivas, "
                "a las que se da seguimiento."
            ),
        ],
    },
    "ORG4.3": {
        "text": (
            "Los hallazgos del monitoreo y la evaluación se usan en las decisiones de "
            "planificación, presupuestación y gestión."
        ),
        "guidance": (
            "Ejemplos de decisiones modificadas a partir de la evidencia, planes de evaluación, "
            "seguimiento de las recomendaciones de las revisiones."
        ),
        "descriptors": [
            (
                "Los informes se elaboran para los socios o se archivan, y no influyen en las "
                "decisiones."
            ),
            (
                "Los hallazgos se discuten ocasionalmente, pero pocas decisiones o planes cambian "
                "como resultado."
            ),
            (
                "Los hallazgos de las revisiones alimentan el siguiente plan anual y presupuesto, "
                "y se da seguimiento a las recomendaciones."
            ),
            (
                "Los directivos usan de forma habitual los datos de monitoreo y las evaluaciones, "
                "y el sector encarga evaluaciones para responder a sus propias preguntas."
            ),
        ],
    },
    "ORG5.1": {
        "text": (
            "Los órganos de dirección se reúnen con regularidad, toman decisiones y dan "
            "seguimiento a su implementación."
        ),
        "guidance": (
            "Calendario de reuniones de dirección, actas y listas de acciones, seguimiento de las "
            "decisiones."
        ),
        "descriptors": [
            (
                "Las reuniones de dirección son escasas o irregulares, y las decisiones no se "
                "registran ni se les da seguimiento."
            ),
            (
                "La dirección se reúne con regularidad, pero las actas están incompletas y las "
                "decisiones a menudo no se implementan."
            ),
            (
                "La dirección se reúne según un calendario fijo, registra las decisiones con sus "
                "responsables y revisa su implementación."
            ),
            (
                "Las reuniones de dirección se basan en datos de desempeño, dan seguimiento a cada "
                "decisión hasta su cumplimiento y se comunican al personal."
            ),
        ],
    },
    "ORG5.2": {
        "text": (
            "Los estándares y procedimientos de prestación de servicios están documentados y se "
            "cumplen en todo el sector."
        ),
        "guidance": (
            "Estándares de servicio, procedimientos operativos estándar, hallazgos de supervisión "
            "e inspección."
        ),
        "descriptors": [
            (
                "No hay estándares de servicio escritos, y la práctica varía mucho entre unidades "
                "y lugares."
            ),
            (
                "Existen estándares para algunos servicios, pero no son ampliamente conocidos ni "
                "aplicados."
            ),
            (
                "Los estándares y procedimientos abarcan los servicios principales y se aplican en "
                "la mayoría de las unidades, según verifica la supervisión."
            ),
            (
                "Los estándares se aplican en todo el sector, su cumplimiento se mide y los "
                "resultados se publican y dan lugar a acciones."
            ),
        ],
    },
    "ORG5.3": {
        "text": (
            "Las organizaciones del sector recogen la opinión de los usuarios de los servicios y "
            "la usan para mejorarlos."
        ),
        "guidance": (
            "Encuestas a usuarios, registros de quejas, equipos de mejora de la calidad, ejemplos "
            "de cambios realizados a partir de la retroalimentación."
        ),
        "descriptors": [
            (
                "No se recoge la opinión de los usuarios de los servicios, y las quejas no se "
                "registran."
            ),
            (
                "La opinión de los usuarios se recoge ocasionalmente, por ejemplo en una encuesta "
                "financiada por un socio, pero rara vez genera cambios."
            ),
            (
                "La opinión de los usuarios se recoge con regularidad, y las unidades la usan para "
                "planificar mejoras concretas de sus servicios."
            ),
            (
                "La mejora de la calidad basada en la opinión de los usuarios es una práctica "
                "habitual, y las mejoras se miden y se comparten entre unidades."
            ),
        ],
    },
    "INS1.1": {
        "text": (
            "Una política sectorial aprobada está actualizada y es coherente con las prioridades "
            "nacionales de desarrollo."
        ),
        "guidance": (
            "Documento de política sectorial y fecha de aprobación, vínculos con el plan nacional "
            "de desarrollo."
        ),
        "descriptors": [
            (
                "No hay una política sectorial aprobada, o está desactualizada y ya no orienta las "
                "decisiones."
            ),
            (
                "Hay una política en borrador o aprobada recientemente, pero le faltan temas clave "
                "o no es coherente con las prioridades nacionales."
            ),
            (
                "Una política aprobada y vigente refleja las prioridades nacionales y es la "
                "referencia para la estrategia sectorial."
            ),
            (
                "La política está vigente, se revisa según un ciclo establecido y es ampliamente "
                "conocida por el gobierno, los socios y las partes interesadas."
            ),
        ],
    },
    "INS1.2": {
        "text": (
            "Las leyes y reglamentos definen las funciones y los estándares del sector y se hacen "
            "cumplir."
        ),
        "guidance": (
            "Legislación y reglamentos del sector, organismo regulador, registros de inspección y "
            "de sanciones."
        ),
        "descriptors": [
            (
                "Faltan leyes o reglamentos clave o son obsoletos, y los estándares no se pueden "
                "hacer cumplir."
            ),
            (
                "El marco jurídico está en gran parte establecido, pero los reglamentos están "
                "incompletos y la fiscalización de su cumplimiento es débil."
            ),
            (
                "Las leyes y reglamentos abarcan las principales áreas, y un organismo regulador "
                "inspecciona y hace cumplir los estándares."
            ),
            (
                "El marco jurídico está completo y actualizado, y su aplicación es coherente, "
                "transparente y se informa públicamente."
            ),
        ],
    },
    "INS1.3": {
        "text": (
            "Las políticas se formulan con base en evidencia y consulta, bajo el liderazgo del "
            "ministerio."
        ),
        "guidance": (
            "Unidad de análisis de políticas, estudios que respaldan las políticas recientes, "
            "registros de consultas, papel de los consultores."
        ),
        "descriptors": [
            (
                "Las políticas las redactan consultores externos o se copian, con poco análisis o "
                "consulta."
            ),
            (
                "El ministerio lidera la redacción de las políticas, pero el análisis es escaso y "
                "la consulta se limita a unos pocos socios."
            ),
            (
                "Una unidad de políticas prepara las políticas con base en análisis y consulta a "
                "las partes interesadas antes de su aprobación."
            ),
            (
                "La formulación de políticas se basa habitualmente en evidencia y consulta, y las "
                "políticas se evalúan y se revisan después de su implementación."
            ),
        ],
    },
    "INS2.1": {
        "text": (
            "Una estructura de coordinación sectorial presidida por el gobierno se reúne con "
            "regularidad y toma decisiones."
        ),
        "guidance": (
            "Términos de referencia del grupo de trabajo sectorial, calendario de reuniones, actas "
            "y decisiones, asistencia."
        ),
        "descriptors": [
            (
                "No hay una mesa de coordinación que funcione, o las reuniones las convocan y "
                "presiden los socios para el desarrollo."
            ),
            (
                "Existe una mesa presidida por el gobierno, pero se reúne de forma irregular y "
                "sirve sobre todo para intercambiar información."
            ),
            (
                "La mesa se reúne según un calendario fijo bajo la presidencia del gobierno, con "
                "términos de referencia acordados y decisiones registradas."
            ),
            (
                "La mesa fija las prioridades del sector, resuelve los temas a través de grupos de "
                "trabajo técnicos y todos sus miembros cumplen sus decisiones."
            ),
        ],
    },
    "INS2.2": {
        "text": (
            "Todos los actores principales del sector trabajan bajo un único marco sectorial de "
            "políticas, planificación y gasto."
        ),
        "guidance": (
            "Proporción de la actividad de los socios y de los actores no estatales reflejada en "
            "el plan sectorial, memorando de entendimiento o código de conducta."
        ),
        "descriptors": [
            "Cada socio y cada proyecto sigue su propio plan, y no hay un marco común.",
            (
                "Existe un plan común, pero gran parte del apoyo de los socios se planifica y "
                "gestiona al margen de él."
            ),
            (
                "La mayor parte de los recursos del gobierno y de los socios se planifica dentro "
                "del plan sectorial y del marco de gasto."
            ),
            (
                "Casi todos los recursos se planifican y revisan en un único marco, regido por un "
                "memorando de entendimiento acordado."
            ),
        ],
    },
    "INS2.3": {
        "text": (
            "El sector se coordina eficazmente con los ministerios centrales y con las reformas "
            "transversales del gobierno."
        ),
        "guidance": (
            "Relaciones con los ministerios de Finanzas, de Función Pública y de Gobiernos "
            "Locales; papel del sector en la descentralización y en la reforma del servicio civil."
        ),
        "descriptors": [
            (
                "Los planes del sector ignoran las reformas del servicio civil, de las finanzas y "
                "de la descentralización, y no hay contacto regular con los ministerios centrales."
            ),
            (
                "El sector se reúne con los ministerios centrales sobre todo en la época del "
                "presupuesto, y las decisiones de reforma a menudo lo toman por sorpresa."
            ),
            (
                "El sector participa en los espacios interinstitucionales de reforma y ajusta sus "
                "planes a las reformas acordadas."
            ),
            (
                "El sector incide activamente en las reformas transversales, y los ministerios "
                "centrales lo consultan antes de tomar decisiones que lo afectan."
            ),
        ],
    },
    "INS3.1": {
        "text": (
            "El poder legislativo y los órganos de control independientes examinan el presupuesto "
            "y el desempeño del sector."
        ),
        "guidance": (
            "Audiencias en comisiones legislativas, informes de la entidad fiscalizadora superior "
            "sobre el sector, seguimiento de las recomendaciones."
        ),
        "descriptors": [
            (
                "El poder legislativo y los órganos de control no examinan a fondo el presupuesto "
                "ni el desempeño del sector."
            ),
            (
                "El presupuesto del sector se debate, pero el desempeño rara vez se examina y no "
                "se da seguimiento a las recomendaciones."
            ),
            (
                "Una comisión legislativa examina cada año el presupuesto y el desempeño del "
                "sector, y se discuten los informes de auditoría."
            ),
            (
                "Los órganos de control examinan el sector con regularidad, y el ministerio "
                "informa públicamente sobre las medidas adoptadas en respuesta a sus "
                "recomendaciones."
            ),
        ],
    },
    "INS3.2": {
        "text": (
            "La información sobre el presupuesto, el gasto y el desempeño del sector es pública y "
            "accesible."
        ),
        "guidance": (
            "Presupuestos e informes de desempeño publicados, sitio web del ministerio, datos por "
            "establecimiento o escuela."
        ),
        "descriptors": [
            (
                "La información presupuestaria y de desempeño se considera interna y no está "
                "disponible al público."
            ),
            (
                "Se publican algunos informes, pero tarde, incompletos o en un formato que la "
                "mayoría de la ciudadanía no puede usar."
            ),
            (
                "Los informes anuales de presupuesto y desempeño se publican a tiempo y están "
                "disponibles en el nivel local."
            ),
            (
                "Los datos de presupuesto, gasto y desempeño se publican con regularidad, "
                "desagregados hasta el nivel de establecimiento, en formatos accesibles."
            ),
        ],
    },
    "INS3.3": {
        "text": (
            "Los usuarios de los servicios y la ciudadanía pueden presentar quejas y obtener "
            "reparación, y las quejas se atienden."
        ),
        "guidance": (
            "Mecanismos de quejas, comités o consejos de usuarios, estadísticas de quejas y "
            "respuestas."
        ),
        "descriptors": [
            (
                "No hay ningún canal para que la ciudadanía presente quejas, o las quejas no "
                "reciben respuesta."
            ),
            (
                "Existen canales de quejas en algunos lugares, pero los usuarios no los conocen y "
                "rara vez se da seguimiento."
            ),
            (
                "Los mecanismos de quejas se conocen y se usan, y la mayoría de las quejas recibe "
                "respuesta en los plazos establecidos."
            ),
            (
                "Las quejas se atienden dentro de los plazos, se analizan, se informan "
                "públicamente y se usan para mejorar los servicios y las políticas."
            ),
        ],
    },
    "INS4.1": {
        "text": (
            "Se consulta a la sociedad civil, al sector privado y a los interlocutores sociales "
            "sobre las políticas y los planes del sector."
        ),
        "guidance": (
            "Registros de consultas, participación de las partes interesadas en las revisiones, "
            "observaciones tomadas en cuenta."
        ),
        "descriptors": [
            (
                "No se consulta a las partes interesadas ajenas al gobierno, o estas se enteran de "
                "las políticas solo después de su adopción."
            ),
            (
                "Se invita a algunas partes interesadas a talleres, pero la consulta es tardía y "
                "sus aportes no se reflejan."
            ),
            (
                "Se consulta a las partes interesadas antes de las decisiones clave, y el gobierno "
                "explica cómo se usaron sus aportes."
            ),
            (
                "Las partes interesadas participan con regularidad en la planificación y las "
                "revisiones, y sus aportes influyen visiblemente en las políticas y los planes."
            ),
        ],
    },
    "INS4.2": {
        "text": (
            "Los órganos formales de diálogo social del sector funcionan y sus acuerdos se "
            "implementan."
        ),
        "guidance": (
            "Órganos tripartitos o bipartitos, consejos y juntas, registros de reuniones, acuerdos "
            "alcanzados y aplicados."
        ),
        "descriptors": [
            "No existe un órgano formal de diálogo social en el sector, o solo existe en el papel.",
            (
                "Existe un órgano de diálogo, pero se reúne rara vez, carece de recursos y sus "
                "acuerdos pocas veces se implementan."
            ),
            (
                "El órgano de diálogo se reúne con regularidad, con todas las partes "
                "representadas, y la mayoría de sus acuerdos se implementan."
            ),
            (
                "El diálogo social forma parte habitual de la gobernanza del sector, y los "
                "conflictos se resuelven a través de los órganos acordados."
            ),
        ],
    },
    "INS4.3": {
        "text": (
            "Los proveedores no estatales de servicios están reconocidos, regulados e incluidos en "
            "la planificación del sector."
        ),
        "guidance": (
            "Registro y regulación de los proveedores privados y no gubernamentales, sus datos en "
            "el sistema de información del sector."
        ),
        "descriptors": [
            (
                "Los proveedores no estatales operan sin registro ni supervisión, y se desconoce "
                "su contribución."
            ),
            (
                "Los proveedores no estatales están registrados, pero rara vez se los supervisa y "
                "quedan fuera de la planificación del sector."
            ),
            (
                "Los proveedores no estatales están regulados, reportan datos al sistema de "
                "información del sector y participan en la planificación."
            ),
            (
                "Los proveedores no estatales trabajan según arreglos y estándares acordados, y "
                "sus servicios forman parte plena de los planes del sector."
            ),
        ],
    },
    "INS5.1": {
        "text": (
            "El apoyo de los socios para el desarrollo está alineado con la política y el plan del "
            "sector."
        ),
        "guidance": (
            "Programas de los socios comparados con las prioridades del sector, financiamiento de "
            "los socios registrado en el plan y el presupuesto del sector."
        ),
        "descriptors": [
            (
                "Los socios financian sus propias prioridades, y el ministerio desconoce gran "
                "parte de su apoyo."
            ),
            (
                "Los socios hacen referencia al plan sectorial, pero gran parte de su apoyo "
                "todavía responde a sus propias prioridades."
            ),
            (
                "La mayor parte del apoyo de los socios financia prioridades del plan sectorial y "
                "está registrada en el presupuesto del sector."
            ),
            (
                "Casi todo el apoyo de los socios está incluido en el plan y en el presupuesto, y "
                "los nuevos programas se acuerdan primero con el ministerio."
            ),
        ],
    },
    "INS5.2": {
        "text": (
            "Los socios para el desarrollo usan los sistemas nacionales de planificación, gestión "
            "financiera, adquisiciones e informes."
        ),
        "guidance": (
            "Proporción de la ayuda que usa los sistemas nacionales de presupuesto, adquisiciones "
            "y auditoría; número de unidades paralelas de ejecución de proyectos."
        ),
        "descriptors": [
            (
                "Los socios usan sus propios procedimientos y unidades de ejecución paralelas para "
                "casi todo su apoyo."
            ),
            (
                "Unos pocos socios usan algunos sistemas nacionales, mientras que la mayoría "
                "mantiene sus propios procedimientos e informes."
            ),
            (
                "La mayor parte de los fondos de los socios usa los sistemas nacionales, y las "
                "unidades paralelas se están integrando en las estructuras del gobierno."
            ),
            (
                "Los socios usan los sistemas nacionales por defecto, con arreglos paralelos solo "
                "cuando se acuerdan y por un tiempo limitado."
            ),
        ],
    },
    "INS5.3": {
        "text": (
            "Los socios para el desarrollo armonizan sus procedimientos y se dividen el trabajo "
            "entre ellos."
        ),
        "guidance": (
            "Misiones y revisiones conjuntas, trabajo analítico conjunto, informes comunes, "
            "división del trabajo, cooperación delegada."
        ),
        "descriptors": [
            (
                "Cada socio envía sus propias misiones y pide sus propios informes, lo que impone "
                "una pesada carga al ministerio."
            ),
            (
                "Hay algunas misiones conjuntas e informes comunes, pero la mayoría de los socios "
                "sigue trabajando por separado."
            ),
            (
                "Los socios usan una única revisión conjunta e informes comunes, y han acordado "
                "una división del trabajo."
            ),
            (
                "Los socios actúan como un solo grupo, con socios líderes, cooperación delegada y "
                "un único calendario anual de misiones."
            ),
        ],
    },
    "CDE1.1": {
        "text": (
            "El sector cuenta con una estrategia o un plan de desarrollo de capacidades aprobado "
            "por el gobierno e integrado en el plan sectorial."
        ),
        "guidance": (
            "Estrategia o plan de desarrollo de capacidades, sus vínculos con el plan sectorial, "
            "quién lo redactó y aprobó."
        ),
        "descriptors": [
            (
                "No hay una estrategia de desarrollo de capacidades, y los temas de capacidad solo "
                "aparecen en documentos de proyectos aislados."
            ),
            (
                "Una estrategia de desarrollo de capacidades está en borrador o la preparó un "
                "socio, pero no está aprobada ni se usa."
            ),
            (
                "Un plan de desarrollo de capacidades aprobado fija prioridades y forma parte del "
                "plan sectorial y de sus revisiones."
            ),
            (
                "El plan está aprobado, costeado, se revisa cada año y el gobierno y los socios lo "
                "usan para decidir sobre todo el apoyo."
            ),
        ],
    },
    "CDE1.2": {
        "text": (
            "El gobierno lidera la identificación, el diseño y la gestión del apoyo al desarrollo "
            "de capacidades."
        ),
        "guidance": (
            "Quién inicia y diseña los proyectos de desarrollo de capacidades, quién aprueba los "
            "términos de referencia, papel del gobierno en los comités directivos."
        ),
        "descriptors": [
            (
                "El apoyo al desarrollo de capacidades lo identifican y diseñan los socios, y el "
                "ministerio se entera después."
            ),
            (
                "Se consulta al ministerio sobre el diseño, pero los socios deciden el alcance, "
                "los métodos y los expertos."
            ),
            (
                "El ministerio solicita apoyo según sus prioridades y aprueba los diseños, los "
                "términos de referencia y los expertos."
            ),
            (
                "El ministerio gestiona directamente el apoyo al desarrollo de capacidades, lo que "
                "incluye seleccionar, dirigir y evaluar a los expertos y proveedores."
            ),
        ],
    },
    "CDE1.3": {
        "text": (
            "El gobierno compromete tiempo de su propio personal y presupuesto propio para el "
            "desarrollo de capacidades en el sector."
        ),
        "guidance": (
            "Partidas presupuestarias para capacitación y desarrollo organizacional, personal de "
            "contraparte asignado, fondos efectivamente ejecutados."
        ),
        "descriptors": [
            (
                "El desarrollo de capacidades lo financian por completo los socios, y no se asigna "
                "personal de contraparte."
            ),
            (
                "Se asigna personal de contraparte, pero los fondos públicos para el desarrollo de "
                "capacidades son escasos o no se desembolsan."
            ),
            (
                "Existe una partida del presupuesto público para el desarrollo de capacidades y se "
                "ejecuta en gran medida según lo previsto."
            ),
            (
                "El gobierno financia una proporción creciente del desarrollo de capacidades, y "
                "los fondos de los socios complementan un plan financiado con el presupuesto."
            ),
        ],
    },
    "CDE2.1": {
        "text": (
            "Se dispone de una visión general actualizada de todas las iniciativas de desarrollo "
            "de capacidades en curso en el sector."
        ),
        "guidance": (
            "Inventario o mapeo de las iniciativas, con socio, organización destinataria, método, "
            "presupuesto y período."
        ),
        "descriptors": [
            (
                "Nadie tiene una visión general de las iniciativas de desarrollo de capacidades, y "
                "las duplicaciones se descubren por casualidad."
            ),
            "Se hizo un mapeo una vez, pero está desactualizado e incompleto.",
            (
                "El ministerio mantiene un inventario de las iniciativas y lo actualiza al menos "
                "una vez al año."
            ),
            (
                "El inventario está al día, se comparte con todos los socios y se usa para evitar "
                "duplicaciones y cubrir vacíos."
            ),
        ],
    },
    "CDE2.2": {
        "text": (
            "Los socios para el desarrollo coordinan su apoyo al desarrollo de capacidades "
            "mediante arreglos conjuntos o fondos comunes."
        ),
        "guidance": (
            "Fondos comunes de asistencia técnica o de capacitación, programas conjuntos, un grupo "
            "de trabajo sobre desarrollo de capacidades."
        ),
        "descriptors": [
            (
                "Cada socio ejecuta sus propios proyectos de desarrollo de capacidades, con "
                "procedimientos e informes separados."
            ),
            (
                "Los socios intercambian información sobre sus proyectos, pero los planifican y "
                "financian por separado."
            ),
            (
                "Varios socios apoyan el desarrollo de capacidades mediante un programa conjunto o "
                "un fondo común gestionado con el gobierno."
            ),
            (
                "La mayor parte del apoyo al desarrollo de capacidades se canaliza mediante "
                "arreglos conjuntos en el marco del plan del ministerio, con informes comunes."
            ),
        ],
    },
    "CDE2.3": {
        "text": (
            "La asistencia técnica responde a la demanda y se selecciona y gestiona bajo la "
            "dirección del gobierno."
        ),
        "guidance": (
            "Términos de referencia, selección y líneas de dependencia de los asesores; proporción "
            "de asesores que desempeñan funciones de línea."
        ),
        "descriptors": [
            (
                "Los asesores los contratan los socios, dependen de ellos y a menudo desempeñan "
                "funciones de línea en lugar del personal."
            ),
            (
                "El ministerio comenta los términos de referencia, pero los asesores todavía "
                "responden principalmente al socio que les paga."
            ),
            (
                "El ministerio define los términos de referencia, participa en la selección, y los "
                "asesores responden a los directivos del ministerio."
            ),
            (
                "El ministerio planifica, selecciona y evalúa a todos los asesores, cuyo trabajo "
                "se centra en transferir habilidades al personal."
            ),
        ],
    },
    "CDE3.1": {
        "text": (
            "Las iniciativas de desarrollo de capacidades tienen objetivos claros e indicadores de "
            "cambio en la capacidad, no solo de actividades."
        ),
        "guidance": (
            "Marcos de resultados de las iniciativas; indicadores que van más allá del número de "
            "personas capacitadas o de talleres realizados."
        ),
        "descriptors": [
            (
                "Las iniciativas solo describen actividades, y el éxito se informa como número de "
                "personas capacitadas o talleres realizados."
            ),
            (
                "Algunas iniciativas definen objetivos de capacidad, pero los indicadores todavía "
                "miden sobre todo actividades y productos."
            ),
            (
                "La mayoría de las iniciativas tiene objetivos e indicadores de cambio en la "
                "capacidad, con líneas de base."
            ),
            (
                "Todas las iniciativas vinculan sus objetivos de capacidad con el marco de "
                "resultados del sector, con líneas de base y metas."
            ),
        ],
    },
    "CDE3.2": {
        "text": (
            "Los resultados del apoyo al desarrollo de capacidades se monitorean, se evalúan y se "
            "discuten en las revisiones sectoriales."
        ),
        "guidance": (
            "Informes de monitoreo, evaluaciones de las iniciativas de desarrollo de capacidades, "
            "agenda de la revisión sectorial conjunta."
        ),
        "descriptors": [
            (
                "Los resultados del apoyo al desarrollo de capacidades no se monitorean más allá "
                "de los informes de proyecto para cada socio."
            ),
            (
                "Algunas iniciativas se evalúan, pero los hallazgos no se comparten ni se discuten "
                "en el sector."
            ),
            (
                "Los avances en el desarrollo de capacidades se informan y se discuten en la "
                "revisión sectorial conjunta anual."
            ),
            (
                "Las evaluaciones del desarrollo de capacidades se planifican conjuntamente, y sus "
                "hallazgos cambian el diseño del apoyo."
            ),
        ],
    },
    "CDE3.3": {
        "text": (
            "El apoyo al desarrollo de capacidades ha producido mejoras observables en el "
            "desempeño de las organizaciones del sector."
        ),
        "guidance": (
            "Ejemplos de cambios en la práctica, sistemas o servicios mejorados atribuibles al "
            "apoyo; opiniones de los directivos."
        ),
        "descriptors": [
            (
                "Ninguna mejora del desempeño puede vincularse con el apoyo al desarrollo de "
                "capacidades recibido en el pasado."
            ),
            (
                "Las habilidades individuales han mejorado en algunos lugares, pero el desempeño "
                "organizacional no ha cambiado de forma visible."
            ),
            (
                "Varias organizaciones apoyadas muestran mejoras claras en sus sistemas o "
                "servicios, que atribuyen al apoyo recibido."
            ),
            (
                "Las mejoras del desempeño están documentadas en todo el sector, y los enfoques "
                "que las hicieron posibles se están ampliando a escala."
            ),
        ],
    },
    "CDE4.1": {
        "text": (
            "Los métodos de desarrollo de capacidades se eligen según la brecha y el nivel de "
            "capacidad, en lugar de recurrir por defecto a la capacitación."
        ),
        "guidance": (
            "Combinación de métodos en el inventario de iniciativas, análisis que sustenta la "
            "elección del método, apoyo a sistemas e instituciones."
        ),
        "descriptors": [
            (
                "Casi todo el apoyo consiste en talleres y cursos, sea cual sea el problema de "
                "capacidad."
            ),
            (
                "Se usan otros métodos de forma ocasional, pero las elecciones responden a los "
                "hábitos de los socios más que a un análisis de necesidades."
            ),
            (
                "Los métodos se eligen después de analizar la brecha, y el apoyo atiende los "
                "niveles organizacional e institucional, no solo a las personas."
            ),
            (
                "Una combinación deliberada de métodos atiende los tres niveles de capacidad, y "
                "las elecciones se revisan según los resultados."
            ),
        ],
    },
    "CDE4.2": {
        "text": (
            "Los métodos basados en el lugar de trabajo, como el coaching, la mentoría y el "
            "aprendizaje experiencial, se usan de forma sistemática."
        ),
        "guidance": (
            "Esquemas de coaching y mentoría, aprendizaje en el puesto de trabajo, aprendizaje "
            "práctico integrado en las tareas asignadas."
        ),
        "descriptors": [
            (
                "No se usan el coaching, la mentoría ni el aprendizaje en el puesto de trabajo, y "
                "el aprendizaje solo ocurre fuera del trabajo."
            ),
            (
                "Algunos asesores o proyectos acompañan al personal, pero de manera informal y "
                "dependiendo de las personas."
            ),
            (
                "Existen esquemas estructurados de coaching o mentoría para las categorías clave "
                "de personal, con coaches capacitados y objetivos de aprendizaje acordados."
            ),
            (
                "El aprendizaje en el lugar de trabajo forma parte de la gestión habitual, y el "
                "personal nacional brinda coaching y mentoría a sus pares."
            ),
        ],
    },
    "CDE4.3": {
        "text": (
            "Se recurre al intercambio de conocimientos y al aprendizaje entre pares, incluidas "
            "giras de estudio, hermanamientos, cooperación Sur-Sur e investigación."
        ),
        "guidance": (
            "Redes de aprendizaje entre pares, acuerdos de hermanamiento, informes de giras de "
            "estudio y su seguimiento, alianzas de investigación con instituciones nacionales."
        ),
        "descriptors": [
            (
                "El personal no tiene contacto estructurado con pares de otros lugares, y las "
                "giras de estudio, si las hay, no tienen seguimiento."
            ),
            (
                "Se realizan giras de estudio e intercambios, pero no están vinculados a las "
                "prioridades y las lecciones no se aplican."
            ),
            (
                "Los intercambios, hermanamientos o acciones de cooperación Sur-Sur se planifican "
                "en función de las prioridades, y las lecciones se informan y se aplican."
            ),
            (
                "El sector forma parte de redes activas de pares, mantiene hermanamientos y "
                "alianzas de investigación a largo plazo, y comparte su propia experiencia."
            ),
        ],
    },
    "CDE5.1": {
        "text": (
            "Las capacidades desarrolladas con apoyo permanecen en las organizaciones del sector "
            "después de que termina el apoyo."
        ),
        "guidance": (
            "Retención del personal capacitado, funciones y sistemas que siguen operando tras el "
            "cierre de los proyectos, mecanismos de traspaso."
        ),
        "descriptors": [
            (
                "El personal capacitado se va, y los sistemas introducidos por los proyectos dejan "
                "de funcionar poco después de que termina el apoyo."
            ),
            (
                "Algunos sistemas y habilidades se mantienen, pero muchos dependen de personal o "
                "asesores que ya se fueron o se irán."
            ),
            (
                "La mayoría de los sistemas introducidos con apoyo sigue en uso y los maneja el "
                "personal del gobierno."
            ),
            (
                "Las capacidades creadas están incorporadas en los procedimientos y los puestos, y "
                "las organizaciones siguen mejorándolas por su cuenta."
            ),
        ],
    },
    "CDE5.2": {
        "text": (
            "Las instituciones de formación y los capacitadores nacionales se fortalecen para "
            "continuar el desarrollo de capacidades sin expertos externos."
        ),
        "guidance": (
            "Formación de formadores, esquemas de certificación, instituciones nacionales que "
            "imparten cursos, redes de expertos nacionales."
        ),
        "descriptors": [
            (
                "El desarrollo de capacidades depende de expertos extranjeros, y las instituciones "
                "nacionales no participan."
            ),
            (
                "Los capacitadores nacionales asisten a los expertos extranjeros, pero todavía no "
                "diseñan ni imparten programas por sí solos."
            ),
            (
                "Las instituciones nacionales y los capacitadores certificados imparten la mayoría "
                "de los programas de desarrollo de capacidades con apoyo externo limitado."
            ),
            (
                "Las instituciones nacionales diseñan, imparten y evalúan programas, y además "
                "brindan apoyo a otros países."
            ),
        ],
    },
    "CDE5.3": {
        "text": (
            "Los costos recurrentes y los arreglos de salida se planifican para que las funciones "
            "continúen después de que termine el apoyo de los socios."
        ),
        "guidance": (
            "Estrategias de salida en los documentos de proyecto, costos recurrentes asumidos por "
            "el presupuesto, integración de las unidades de proyecto en las estructuras."
        ),
        "descriptors": [
            (
                "Los proyectos terminan sin un plan de salida, y las funciones que financiaban se "
                "detienen cuando se acaba el dinero."
            ),
            (
                "Existen planes de salida en el papel, pero el gobierno no ha presupuestado los "
                "costos recurrentes correspondientes."
            ),
            (
                "Los planes de salida se acuerdan con el gobierno, y el presupuesto asume "
                "gradualmente los costos recurrentes y el personal."
            ),
            (
                "El apoyo se diseña desde el inicio en torno a los sistemas del gobierno, de modo "
                "que su fin no interrumpe ninguna función."
            ),
        ],
    },
}
