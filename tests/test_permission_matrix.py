"""Every URL pattern of the project, for every role, with real objects: the answer each gets.

The patterns are read from the URL resolver, so a new page without an expectation here fails
the test. Outsiders get 404 (nothing says an object exists), participants without the right
get 403, anonymous visitors are sent to sign in. Requests that change things (POST) run inside
a transaction that is rolled back, so every check sees the same world.
"""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from actionplans.models import Action, Indicator, KeyIssue, Objective, PlanVersion, Pledge
from assessments.models import AssessmentRound, CDInitiative, FrameworkVersion, Question, Response
from assessments.services.frameworks import framework_copy
from builders.factories import EventFactory, UserFactory
from cdfacil.models import Organisation, ReportJob
from events.models import (
    BudgetLine,
    ChecklistItem,
    Event,
    Invitation,
    Participation,
    RegistrationRequest,
    Session,
)
from events.services.invitations import invitation_token
from events.services.people import participation_add

User = get_user_model()

ROLES = [
    "anonymous",
    "facilitator",  # of this event
    "other_facilitator",  # of another event
    "member",  # of this event's core group
    "other_member",  # of another event's core group
    "stakeholder",  # of this event
    "donor",
    "admin",
]


def url_patterns(patterns=None, prefix="", namespace=None):
    """(name, route) of every pattern of the project; the Django admin's own are left to it
    and checked through its index."""
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                yield "admin:index", prefix + str(pattern.pattern)
                continue
            yield from url_patterns(
                pattern.url_patterns, prefix + str(pattern.pattern), pattern.namespace or namespace
            )
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield name, prefix + str(pattern.pattern)


class World:
    """The demo event ("this event") with one of every object, and another event."""

    def __init__(self, media_root):
        call_command("seed_demo", stdout=io.StringIO())
        self.event = Event.objects.get()
        self.people = {
            "facilitator": User.objects.get(username="facilitator"),
            "member": User.objects.get(username="member2"),
            "stakeholder": User.objects.get(username="stakeholder1"),
            "donor": User.objects.get(username="donor"),
            "admin": User.objects.get(username="admin"),
        }
        other = EventFactory(title="Another sector's event")
        self.other_event = other
        self.people["other_facilitator"] = other.created_by
        other_member = UserFactory(
            organisation=Organisation.objects.filter(kind="government").first()
        )
        participation_add(event=other, user=other_member, role=Participation.Role.CORE_GROUP)
        self.people["other_member"] = other_member
        facilitator = self.people["facilitator"]
        event = self.event
        self.session = Session.objects.filter(event=event).first()
        self.checklist_item = ChecklistItem.objects.filter(event=event).first()
        self.participation = Participation.objects.get(event=event, user=self.people["member"])
        self.invitation = Invitation.objects.create(
            event=event,
            email="new.person@example.org",
            full_name="New Person",
            organisation=Organisation.objects.filter(kind="civil_society").first(),
            role=Participation.Role.STAKEHOLDER,
            invited_by=facilitator,
            expires_at=timezone.now() + datetime.timedelta(days=7),
        )
        self.token = invitation_token(self.invitation)
        self.registration = RegistrationRequest.objects.filter(event=event).first()
        self.budget_line = BudgetLine.objects.filter(event=event).first()
        published = FrameworkVersion.objects.filter(published_at__isnull=False).first()
        self.draft = framework_copy(
            version=published, name="Our sector's framework", by=facilitator
        )
        self.level = self.draft.levels.first()
        self.dimension = self.level.dimensions.first()
        self.question = self.dimension.questions.first()
        self.round = AssessmentRound.objects.get(event=event)
        self.response = Response.objects.get(round=self.round, respondent=self.people["member"])
        self.round_question = Question.objects.filter(
            dimension__level__version=self.round.version
        ).first()
        self.initiative = CDInitiative.objects.create(event=event, title="Leadership programme")
        self.key_issue = KeyIssue.objects.filter(event=event).first()
        self.objective = Objective.objects.filter(plan__event=event).first()
        self.version = PlanVersion.objects.get(plan__event=event, number=1)
        self.action = Action.objects.filter(output__objective__plan__event=event).first()
        self.indicator = (
            Indicator.objects.filter(output__objective__plan__event=event).first()
            or Indicator.objects.filter(objective__plan__event=event).first()
        )
        self.pledge = Pledge.objects.filter(donor=self.people["donor"]).first()
        reports = media_root / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        (reports / "agenda-report.pdf").write_bytes(b"%PDF-1.7 test")
        self.job = ReportJob.objects.create(
            kind="agenda",
            subject_id=event.pk,
            language="en",
            status=ReportJob.Status.DONE,
            requested_by=facilitator,
            file_name="agenda-report.pdf",
            page_count=1,
        )


