"""The demo network's content: a multi-donor basket fund's programme for capacity development in
the health sectors of Kenya, Tanzania and Uganda, its members, last year's and this year's
shared needs with the members' points, its two clusters and their work plans."""

from cdfacil.models import Organisation

Kind = Organisation.Kind

NETWORK_NAME = "East Africa Health Capacity Development Programme"
NETWORK_ACRONYM = "EAHCD"
NETWORK_DESCRIPTION = (
    "A programme of the health basket fund of Denmark and the European Union for capacity "
    "development across Kenya, Tanzania and Uganda. Each year the members raise their needs, "
    "the secretariat in Kampala consolidates them, and every member spreads ten points over the "
    "shared ones; two thematic clusters then plan and report the work on the top priorities."
)
# The secretariat sits in Kampala, as the demo's events.
NETWORK_TIME_ZONE = "Africa/Kampala"

# Organisations the demo does not have yet: key: (name, acronym, kind, country)
NETWORK_ORGANISATIONS = {
    "secretariat": (
        "East Africa Health Capacity Development Programme Secretariat",
        "EAHCD",
        Kind.OTHER,
        "UG",
    ),
    "amref": ("Amref Health Africa in Kenya", "Amref", Kind.CIVIL_SOCIETY, "KE"),
    "kmtc": ("Kenya Medical Training College", "KMTC", Kind.ACADEMIA, "KE"),
    "khf": ("Kenya Healthcare Federation", "KHF", Kind.PRIVATE_SECTOR, "KE"),
    "ihi": ("Ifakara Health Institute", "IHI", Kind.ACADEMIA, "TZ"),
    "muhas": (
        "Muhimbili University of Health and Allied Sciences",
        "MUHAS",
        Kind.ACADEMIA,
        "TZ",
    ),
    "aphfta": (
        "Association of Private Health Facilities in Tanzania",
        "APHFTA",
        Kind.PRIVATE_SECTOR,
        "TZ",
    ),
}

# The twelve members (organisation keys, the demo's own first) and the username of each one's
# representative; the three new logins are the secretariat, the convener of cluster 1 (Amref)
# and a member representative whose organisation has not voted yet (Ifakara).
MEMBERS = {
    "moh": "member1",
    "nms": "stakeholder5",
    "unhco": "stakeholder1",
    "uhf": "stakeholder2",
    "mak": "stakeholder3",
    "uma": "stakeholder4",
    "amref": "convener",
    "kmtc": "kmtc-rep",
    "khf": "khf-rep",
    "ihi": "representative",
    "muhas": "muhas-rep",
    "aphfta": "aphfta-rep",
}

# username: (first name, last name, organisation key, job title)
NETWORK_PEOPLE = {
    "secretariat": ("Amina", "Wekesa", "secretariat", "Programme Manager"),
    "secretariat2": ("Daniel", "Mrema", "secretariat", "Monitoring and Learning Officer"),
    "convener": ("Wanjiru", "Kamau", "amref", "Head of Capacity Development"),
    "kmtc-rep": ("Peter", "Otieno", "kmtc", "Deputy Director, Academics"),
    "khf-rep": ("Faith", "Chebet", "khf", "Programmes Coordinator"),
    "representative": ("Baraka", "Mwakyusa", "ihi", "Research Uptake Manager"),
    "muhas-rep": ("Rehema", "Said", "muhas", "Senior Lecturer, Public Health"),
    "aphfta-rep": ("Joseph", "Massawe", "aphfta", "Quality Improvement Officer"),
}
NETWORK_LOGINS = ["secretariat", "convener", "representative"]

# Last year's shared needs: key: (title, theme, level, the members who raised it)
LAST_YEAR_NEEDS = {
    "hmis": (
        "Use of routine health data in district reviews",
        "Planning and information",
        "organizational",
        ["moh", "ihi"],
    ),
    "mentoring": (
        "Mentorship for newly qualified nurses and midwives",
        "Health workforce",
        "individual",
        ["kmtc", "amref"],
    ),
    "stock": (
        "Forecasting and ordering of essential medicines",
        "Medicines supply",
        "organizational",
        ["nms", "aphfta"],
    ),
    "retention": (
        "Retention of health workers in remote districts",
        "Health workforce",
        "institutional",
        ["amref", "muhas"],
    ),
    "voice": (
        "Citizens' voice in district health services",
        "Accountability",
        "organizational",
        ["unhco"],
    ),
    "finance": (
        "Budget execution for district health services",
        "Public finance",
        "institutional",
        ["moh", "uhf"],
    ),
    "leaders": (
        "Leadership training for health facility in-charges",
        "Leadership and management",
        "individual",
        ["uma", "mak"],
    ),
    "research": (
        "Research uptake in health policy",
        "Research",
        "institutional",
        ["ihi", "mak", "khf"],
    ),
}
# Last year's ballots: member: {need: points}, ten each, from eleven members (Kenya Healthcare
# Federation did not vote).
LAST_YEAR_BALLOTS = {
    "moh": {"hmis": 5, "finance": 3, "leaders": 2},
    "nms": {"stock": 7, "hmis": 3},
    "unhco": {"voice": 6, "retention": 2, "hmis": 2},
    "uhf": {"finance": 4, "stock": 3, "hmis": 3},
    "mak": {"research": 4, "leaders": 3, "mentoring": 3},
    "uma": {"leaders": 5, "retention": 5},
    "amref": {"mentoring": 4, "retention": 4, "voice": 2},
    "kmtc": {"mentoring": 6, "retention": 4},
    "ihi": {"research": 5, "hmis": 5},
    "muhas": {"retention": 4, "mentoring": 3, "research": 3},
    "aphfta": {"stock": 6, "finance": 4},
}

