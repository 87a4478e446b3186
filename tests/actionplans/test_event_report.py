"""The event report completes the record: the funding, attendance per day, the inventory of
capacity-development efforts, the consensus record, and key issues with the gaps behind them and
the actions that address them; read back from the PDF of the demo's followed-up event."""

import datetime
import io
import re
from decimal import Decimal

import pypdf
import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from actionplans import event_report
from actionplans.models import Action, KeyIssue, PlanVersion, Pledge
from assessments.models import CDInitiative, ConsensusScore
from assessments.selectors.results import round_results
from assessments.services.inventory import cd_initiative_save
from assessments.templatetags.assessments_tags import score
from builders.demo.attendance import ABSENT_ON_DAY_1
from builders.demo.content import FOLLOW_UP_TITLE
from builders.factories import EventFactory, ParticipationFactory, SessionFactory
from cdfacil import pdf, reports, services
from cdfacil.fingerprints import fingerprint
from cdfacil.models import Organisation, User
from events.models import Attendance, BudgetLine, Event, Session
from tests.helpers import body_pages

pytestmark = pytest.mark.django_db

INITIATIVE = "Supervisors of district laboratories coached on quality control"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def demo():
    call_command("seed_demo", stdout=io.StringIO())
    event = Event.objects.get(title=FOLLOW_UP_TITLE)
    who = Organisation.objects.get(acronym="WHO")
    cd_initiative_save(
        initiative=CDInitiative(
            event=event,
            title=INITIATIVE,
            supporting_partner=who,
            target_organisation=Organisation.objects.get(acronym="MoH"),
            level="individual",
            method="coaching",
            budget=Decimal("84000"),
            currency="USD",
            starts_on=datetime.date(2025, 1, 1),
            ends_on=datetime.date(2026, 6, 30),
        )
    )
    return event


def report_text(event, language="en") -> list[str]:
    html = services.report_html(kind=reports.get("event"), subject=event, language=language)
    data, _pages = pdf.render_pdf(html)
    return body_pages([page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages])


def flat(texts) -> str:
    return re.sub(r"\s+", " ", " ".join(texts))


def between(text: str, start: str, end: str) -> str:
    """The part of `text` from `start` to the next `end`."""
    begin = text.index(start)
    return text[begin : text.index(end, begin + len(start))]


def test_the_event_report_prints_the_record(demo):
    text = flat(report_text(demo))

    # The budget, by funder and source, in each currency's minor units (UGX has none).
    funding = between(text, "The event's budget", "Pledges to the plan's actions")
    assert "Royal Danish Embassy, Kampala (Danida) · Donor basket fund" in funding
    assert "Ministry of Health (MoH) · Country partner" in funding
    assert "Venue, catering and equipment, 5 days 21,500,000 UGX" in funding
    assert "Subtotal Ministry of Health (MoH) 23,300,000 UGX" in funding
    assert "Total budget in USD 36,200.00 USD" in funding
    assert not re.search(r"\d UGX|\d\.\d\d UGX", funding.replace(",000 UGX", "")), funding
    # The pledges, with their totals per currency and status.
    pledge = Pledge.objects.get(status=Pledge.Status.COMMITTED, version__plan__event=demo)
    pledges = between(text, "Pledges to the plan's actions", "Live polls in the room")
    assert f"{pledge.organisation} {pledge.action.title} Committed 100,000.00 USD" in pledges
    assert "USD 120,000.00 USD 100,000.00 USD – 220,000.00 USD" in pledges

    # Attendance per day: counts, and who came; the stakeholder absent on day 1 is not present.
    attendance = between(text, "Attendance per day", "Inventory of capacity-development")
    assert "Present, of those expected 9 of 10 5 of 5 5 of 5 5 of 5 10 of 10" in attendance
    absent = User.objects.get(username=ABSENT_ON_DAY_1).display_name
    day1 = between(attendance, "present (9):", "Day 2")
    assert f"Expected but absent (1): {absent}" in day1
    assert absent not in day1.split("Expected but absent")[0]
    assert absent in attendance.split("Day 5 ·")[-1]

    # The inventory.
    inventory = between(text, "Inventory of capacity-development efforts", "Assessment results")
    assert INITIATIVE in inventory and "84,000.00 USD" in inventory
    assert "World Health Organization" in inventory and "Coaching" in inventory

    # The consensus record: agreed scores with their rationale and dissent.
    consensus = between(text, "The consensus record", "Key issues")
    agreed = ConsensusScore.objects.filter(round__event=demo).exclude(dissent="").first()
    assert f"agreed {agreed.current} → {agreed.desired}" in consensus
    assert f"Rationale: {agreed.rationale}" in consensus
    assert f"Dissent: {agreed.dissent}" in consensus

    # A key issue with the gap behind it and the actions that address it.
    issue = KeyIssue.objects.filter(event=demo, questions__isnull=False).first()
    question = issue.questions.get()
    row = next(
        r
        for r in round_results(assessment_round=issue.assessment_round)["questions"]
        if r["pk"] == question.pk
    )
    section = between(text, issue.title, "The action plan")
    assert "The gaps behind it (Baseline, round 1):" in section
    assert f"{score(row['current'])} → {score(row['desired'])} (gap {score(row['gap'])})" in section
    addressed = section.split("Addressed by:")[1]
    for action in Action.objects.filter(key_issues=issue):
        assert action.title in addressed


