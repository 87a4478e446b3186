"""The default questions of a workshop's evaluation, as data in the four languages (the
participants' evaluation of seed 003: relevance, methods, materials, facilitation, organisation,
overall satisfaction, then what to keep and what to change). Each new evaluation gets a copy,
which its facilitators adapt."""

from django.utils.translation import gettext_lazy as _

RATING, TEXT = "rating", "text"

# code, kind, text per language
DEFAULT_QUESTIONS = [
    (
        "relevance",
        RATING,
        {
            "en": "How relevant was the programme to your needs?",
            "fr": "Dans quelle mesure le programme répondait-il à vos besoins ?",
            "es": "¿En qué medida respondió el programa a sus necesidades?",
            "pt": "Em que medida o programa respondeu às suas necessidades?",
        },
    ),
    (
        "methods",
        RATING,
        {
            "en": "How effective were the methods used?",
            "fr": "Quelle a été l'efficacité des méthodes utilisées ?",
            "es": "¿Qué tan eficaces fueron los métodos utilizados?",
            "pt": "Quão eficazes foram os métodos utilizados?",
        },
    ),
    (
        "materials",
        RATING,
        {
            "en": "How useful were the materials?",
            "fr": "Quelle a été l'utilité des documents et supports ?",
            "es": "¿Qué tan útiles fueron los materiales?",
            "pt": "Quão úteis foram os materiais?",
        },
    ),
    (
        "facilitation",
        RATING,
        {
            "en": "How good was the facilitation?",
            "fr": "Comment jugez-vous l'animation ?",
            "es": "¿Cómo valora la facilitación?",
            "pt": "Como avalia a facilitação?",
        },
    ),
    (
        "organisation",
        RATING,
        {
            "en": "How good were the organisation and logistics?",
            "fr": "Comment jugez-vous l'organisation et la logistique ?",
            "es": "¿Cómo valora la organización y la logística?",
            "pt": "Como avalia a organização e a logística?",
        },
    ),
    (
        "overall",
        RATING,
        {
            "en": "Overall, how satisfied are you with the workshop?",
            "fr": "Dans l'ensemble, êtes-vous satisfait(e) de l'atelier ?",
            "es": "En general, ¿qué tan satisfecho/a está con el taller?",
            "pt": "No geral, qual é a sua satisfação com a oficina?",
        },
    ),
    (
        "keep",
        TEXT,
        {
            "en": "What should we keep?",
            "fr": "Que faut-il garder ?",
            "es": "¿Qué deberíamos mantener?",
            "pt": "O que devemos manter?",
        },
    ),
    (
        "change",
        TEXT,
        {
            "en": "What should we change?",
            "fr": "Que faut-il changer ?",
            "es": "¿Qué deberíamos cambiar?",
            "pt": "O que devemos mudar?",
        },
    ),
]

# Short names of the default questions, for charts and the comparison of events.
SHORT_LABELS = {
    "relevance": _("Relevance"),
    "methods": _("Methods"),
    "materials": _("Materials"),
    "facilitation": _("Facilitation"),
    "organisation": _("Organisation"),
    "overall": _("Overall"),
    "keep": _("What to keep"),
    "change": _("What to change"),
}
CODE_ORDER = {code: index for index, (code, _kind, _text) in enumerate(DEFAULT_QUESTIONS)}

# The words of the 1-5 scale, shown on each choice.
SCALE_WORDS = {
    1: _("Poor"),
    2: _("Fair"),
    3: _("Good"),
    4: _("Very good"),
    5: _("Excellent"),
}