# What is asked of each pattern: the method and the URL's arguments.
def spec(world):
    e = world.event.pk
    return {
        "dashboard": ("GET", {}),
        "login": ("GET", {}),
        "logout": ("POST", {}),
        "password_set": ("GET", {}),
        "set_language": ("POST", {}),
        "admin:index": ("GET", {}),
        "report_job": ("GET", {"pk": world.job.pk}),
        "report_retry": ("POST", {"pk": world.job.pk}),
        "report_download": ("GET", {"pk": world.job.pk}),
        "report_request": ("POST", {"kind": "agenda", "subject_id": e}),
        "events:create": ("GET", {}),
        "events:detail": ("GET", {"event_pk": e}),
        "events:edit": ("GET", {"event_pk": e}),
        "events:phase_advance": ("POST", {"event_pk": e}),
        "events:agenda": ("GET", {"event_pk": e}),
        "events:run_sheet": ("GET", {"event_pk": e}),
        "events:session_create": ("GET", {"event_pk": e}),
        "events:session_edit": ("GET", {"event_pk": e, "pk": world.session.pk}),
        "events:session_delete": ("GET", {"event_pk": e, "pk": world.session.pk}),
        "events:session_move": ("POST", {"event_pk": e, "pk": world.session.pk}),
        "events:attendance": ("GET", {"event_pk": e, "pk": world.session.pk}),
        "events:checklist": ("GET", {"event_pk": e}),
        "events:checklist_item_create": ("GET", {"event_pk": e}),
        "events:checklist_item_edit": ("GET", {"event_pk": e, "pk": world.checklist_item.pk}),
        "events:checklist_item_delete": ("GET", {"event_pk": e, "pk": world.checklist_item.pk}),
        "events:checklist_item_status": ("POST", {"event_pk": e, "pk": world.checklist_item.pk}),
        "events:people": ("GET", {"event_pk": e}),
        "events:invite": ("GET", {"event_pk": e}),
        "events:participation_edit": ("GET", {"event_pk": e, "pk": world.participation.pk}),
        "events:participation_remove": ("GET", {"event_pk": e, "pk": world.participation.pk}),
        "events:invitation_withdraw": ("POST", {"event_pk": e, "pk": world.invitation.pk}),
        "events:registration_settings": ("GET", {"event_pk": e}),
        "events:registration_decide": ("POST", {"event_pk": e, "pk": world.registration.pk}),
        "events:budget": ("GET", {"event_pk": e}),
        "events:budget_line_create": ("GET", {"event_pk": e}),
        "events:budget_line_edit": ("GET", {"event_pk": e, "pk": world.budget_line.pk}),
        "events:budget_line_delete": ("GET", {"event_pk": e, "pk": world.budget_line.pk}),
        "events:register": ("GET", {"public_id": world.event.public_id}),
        "events:invitation_accept": ("GET", {"token": world.token}),
        "events:reports": ("GET", {"event_pk": e}),
        "events:audit": ("GET", {"event_pk": e}),
        "assessments:framework_list": ("GET", {}),
        "assessments:version_detail": ("GET", {"pk": world.draft.pk}),
        "assessments:version_copy": ("GET", {"pk": world.draft.pk}),
        "assessments:version_publish": ("POST", {"pk": world.draft.pk}),
        "assessments:question_edit": ("GET", {"pk": world.question.pk}),
        "assessments:question_delete": ("GET", {"pk": world.question.pk}),
        "assessments:question_move": ("POST", {"pk": world.question.pk}),
        "assessments:question_create": ("GET", {"pk": world.dimension.pk}),
        "assessments:dimension_create": ("GET", {"pk": world.level.pk}),
        "assessments:dimension_delete": ("GET", {"pk": world.dimension.pk}),
        "assessments:dimension_move": ("POST", {"pk": world.dimension.pk}),
        "assessments:dimension_edit": ("GET", {"pk": world.dimension.pk}),
        "assessments:round_list": ("GET", {"event_pk": e}),
        "assessments:round_create": ("GET", {"event_pk": e}),
        "assessments:consensus": ("GET", {"event_pk": e, "pk": world.round.pk}),
        "assessments:consensus_question": (
            "GET",
            {"event_pk": e, "pk": world.round.pk, "question_pk": world.round_question.pk},
        ),
        "assessments:results": ("GET", {"event_pk": e, "pk": world.round.pk}),
        "assessments:response": ("GET", {"event_pk": e, "pk": world.response.pk}),
        "assessments:answer_autosave": (
            "POST",
            {"event_pk": e, "pk": world.response.pk, "question_pk": world.round_question.pk},
        ),
        "assessments:response_submit": ("GET", {"event_pk": e, "pk": world.response.pk}),
        "assessments:inventory": ("GET", {"event_pk": e}),
        "assessments:initiative_create": ("GET", {"event_pk": e}),
        "assessments:initiative_edit": ("GET", {"event_pk": e, "pk": world.initiative.pk}),
        "assessments:initiative_delete": ("GET", {"event_pk": e, "pk": world.initiative.pk}),
        "assessments:export_xlsx": ("GET", {"event_pk": e, "pk": world.round.pk}),
        "assessments:export_csv": ("GET", {"event_pk": e, "pk": world.round.pk}),
        "actionplans:key_issue_list": ("GET", {"event_pk": e}),
        "actionplans:key_issue_create": ("GET", {"event_pk": e}),
        "actionplans:key_issue_from_gaps": ("GET", {"event_pk": e}),
        "actionplans:key_issue_edit": ("GET", {"event_pk": e, "pk": world.key_issue.pk}),
        "actionplans:key_issue_delete": ("GET", {"event_pk": e, "pk": world.key_issue.pk}),
        "actionplans:ballot_vote": ("POST", {"event_pk": e}),
        "actionplans:ballot_settings": ("GET", {"event_pk": e}),
        "actionplans:ballot_close": ("GET", {"event_pk": e}),
        "actionplans:plan_detail": ("GET", {"event_pk": e}),
        "actionplans:plan_create": ("GET", {"event_pk": e}),
        "actionplans:plan_history": ("GET", {"event_pk": e}),
        "actionplans:plan_freeze": ("GET", {"event_pk": e}),
        "actionplans:plan_part_create": ("GET", {"event_pk": e, "kind": "objective"}),
        "actionplans:plan_part_edit": (
            "GET",
            {"event_pk": e, "kind": "objective", "pk": world.objective.pk},
        ),
        "actionplans:plan_part_delete": (
            "GET",
            {"event_pk": e, "kind": "objective", "pk": world.objective.pk},
        ),
        "actionplans:version_detail": ("GET", {"event_pk": e, "number": world.version.number}),
        "actionplans:version_position": (
            "POST",
            {"event_pk": e, "number": world.version.number},
        ),
        "actionplans:version_close": ("GET", {"event_pk": e, "number": world.version.number}),
        "actionplans:version_publish": ("POST", {"event_pk": e, "number": world.version.number}),
        "actionplans:donor_portfolio": ("GET", {}),
        "actionplans:donor_plan": ("GET", {"version_pk": world.version.pk}),
        "actionplans:pledge_create": (
            "GET",
            {"version_pk": world.version.pk, "action_pk": world.action.pk},
        ),
        "actionplans:pledge_edit": ("GET", {"pk": world.pledge.pk}),
        "actionplans:plan_pledges": ("GET", {"event_pk": e}),
        "actionplans:plan_dashboard": ("GET", {"event_pk": e}),
        "actionplans:progress_create": ("GET", {"event_pk": e, "action_pk": world.action.pk}),
        "actionplans:measurement_create": (
            "GET",
            {"event_pk": e, "indicator_pk": world.indicator.pk},
        ),
    }


