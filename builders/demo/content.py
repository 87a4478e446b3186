"""The demo's people and organisations: who they are, where they work, what they do in the event."""

from cdfacil.models import Organisation
from cdfacil.organisations import INTERNATIONAL
from events.models import Participation

Kind = Organisation.Kind
Role = Participation.Role

DEMO_PASSWORD = "demo"
DEMO_TIME_ZONE = "Africa/Kampala"
# The three events of the demo, in the same sector, country and organisations: one whose plan is
# followed up, one in core-group work this week (the demo logins' roles are theirs in it) and one
# in preparation. Day 1 of each is counted from today (`builders.demo.dates`).
FOLLOW_UP_TITLE = "Joint approach to capacity development in Uganda's district health services"
DEMO_TITLE = "Joint approach to capacity development in the Uganda health sector"
PREPARATION_TITLE = "Joint approach to capacity development in Uganda's medicines supply chain"
DEMO_TITLES = (FOLLOW_UP_TITLE, DEMO_TITLE, PREPARATION_TITLE)
VENUES = {
    FOLLOW_UP_TITLE: "Speke Resort, Munyonyo",
    DEMO_TITLE: "Imperial Royale Hotel, Kampala",
    PREPARATION_TITLE: "Hotel Africana, Kampala",
}

ORGANISATIONS = {
    "moh": ("Ministry of Health", "MoH", Kind.GOVERNMENT, "UG"),
    "mofped": (
        "Ministry of Finance, Planning and Economic Development",
        "MoFPED",
        Kind.GOVERNMENT,
        "UG",
    ),
    "mops": ("Ministry of Public Service", "MoPS", Kind.GOVERNMENT, "UG"),
    "nms": ("National Medical Stores", "NMS", Kind.GOVERNMENT, "UG"),
    "who": (
        "World Health Organization, Uganda Country Office",
        "WHO",
        Kind.DEVELOPMENT_PARTNER,
        "UG",
    ),
    "danida": ("Royal Danish Embassy, Kampala", "Danida", Kind.DEVELOPMENT_PARTNER, "UG"),
    "eu": ("Delegation of the European Union to Uganda", "EU", Kind.DEVELOPMENT_PARTNER, "UG"),
    "unhco": ("Uganda National Health Consumers' Organisation", "UNHCO", Kind.CIVIL_SOCIETY, "UG"),
    "uhf": ("Uganda Healthcare Federation", "UHF", Kind.PRIVATE_SECTOR, "UG"),
    "mak": ("Makerere University School of Public Health", "MakSPH", Kind.ACADEMIA, "UG"),
    "uma": ("Uganda Medical Association", "UMA", Kind.OTHER, "UG"),
    "lencd": ("Learning Network on Capacity Development", "LenCD", Kind.OTHER, INTERNATIONAL),
}

# username: (first name, last name, organisation, role in the event, lead, job title)
PEOPLE = {
    "facilitator": ("Hanna", "Lindqvist", "lencd", Role.FACILITATOR, False, "Lead facilitator"),
    "facilitator2": ("Kwame", "Mensah", "lencd", Role.FACILITATOR, False, "Co-facilitator"),
    "member1": ("Sarah", "Nakato", "moh", Role.CORE_GROUP, True, "Commissioner, Planning"),
    "member2": ("Joseph", "Ssempijja", "mofped", Role.CORE_GROUP, False, "Principal Economist"),
    "member3": ("Grace", "Atim", "mops", Role.CORE_GROUP, False, "Assistant Commissioner, HR"),
    "member4": ("Peter", "Mwesigwa", "who", Role.CORE_GROUP, False, "Health Systems Adviser"),
    "member5": ("Lars", "Jensen", "danida", Role.CORE_GROUP, False, "Counsellor, Health"),
    "stakeholder1": ("Ruth", "Namutebi", "unhco", Role.STAKEHOLDER, False, "Programme Manager"),
    "stakeholder2": ("David", "Okello", "uhf", Role.STAKEHOLDER, False, "Executive Director"),
    "stakeholder3": ("Esther", "Nansubuga", "mak", Role.STAKEHOLDER, False, "Senior Lecturer"),
    "stakeholder4": ("Moses", "Kato", "uma", Role.STAKEHOLDER, False, "Secretary General"),
    "stakeholder5": ("Irene", "Achieng", "nms", Role.STAKEHOLDER, False, "Head of Planning"),
}

LOGINS = [
    "facilitator",
    "member1",
    "member2",
    "member3",
    "member4",
    "member5",
    "stakeholder1",
    # The demo network's secretariat, the convener of its first cluster, a member representative.
    "secretariat",
    "convener",
    "representative",
    "donor",
    "admin",
]

# The owners of the preparation checklist's items, in the order of their due dates.
CHECKLIST_OWNERS = [
    "facilitator",
    "member1",
    "member1",
    "facilitator",
    "member1",
    "member3",
    "facilitator2",
    "facilitator",
    "facilitator",
]

# (category, description, funder org key, source, amount, currency)
BUDGET = [
    (
        "facilitator_fees",
        "Two facilitators, 12 days each",
        "danida",
        "basket_fund",
        "28800",
        "USD",
    ),
    ("travel", "International flights and per diem", "eu", "basket_fund", "7400", "USD"),
    (
        "venue_logistics",
        "Venue, catering and equipment, 5 days",
        "moh",
        "country_partner",
        "21500000",
        "UGX",
    ),
    (
        "other",
        "Printing of background documents",
        "moh",
        "country_partner",
        "1800000",
        "UGX",
    ),
]

# What the consensus session wrote beside each agreed score, in turn: the reason the group gave,
# and, where members' ratings were far apart, who saw it otherwise and why.
CONSENSUS_RATIONALES = (
    "Agreed after the group compared the 2025 joint sector review with the staff survey.",
    "The district visits showed the guidelines exist but are not applied; the group settled on "
    "the lower score.",
    "Training records show the courses run, but no follow-up of what trainees apply.",
    "The budget execution reports for the last two years were decisive.",
    "The group took the view of the Public Service Commission's latest audit.",
    "Partners confirmed that most of their support still runs through parallel systems.",
    "Agreed quickly: everyone had seen the same gaps in the field.",
    "The ministry's own staffing figures settled the discussion.",
)
CONSENSUS_DISSENTS = (
    "The development partners rated this one point lower.",
    "The Ministry of Finance sees the budget side as stronger than the group does.",
    "One member finds the score too generous for the northern districts.",
)