# This year's shared needs: key: (title, theme, level, last year's need it continues or None,
# the members who raised it). Three come from the key issues of the published plan of the
# district health services event and two from the largest gaps of its baseline (see `PLAN_NEEDS`).
NEEDS = {
    "evidence": (
        "Use of health information in district planning",
        "Planning and information",
        "organizational",
        "hmis",
        ["moh", "ihi"],
    ),
    "coordination": (
        "One joint plan for partners' support to districts",
        "Partner coordination",
        "institutional",
        None,
        ["unhco"],
    ),
    "supply": (
        "Timely ordering and release of essential medicines",
        "Medicines supply",
        "organizational",
        "stock",
        ["nms", "aphfta"],
    ),
    "management": (
        "District management teams that decide and follow up",
        "Leadership and management",
        "organizational",
        "leaders",
        ["uma"],
    ),
    "measuring": (
        "Measuring changed capacity, not only activities",
        "Monitoring and learning",
        "institutional",
        None,
        ["muhas"],
    ),
    "mentoring": (
        "Mentorship for newly deployed health workers",
        "Health workforce",
        "individual",
        "mentoring",
        ["kmtc", "amref", "mak"],
    ),
    "retention": (
        "Keeping health workers in hard-to-reach districts",
        "Health workforce",
        "institutional",
        "retention",
        ["amref", "moh"],
    ),
    "private": (
        "Private facilities in the national health information system",
        "Planning and information",
        "organizational",
        None,
        ["uhf", "khf", "aphfta"],
    ),
    "scorecards": (
        "Community scorecards on district health services",
        "Accountability",
        "organizational",
        "voice",
        ["unhco"],
    ),
    "skills": (
        "Skills labs for continuous professional development",
        "Health workforce",
        "individual",
        None,
        ["kmtc", "uma"],
    ),
}
# The need each of the plan's three key issues went into, in the plan's order, and the need
# each of its two largest gaps went into, widest first.
PLAN_NEEDS = {
    "key_issues": ["evidence", "coordination", "supply"],
    "gaps": ["management", "measuring"],
}
# This year's ballots, from nine members: seven spend all ten points, UMA 8 and KMTC 9.
# Ifakara, Kenya Healthcare Federation and APHFTA have not voted yet.
BALLOTS = {
    "moh": {"evidence": 4, "coordination": 3, "management": 3},
    "nms": {"supply": 6, "evidence": 2, "measuring": 2},
    "unhco": {"scorecards": 5, "coordination": 3, "evidence": 2},
    "uhf": {"private": 5, "supply": 3, "evidence": 2},
    "mak": {"mentoring": 4, "measuring": 3, "evidence": 3},
    "uma": {"skills": 4, "management": 2, "retention": 2},
    "amref": {"retention": 4, "mentoring": 4, "scorecards": 2},
    "kmtc": {"skills": 5, "mentoring": 4},
    "muhas": {"measuring": 4, "mentoring": 3, "retention": 3},
}

# The clusters: key: (theme, description, convener, focal point (username), members with the
# months since they joined, focus areas: (title, [need keys]))
CLUSTERS = {
    "workforce": (
        "Health workforce development",
        "Mentorship, continuous professional development and retention of health workers, "
        "planned together by training institutions, associations and the ministry.",
        "amref",
        "secretariat",
        {"amref": 20, "kmtc": 20, "muhas": 18, "mak": 14, "uma": 10, "moh": 8},
        [
            ("Mentorship of newly deployed health workers", ["mentoring"]),
            ("Skills labs and continuous professional development", ["skills"]),
            ("Retention in hard-to-reach districts", ["retention"]),
        ],
    ),
    "planning": (
        "District planning and health information",
        "District teams that plan on their own data, with partners' support in one plan and "
        "medicines ordered on time.",
        "moh",
        "secretariat2",
        {"moh": 20, "nms": 20, "unhco": 16, "uhf": 12, "ihi": 12, "khf": 12, "aphfta": 6},
        [
            ("Data use in district reviews", ["evidence", "private"]),
            ("Joint planning of partners' support", ["coordination", "management"]),
            ("Medicines ordering and supply", ["supply"]),
        ],
    ),
}
# Kenya Healthcare Federation left the planning cluster some weeks ago, after reporting on the
# last half-year.
LEFT_CLUSTER = ("planning", "khf")