def test_french_writes_its_figures_and_colons(demo):
    text = flat(report_text(demo, language="fr")).replace("\u202f", " ").replace("\xa0", " ")
    assert "21 500 000 UGX" in text and "100 000,00 USD" in text
    assert "Justification : " in text and "Avis divergent : " in text
    assert "Les écarts à l'origine (Situation de référence, cycle 1) :" in text


def test_short_chapters_follow_on_and_long_ones_start_a_page(demo):
    texts = report_text(demo)
    page_of = {
        heading: next(n for n, page in enumerate(texts) if heading in page.splitlines())
        for heading in ("Funding", "Pledges to the plan's actions", "Live polls in the room")
    }
    # The funding and the polls are short: the polls follow the funding on its page.
    assert page_of["Funding"] == page_of["Live polls in the room"]
    # The agenda is long: it starts a page of its own.
    agenda = next(page for page in texts if "Day 1 ·" in page and "Agenda" in page)
    assert agenda.split("Agenda")[0].count("\n") <= 1
    with translation.override("en"):
        long = event_report.event_context(demo)["long"]
    assert long["agenda"] and not long["funding"] and not long["key_issues"]


def test_key_issues_name_the_actions_of_the_frozen_version(demo):
    """A link made in the draft after freezing is not the record: the version's is."""
    issue = KeyIssue.objects.filter(event=demo).first()
    version = PlanVersion.objects.filter(plan__event=demo).order_by("-number").first()
    linked = [
        action["title"]
        for objective in version.snapshot["objectives"]
        for output in objective["outputs"]
        for action in output["actions"]
        if issue.title in action["key_issues"]
    ]
    assert linked
    for action in Action.objects.filter(key_issues=issue):
        action.key_issues.remove(issue)
    with translation.override("en"):
        issues = event_report.event_context(demo)["key_issues"]
    shown = next(item for item in issues if item.pk == issue.pk)
    assert [action["title"] for action in shown.addressed_by] == linked


def changes():
    def budget(event):
        line = BudgetLine.objects.filter(event=event, currency="UGX").first()
        line.amount += 1
        line.save()

    def attendance(event):
        Attendance.objects.filter(session__event=event, present=True).first().delete()

    def rationale(event):
        ConsensusScore.objects.filter(round__event=event).update(rationale="Agreed on the figures.")

    def initiative(event):
        CDInitiative.objects.filter(event=event).update(title="Another title")

    def pledge(event):
        Pledge.objects.filter(version__plan__event=event).update(status=Pledge.Status.DISBURSED)

    return [budget, attendance, rationale, initiative, pledge]


@pytest.mark.parametrize("change", changes(), ids=lambda change: change.__name__)
def test_a_change_in_the_record_makes_a_new_report(demo, change):
    before = fingerprint(event_report.event_content(demo))
    change(demo)
    assert fingerprint(event_report.event_content(demo)) != before


def test_the_queries_do_not_grow_with_the_record(demo):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            event_report.event_content(demo)
            with translation.override("en"):
                event_report.event_context(demo)
        return len(captured.captured_queries)

    queries()  # the first reads cached lookups
    before = queries()
    funder = Organisation.objects.get(acronym="WHO")
    for number in range(5):
        BudgetLine.objects.create(
            event=demo,
            category="travel",
            funder=funder,
            source="other",
            amount=Decimal(1000 + number),
            currency="UGX",
        )
        CDInitiative.objects.create(
            event=demo, title=f"Initiative {number}", level="individual", method="training"
        )
    ConsensusScore.objects.filter(round__event=demo).update(dissent="Two members disagreed.")
    assert queries() == before


def test_a_new_event_says_what_it_does_not_have_yet():
    event = EventFactory()
    # A day whose attendance has not been taken lists nobody as absent.
    SessionFactory(event=event, day=2, audience=Session.Audience.BROAD_GROUP)
    person = ParticipationFactory(event=event, user__first_name="Zebediah", user__last_name="Q")
    text = flat(report_text(event))
    assert "Present, of those expected 0 of 1" in text and "nobody checked in" in text
    assert "Expected but absent" not in text
    assert person.user.display_name in text  # among the participants
    for empty in (
        "No budget line yet.",
        "No pledge yet.",
        "No capacity-development effort in the inventory yet.",
        "No consensus recorded yet.",
        "No key issue yet.",
    ):
        assert empty in text
