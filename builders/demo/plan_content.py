"""The demo plan's content: its chain of results, key issues and organisations' positions."""

# (objective, outcome indicator, [(output, output indicator, [action, ...]), ...])
# an action: (title, responsible org key, start month offset, months, method, cost, currency,
#             key issue index)
CHAIN = [
    (
        "District health teams plan and manage their services on evidence",
        ("Districts whose annual health plan meets the national standard", "%", 35, 85),
        [
            (
                "District planners trained and coached in evidence-based planning",
                ("District planners certified in planning and budgeting", "people", 20, 120),
                [
                    (
                        "Coach district planning teams on site",
                        "moh",
                        1,
                        18,
                        "coaching",
                        "180000",
                        "USD",
                        0,
                    ),
                    (
                        "Planning and budgeting course with Makerere",
                        "mak",
                        2,
                        6,
                        "training",
                        "95000",
                        "USD",
                        0,
                    ),
                ],
            ),
            (
                "Health management information used in district reviews",
                ("Quarterly district reviews that use HMIS data", "%", 30, 90),
                [
                    (
                        "Set up quarterly data-review meetings in 40 districts",
                        "moh",
                        1,
                        24,
                        "experiential_learning",
                        "310000000",
                        "UGX",
                        1,
                    ),
                    (
                        "Twin 10 weak districts with strong performers",
                        "mops",
                        3,
                        12,
                        "twinning",
                        "140000000",
                        "UGX",
                        1,
                    ),
                ],
            ),
        ],
    ),
    (
        "Essential medicines reach health facilities on time",
        ("Facilities with no stock-out of tracer medicines in the quarter", "%", 55, 90),
        [
            (
                "Supply-chain staff apply the new ordering system",
                ("Facilities ordering on time through the e-LMIS", "%", 40, 95),
                [
                    (
                        "Train stores staff on the e-LMIS ordering cycle",
                        "nms",
                        2,
                        9,
                        "training",
                        "120000",
                        "USD",
                        2,
                    ),
                    (
                        "Study tour to the Rwanda medical stores",
                        "nms",
                        1,
                        1,
                        "exposure",
                        "45000",
                        "USD",
                        2,
                    ),
                ],
            ),
            (
                "Budget releases for medicines aligned with the ordering calendar",
                ("Quarterly medicine releases made within 15 days", "releases", 1, 4),
                [
                    (
                        "Agree a joint release calendar with the Ministry of Finance",
                        "mofped",
                        1,
                        6,
                        "knowledge_sharing",
                        "60000000",
                        "UGX",
                        2,
                    ),
                    (
                        "South-South exchange on medicine financing with Ghana",
                        "mofped",
                        6,
                        3,
                        "south_south",
                        "38000",
                        "USD",
                        1,
                    ),
                ],
            ),
        ],
    ),
]

KEY_ISSUES = [
    (
        "Weak use of evidence in district planning",
        "District plans are rarely based on the health information that the districts collect.",
    ),
    (
        "Fragmented support from development partners",
        "Training and tools come from many partners without a shared plan.",
    ),
    (
        "Stock-outs caused by late ordering and late releases",
        "Written by the core group after the supply-chain discussion on day 3.",
    ),
]

# organisation key: (position, comment, username of who records it; None: the facilitator)
POSITIONS = {
    "moh": ("endorse", "The Ministry will lead the implementation.", "member1"),
    "mofped": ("endorse", "", "member2"),
    "mops": (
        "reservations",
        "Staffing for the twinning needs a decision by the Public Service Commission.",
        "member3",
    ),
    "who": ("endorse", "", "member4"),
    "danida": ("reservations", "Costs of the coaching should be reviewed after a year.", "member5"),
    "unhco": (
        "object",
        "Health consumers are not represented on the steering committee.",
        "stakeholder1",
    ),
    "uhf": ("endorse", "Given in the room.", None),
    "mak": ("endorse", "", "stakeholder3"),
}

# (kind, description, mitigation)
RISKS = [
    (
        "risk",
        "Trained district staff are transferred before they can apply what they learnt.",
        "Agree with the Ministry of Public Service to keep trainees in post for two years.",
    ),
    (
        "risk",
        "Medicine budget releases stay late despite the calendar.",
        "The steering committee reviews releases every quarter.",
    ),
    (
        "assumption",
        "The e-LMIS is rolled out to all districts by the end of the first year.",
        "",
    ),
]

# (kind, name, convener org key, member org keys, meeting frequency)
BODIES = [
    (
        "steering_committee",
        "Health CD steering committee",
        "moh",
        ["mofped", "mops", "who", "danida", "eu"],
        "Every quarter",
    ),
    (
        "secretariat",
        "CD secretariat in the Planning Department",
        "moh",
        ["nms"],
        "Every week",
    ),
]

# Four members have placed their dots (one count per key issue); member5 has not voted yet.
DOTS = [
    ("member1", (3, 2, 0)),
    ("member2", (2, 1, 2)),
    ("member3", (1, 3, 1)),
    ("member4", (2, 2, 1)),
]

# (index of the action in creation order, amount, currency, status)
PLEDGES = [
    (0, "100000", "USD", "committed"),
    (4, "120000", "USD", "indicated"),
    (2, "150000000", "UGX", "indicated"),
]

# (index of the action in creation order, status, percent complete, note, username, the number of
# days after the endorsement workshop it was recorded)
PROGRESS = [
    (
        0,
        "on_track",
        10,
        "Coaching teams recruited; first district visits scheduled.",
        "member1",
        60,
    ),
    (7, "not_started", 0, "Waiting for the Ghana ministry to confirm dates.", "member2", 90),
]