def answer(response) -> str:
    """What a person sees: "ok" (a page, a file or a redirect elsewhere), "login", or the code."""
    if response.status_code in (301, 302):
        location = response["Location"]
        if location.startswith(reverse("login")) or location.startswith(reverse("admin:login")):
            return "login"
        return "ok"
    if response.status_code == 200:
        return "ok"
    return response.status_code


def ask(world, role, name, method, kwargs):
    client = Client()
    if role != "anonymous":
        client.force_login(world.people[role])
    url = reverse(name, kwargs=kwargs)
    if method == "GET":
        return answer(client.get(url))
    with transaction.atomic():
        result = answer(client.post(url, {}))
        transaction.set_rollback(True)
    return result


L, OK = "login", "ok"

# The answer of each role, in the order of ROLES:
# anonymous, facilitator, other_facilitator, member, other_member, stakeholder, donor, admin.
PUBLIC = (OK,) * 8
SIGNED_IN = (L, OK, OK, OK, OK, OK, OK, OK)
PARTICIPANTS = (L, OK, 404, OK, 404, OK, 404, OK)  # events.view_event
CORE_GROUP = (L, OK, 404, OK, 404, 403, 404, OK)  # facilitators and the core group
FACILITATORS = (L, OK, 404, 403, 404, 403, 404, OK)  # events.manage_event and the like
FACILITATORS_ONLY = (L, OK, 404, 404, 404, 404, 404, OK)  # reports of facilitators' kinds
AUTHORS = (L, OK, 403, 403, 403, 403, 403, OK)  # people who may create events, frameworks
RESPONDENT = (L, 404, 404, OK, 404, 404, 404, 404)  # a member's own answers: theirs alone
VIEW_RESPONSE = (L, OK, 404, OK, 404, 404, 404, OK)  # the member and the event's facilitators

