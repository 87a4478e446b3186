"""The demo's action plan: key issues, an endorsed and published plan, pledges and progress.

`seed_plan` is called by `seed_demo` when it first creates the demo event; everything goes through
the services, as it would through the site.
"""

import datetime
from decimal import Decimal

from actionplans import services
from actionplans.models import (
    Action,
    ActionPlan,
    ImplementationBody,
    Indicator,
    KeyIssue,
    Objective,
    Output,
    PlanVersion,
    Pledge,
    Risk,
)

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
                        4,
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


def _month(start: datetime.date, months: int) -> datetime.date:
    year, month = divmod(start.month - 1 + months, 12)
    return datetime.date(start.year + year, month + 1, 1)


def _gap_questions(event) -> tuple:
    """(latest round, its two widest-gap questions) or (None, [])."""
    from assessments.models import Question
    from assessments.selectors import round_results

    assessment_round = event.assessment_rounds.order_by("-number").first()
    if assessment_round is None:
        return None, []
    priorities = round_results(assessment_round=assessment_round)["priorities"][:2]
    questions = Question.objects.in_bulk([row["pk"] for row in priorities])
    return assessment_round, [questions[row["pk"]] for row in priorities]


def seed_plan(*, event, users: dict, orgs: dict) -> PlanVersion:
    """Build the demo plan of `event` and take it through endorsement to donors' pledges.

    `users` holds the demo people by username (including "facilitator", "member1".."member5",
    "stakeholder1".."stakeholder5" and "donor"); `orgs` the demo organisations by key.
    If the event already has a plan, nothing is added and its latest version is returned.
    """
    if ActionPlan.objects.filter(event=event).exists():
        return PlanVersion.objects.filter(plan__event=event).order_by("-number").first()
    facilitator = users["facilitator"]

    assessment_round, gap_questions = _gap_questions(event)
    issues = []
    for index, (title, description) in enumerate(KEY_ISSUES):
        linked = index < 2 and index < len(gap_questions)
        issues.append(
            services.key_issue_create(
                event=event,
                title=title,
                description=description,
                source=KeyIssue.Source.GAP if linked else KeyIssue.Source.GROUP,
                assessment_round=assessment_round if linked else None,
                questions=[gap_questions[index]] if linked else [],
                created_by=users["member1"],
            )
        )

    # Four members have placed their dots; member5 has not voted yet, and the vote stays open.
    for username, dots in (
        ("member1", (3, 2, 0)),
        ("member2", (2, 1, 2)),
        ("member3", (1, 3, 1)),
        ("member4", (2, 2, 1)),
    ):
        for issue, count in zip(issues, dots, strict=True):
            if count:
                services.vote_cast(key_issue=issue, voter=users[username], dots=count)

    plan = services.plan_create(event=event, title="Uganda health sector capacity development plan")
    start = _month(event.day1, 1)
    for objective_order, (objective_title, outcome, outputs) in enumerate(CHAIN):
        objective = services.plan_part_save(
            instance=Objective(plan=plan, title=objective_title, order=objective_order),
            expected_version=None,
        )
        _indicator(objective=objective, spec=outcome, year=start.year)
        for output_order, (output_title, output_indicator, actions) in enumerate(outputs):
            output = services.plan_part_save(
                instance=Output(objective=objective, title=output_title, order=output_order),
                expected_version=None,
            )
            indicator = _indicator(output=output, spec=output_indicator, year=start.year)
            for order, spec in enumerate(actions):
                title, org, offset, months, method, cost, currency, issue = spec
                starts_on = _month(start, offset)
                services.plan_part_save(
                    instance=Action(
                        output=output,
                        title=title,
                        responsible_organisation=orgs[org],
                        lead_person="",
                        starts_on=starts_on,
                        ends_on=_month(starts_on, months) - datetime.timedelta(days=1),
                        cd_method=method,
                        estimated_cost=Decimal(cost),
                        currency=currency,
                        order=order,
                    ),
                    expected_version=None,
                    m2m={
                        "indicators": [indicator],
                        "key_issues": [issues[issue]],
                        "supporting_partners": [orgs["who"]] if currency == "USD" else [],
                    },
                )
    for kind, description, mitigation in [
        (
            Risk.Kind.RISK,
            "Trained district staff are transferred before they can apply what they learnt.",
            "Agree with the Ministry of Public Service to keep trainees in post for two years.",
        ),
        (
            Risk.Kind.RISK,
            "Medicine budget releases stay late despite the calendar.",
            "The steering committee reviews releases every quarter.",
        ),
        (
            Risk.Kind.ASSUMPTION,
            "The e-LMIS is rolled out to all districts by the end of the first year.",
            "",
        ),
    ]:
        services.plan_part_save(
            instance=Risk(plan=plan, kind=kind, description=description, mitigation=mitigation),
            expected_version=None,
        )
    for kind, name, convener, members, frequency in [
        (
            ImplementationBody.Kind.STEERING_COMMITTEE,
            "Health CD steering committee",
            "moh",
            ["mofped", "mops", "who", "danida", "eu"],
            "Every quarter",
        ),
        (
            ImplementationBody.Kind.SECRETARIAT,
            "CD secretariat in the Planning Department",
            "moh",
            ["nms"],
            "Every week",
        ),
    ]:
        services.plan_part_save(
            instance=ImplementationBody(
                plan=plan,
                kind=kind,
                name=name,
                convener=orgs[convener],
                meeting_frequency=frequency,
            ),
            expected_version=None,
            m2m={"members": [orgs[key] for key in members]},
        )

    version = services.plan_freeze(plan=plan, frozen_by=facilitator)
    for org, (stance, comment, username) in POSITIONS.items():
        services.position_record(
            version=version,
            organisation=orgs[org],
            stance=stance,
            comment=comment,
            recorded_by=users[username] if username else facilitator,
        )
    version = services.endorsement_close(version=version)
    version = services.version_publish(version=version)

    actions = list(Action.objects.filter(output__objective__plan=plan).order_by("pk"))
    donor = users["donor"]
    for action, amount, currency, status in [
        (actions[0], "100000", "USD", Pledge.Status.COMMITTED),
        (actions[4], "120000", "USD", Pledge.Status.INDICATED),
        (actions[2], "150000000", "UGX", Pledge.Status.INDICATED),
    ]:
        services.pledge_save(
            pledge=Pledge(
                action=action,
                version=version,
                donor=donor,
                amount=Decimal(amount),
                currency=currency,
                status=status,
            )
        )
    today = event.local_today()
    services.progress_record(
        action=actions[0],
        status="on_track",
        percent_complete=10,
        date=today,
        note="Coaching teams recruited; first district visits scheduled.",
        recorded_by=users["member1"],
    )
    services.progress_record(
        action=actions[7],
        status="not_started",
        percent_complete=0,
        date=today,
        note="Waiting for the Ghana ministry to confirm dates.",
        recorded_by=users["member2"],
    )
    return version


def _indicator(*, spec, year, objective=None, output=None) -> Indicator:
    description, unit, baseline, target = spec
    return services.plan_part_save(
        instance=Indicator(
            objective=objective,
            output=output,
            description=description,
            unit=unit,
            baseline_value=Decimal(baseline),
            baseline_year=year,
            target_value=Decimal(target),
            target_year=year + 3,
            means_of_verification="Ministry of Health annual sector performance report",
        ),
        expected_version=None,
    )