# The activities (4W): (cluster, member, partners, title, country, region, months from today
# to its start, months it lasts, status, budget, currency, own funds, focus area indexes in the
# cluster, the demo plan's action it carries out (title) or None)
ACTIVITIES = [
    (
        "workforce", "amref", ["kmtc"],
        "Mentorship programme for newly posted nurses in Turkana and Marsabit",
        "KE", "Turkana", -10, 18, "ongoing", "180000", "USD", "60000", [0], None,
    ),
    (
        "workforce", "kmtc", [],
        "Clinical mentors' course for KMTC campus tutors",
        "KE", "Nairobi", -8, 6, "done", "42000", "USD", "42000", [0], None,
    ),
    (
        "workforce", "kmtc", [],
        "Skills lab for emergency obstetric care at the Kisumu campus",
        "KE", "Kisumu", -3, 12, "ongoing", "95000", "USD", "30000", [1], None,
    ),
    (
        "workforce", "muhas", ["amref"],
        "Mentorship for newly deployed midwives in Dodoma region",
        "TZ", "Dodoma", -7, 14, "ongoing", "65000", "USD", "0", [0], None,
    ),
    (
        "workforce", "muhas", [],
        "Online CPD modules for district medical officers",
        "TZ", "Dar es Salaam", 1, 10, "planned", "38000", "USD", "0", [1], None,
    ),
    (
        "workforce", "mak", [],
        "Planning and budgeting course for district planners",
        "UG", "Kampala", -9, 6, "done", "95000", "USD", "95000", [1],
        "Planning and budgeting course with Makerere",
    ),
    (
        "workforce", "uma", [],
        "Peer mentorship for medical officers in Karamoja",
        "UG", "Karamoja", -4, 12, "ongoing", "180000000", "UGX", "40000000", [0], None,
    ),
    (
        "planning", "moh", [],
        "Quarterly data-review meetings in Mbale, Tororo and Soroti districts",
        "UG", "Eastern", -9, 24, "ongoing", "120000000", "UGX", "45000000", [0],
        "Set up quarterly data-review meetings in 40 districts",
    ),
    (
        "planning", "moh", ["unhco"],
        "Joint district plan of partners' support in West Nile",
        "UG", "West Nile", -5, 9, "ongoing", "85000000", "UGX", "20000000", [1], None,
    ),
    (
        "planning", "nms", [],
        "Ordering-cycle coaching for district stores in northern Uganda",
        "UG", "Northern", -8, 12, "ongoing", "160000000", "UGX", "60000000", [2], None,
    ),
    (
        "planning", "unhco", [],
        "Community scorecards in five districts of Busoga",
        "UG", "Busoga", -6, 12, "ongoing", "98000000", "UGX", "0", [1], None,
    ),
    (
        "planning", "uhf", ["aphfta"],
        "Private clinics reporting to DHIS2: a pilot in Wakiso district",
        "UG", "Wakiso", -10, 12, "ongoing", "70000", "USD", "15000", [0], None,
    ),
    (
        "planning", "khf", [],
        "Private hospitals' data officers trained on DHIS2 in Nairobi",
        "KE", "Nairobi", -11, 5, "done", "28000", "USD", "28000", [0], None,
    ),
    (
        "planning", "ihi", [],
        "District data-use dashboards in Morogoro region",
        "TZ", "Morogoro", -5, 12, "ongoing", "210000000", "TZS", "60000000", [0], None,
    ),
    (
        "planning", "aphfta", [],
        "Pooled procurement of essential medicines for private facilities",
        "TZ", "Dar es Salaam", -2, 12, "ongoing", "150000000", "TZS", "0", [2], None,
    ),
    (
        "planning", "ihi", [],
        "Study of medicines stock-outs in Tanzanian district hospitals",
        "TZ", "Mtwara", 2, 8, "planned", "45000", "USD", "0", [2], None,
    ),
]  # fmt: skip

# In the period still open, who has reported so far (members, by cluster).
OPEN_PERIOD_REPORTED = {"workforce": ["amref", "kmtc"], "planning": ["moh", "nms", "uhf"]}

# The demo donor's support: (focus area (cluster, index) or activity title, amount, currency,
# status, note)
NETWORK_PLEDGES = [
    (("planning", 0), "120000", "EUR", "committed", "From the EU's health systems envelope."),
    (
        "Mentorship for newly deployed midwives in Dodoma region",
        "30000",
        "USD",
        "indicated",
        "To be confirmed after the mid-term review.",
    ),
]