EXPECTED = {
    "dashboard": SIGNED_IN,
    "login": PUBLIC,
    "logout": (L,) * 8,  # POST only; it signs out and goes to the sign-in page
    "password_set": SIGNED_IN,
    "set_language": PUBLIC,
    "admin:index": (L, L, L, L, L, L, L, OK),
    "report_job": FACILITATORS_ONLY,
    "report_retry": FACILITATORS_ONLY,
    "report_download": FACILITATORS_ONLY,
    "report_request": FACILITATORS_ONLY,
    "events:create": AUTHORS,
    "events:detail": PARTICIPANTS,
    "events:edit": FACILITATORS,
    "events:phase_advance": FACILITATORS,
    "events:agenda": PARTICIPANTS,
    "events:run_sheet": FACILITATORS,
    "events:session_create": FACILITATORS,
    "events:session_edit": FACILITATORS,
    "events:session_delete": FACILITATORS,
    "events:session_move": FACILITATORS,
    "events:attendance": FACILITATORS,
    "events:checklist": FACILITATORS,
    "events:checklist_item_create": FACILITATORS,
    "events:checklist_item_edit": FACILITATORS,
    "events:checklist_item_delete": FACILITATORS,
    "events:checklist_item_status": FACILITATORS,
    "events:people": FACILITATORS,
    "events:invite": FACILITATORS,
    "events:participation_edit": FACILITATORS,
    "events:participation_remove": FACILITATORS,
    "events:invitation_withdraw": FACILITATORS,
    "events:registration_settings": FACILITATORS,
    "events:registration_decide": FACILITATORS,
    "events:budget": FACILITATORS,
    "events:budget_line_create": FACILITATORS,
    "events:budget_line_edit": FACILITATORS,
    "events:budget_line_delete": FACILITATORS,
    "events:register": PUBLIC,
    "events:invitation_accept": PUBLIC,
    "events:reports": PARTICIPANTS,
    "events:audit": FACILITATORS,
    "assessments:framework_list": AUTHORS,
    "assessments:version_detail": AUTHORS,
    "assessments:version_copy": AUTHORS,
    "assessments:version_publish": AUTHORS,
    "assessments:question_edit": AUTHORS,
    "assessments:question_delete": AUTHORS,
    "assessments:question_move": AUTHORS,
    "assessments:question_create": AUTHORS,
    "assessments:dimension_create": AUTHORS,
    "assessments:dimension_delete": AUTHORS,
    "assessments:dimension_move": AUTHORS,
    "assessments:dimension_edit": AUTHORS,
    "assessments:round_list": CORE_GROUP,  # stakeholders see the plan, not the assessment
    "assessments:round_create": FACILITATORS,
    "assessments:consensus": FACILITATORS,
    "assessments:consensus_question": FACILITATORS,
    "assessments:results": CORE_GROUP,
    "assessments:response": VIEW_RESPONSE,
    "assessments:answer_autosave": RESPONDENT,
    "assessments:response_submit": RESPONDENT,
    "assessments:inventory": CORE_GROUP,
    "assessments:initiative_create": CORE_GROUP,
    "assessments:initiative_edit": CORE_GROUP,
    "assessments:initiative_delete": CORE_GROUP,
    "assessments:export_xlsx": FACILITATORS,
    "assessments:export_csv": FACILITATORS,
    "actionplans:key_issue_list": CORE_GROUP,
    "actionplans:key_issue_create": CORE_GROUP,
    "actionplans:key_issue_from_gaps": CORE_GROUP,
    "actionplans:key_issue_edit": CORE_GROUP,
    "actionplans:key_issue_delete": CORE_GROUP,
    "actionplans:ballot_vote": (L, 403, 404, OK, 404, 403, 404, 403),  # core-group members only
    "actionplans:ballot_settings": FACILITATORS,
    "actionplans:ballot_close": FACILITATORS,
    "actionplans:plan_detail": CORE_GROUP,
    "actionplans:plan_create": CORE_GROUP,
    "actionplans:plan_history": FACILITATORS,
    "actionplans:plan_freeze": FACILITATORS,
    "actionplans:plan_part_create": CORE_GROUP,
    "actionplans:plan_part_edit": CORE_GROUP,
    "actionplans:plan_part_delete": CORE_GROUP,
    "actionplans:version_detail": PARTICIPANTS,
    # Each participant records their own organisation's position; administrators do not.
    "actionplans:version_position": (L, OK, 404, OK, 404, OK, 404, 403),
    "actionplans:version_close": FACILITATORS,
    "actionplans:version_publish": FACILITATORS,
    "actionplans:donor_portfolio": (L, 403, 403, 403, 403, 403, OK, OK),
    "actionplans:donor_plan": (L, OK, 404, OK, 404, OK, OK, OK),
    "actionplans:pledge_create": (L, 403, 404, 403, 404, 403, OK, 403),  # donors only
    "actionplans:pledge_edit": (L, 404, 404, 404, 404, 404, OK, 404),  # the pledge's donor
    "actionplans:plan_pledges": CORE_GROUP,
    "actionplans:plan_dashboard": CORE_GROUP,
    "actionplans:progress_create": CORE_GROUP,
    "actionplans:measurement_create": CORE_GROUP,
}


@pytest.fixture
def world(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return World(tmp_path)


@pytest.fixture
def matrix_report(request):
    """The figures of the matrix, printed in the run's summary."""
    from tests.services_plugin import MATRIX_KEY

    def report(**figures):
        request.config.stash[MATRIX_KEY] = figures

    return report


def test_every_url_pattern_answers_every_role_as_expected(world, matrix_report):
    names = sorted({name for name, _route in url_patterns()})
    without = [name for name in names if name not in EXPECTED or name not in spec(world)]
    assert not without, f"URL patterns with no expectation in the matrix: {without}"
    assert not set(EXPECTED) - set(names), "expectations for patterns that no longer exist"
    specs = spec(world)
    wrong = []
    checks = 0
    for name in names:
        method, kwargs = specs[name]
        for role, expected in zip(ROLES, EXPECTED[name], strict=True):
            got = ask(world, role, name, method, kwargs)
            checks += 1
            if got != expected:
                wrong.append(f"{name} as {role}: expected {expected}, got {got}")
    matrix_report(patterns=len(names), roles=len(ROLES), checks=checks)
    assert not wrong, "\n".join(wrong)


def test_object_ids_of_another_event_get_404(world):
    """The facilitator of another event, on their own event's URLs, with this event's object
    ids: 404 every time, so nothing says whether the object exists."""
    specs = spec(world)
    other = world.other_event.pk
    checked = 0
    for name, (method, kwargs) in specs.items():
        if "event_pk" not in kwargs or len(kwargs) == 1 or "kind" in kwargs and len(kwargs) == 2:
            continue
        moved = {**kwargs, "event_pk": other}
        got = ask(world, "other_facilitator", name, method, moved)
        assert got == 404, f"{name} with another event's object: {got}"
        checked += 1
    print(f"{checked} URL patterns checked with another event's object ids")
    assert checked >= 30


def _database_state():
    """Every row of every model but the sign-in and audit records, to compare."""
    from django.apps import apps

    skipped = {"sessions", "axes", "admin"}
    state = {}
    for model in apps.get_models():
        if model._meta.app_label in skipped or model._meta.model_name == "auditentry":
            continue
        state[model._meta.label] = list(model.objects.order_by("pk").values_list())
    return state


def test_get_never_changes_anything(world):
    specs = spec(world)
    clients = {}
    for role in ROLES:
        clients[role] = Client()
        if role != "anonymous":
            clients[role].force_login(world.people[role])
    before = _database_state()
    asked = 0
    for name, (method, kwargs) in specs.items():
        if name == "logout":
            continue
        for role in ROLES:
            clients[role].get(reverse(name, kwargs=kwargs))
            asked += 1
    assert asked > 600
    after = _database_state()
    changed = [label for label in before if before[label] != after[label]]
    assert not changed, f"GET requests changed {changed}"


def test_every_post_needs_the_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.people["facilitator"])
    for name, (_method, kwargs) in spec(world).items():
        response = client.post(reverse(name, kwargs=kwargs), {})
        assert response.status_code == 403, name
        assert b"CSRF" in response.content, name
