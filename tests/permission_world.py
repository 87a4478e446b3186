"""The world of the permission matrix: the demo event with one of every object, another event,
one person of each role, and what is asked of every URL pattern (its method and arguments).
The expected answers are in test_permission_matrix."""

import datetime
import io

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from actionplans.models import Action, Indicator, KeyIssue, Objective, PlanVersion, Pledge
from assessments.models import AssessmentRound, CDInitiative, FrameworkVersion, Question, Response
from assessments.services.frameworks import framework_copy
from builders.demo.content import FOLLOW_UP_TITLE
from builders.evaluations import evaluation_answered_by
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
from events.services.reminders import reminder_off_token
from workshops.models import Workshop
from workshops.services.evaluation import evaluation_create, evaluation_open, evaluation_token
from workshops.services.polls import poll_create, poll_start
from workshops.services.room import room_open

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
    """The demo's followed-up event ("this event", where the demo logins have their roles too)
    with one of every object, and another event."""

    def __init__(self, media_root):
        call_command("seed_demo", stdout=io.StringIO())
        self.event = Event.objects.get(title=FOLLOW_UP_TITLE)
        self._people()
        self._event_objects()
        self._assessment_objects()
        self._plan_objects()
        self._workshop_objects()
        self._room_objects()
        self._report_job(media_root)

    def _people(self):
        """One person of each role; the other event has its own facilitator and member."""
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

    def _event_objects(self):
        facilitator, event = self.people["facilitator"], self.event
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
        # A request sent while registration was open, not decided yet.
        self.registration = RegistrationRequest.objects.create(
            event=event, full_name="Late Person", email="late@example.org", organisation_name="X"
        )
        self.budget_line = BudgetLine.objects.filter(event=event).first()

    def _assessment_objects(self):
        facilitator, event = self.people["facilitator"], self.event
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

    def _plan_objects(self):
        event = self.event
        self.key_issue = KeyIssue.objects.filter(event=event).first()
        self.objective = Objective.objects.filter(plan__event=event).first()
        self.version = PlanVersion.objects.get(plan__event=event, number=1)
        self.action = Action.objects.filter(output__objective__plan__event=event).first()
        self.indicator = (
            Indicator.objects.filter(output__objective__plan__event=event).first()
            or Indicator.objects.filter(objective__plan__event=event).first()
        )
        self.pledge = Pledge.objects.filter(donor=self.people["donor"]).first()

    def _room_objects(self):
        """The room, opened, with a poll open to phones."""
        self.room = room_open(event=self.event)
        poll = poll_create(
            event=self.event,
            question="Which key issue matters most?",
            kind="single",
            options=["Roles", "Money"],
            by=self.people["facilitator"],
        )
        self.poll = poll_start(poll=poll)

    def _workshop_objects(self):
        facilitator, event = self.people["facilitator"], self.event
        self.evaluation = evaluation_create(event=event, workshop=Workshop.KICK_OFF, by=facilitator)
        evaluation_open(evaluation=self.evaluation, by=facilitator, base_url="https://cdfacil.test")
        evaluation_answered_by(self.evaluation, [4, 3, 5], comment="Useful")
        self.evaluation_question = self.evaluation.questions.first()
        stakeholder = Participation.objects.get(event=event, user=self.people["stakeholder"])
        self.evaluation_token = evaluation_token(self.evaluation, stakeholder)

    def _report_job(self, media_root):
        """A finished agenda report, its file written under `media_root`."""
        reports = media_root / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        (reports / "agenda-report.pdf").write_bytes(b"%PDF-1.7 test")
        self.job = ReportJob.objects.create(
            kind="agenda",
            subject_id=self.event.pk,
            language="en",
            status=ReportJob.Status.DONE,
            requested_by=self.people["facilitator"],
            file_name="agenda-report.pdf",
            page_count=1,
        )


# What is asked of each pattern: the method and the URL's arguments.
def spec(world):
    """A table, one entry per URL pattern of the project: long because the project has that many."""
    e = world.event.pk
    return {
        "dashboard": ("GET", {}),
        "login": ("GET", {}),
        "logout": ("POST", {}),
        "password_set": ("GET", {}),
        "organisation_logo": ("GET", {}),
        "set_language": ("POST", {}),
        "admin:index": ("GET", {}),
        "report_job": ("GET", {"pk": world.job.pk}),
        "report_retry": ("POST", {"pk": world.job.pk}),
        "report_download": ("GET", {"pk": world.job.pk}),
        "report_request": ("POST", {"kind": "agenda", "subject_id": e}),
        "events:create": ("GET", {}),
        "events:detail": ("GET", {"event_pk": e}),
        "events:edit": ("GET", {"event_pk": e}),
        "events:phase_advance": ("GET", {"event_pk": e}),
        "events:phase_step_back": ("GET", {"event_pk": e}),
        "events:agenda": ("GET", {"event_pk": e}),
        "events:run_sheet": ("GET", {"event_pk": e}),
        "events:session_create": ("GET", {"event_pk": e}),
        "events:session_edit": ("GET", {"event_pk": e, "pk": world.session.pk}),
        "events:session_delete": ("GET", {"event_pk": e, "pk": world.session.pk}),
        "events:session_move": ("POST", {"event_pk": e, "pk": world.session.pk}),
        "events:attendance": ("GET", {"event_pk": e, "pk": world.session.pk}),
        "events:attendance_days": ("GET", {"event_pk": e}),
        "events:attendance_day": ("GET", {"event_pk": e, "day": 1}),
        # The agenda's drag and drop, the method library and the time zone of a country
        "events:agenda_reorder": ("POST", {"event_pk": e}),
        "events:time_zone_proposal": ("GET", {}),
        "events:methods": ("GET", {}),
        "events:checklist": ("GET", {"event_pk": e}),
        "events:checklist_item_create": ("GET", {"event_pk": e}),
        "events:checklist_item_edit": ("GET", {"event_pk": e, "pk": world.checklist_item.pk}),
        "events:checklist_item_delete": ("GET", {"event_pk": e, "pk": world.checklist_item.pk}),
        "events:checklist_item_status": ("POST", {"event_pk": e, "pk": world.checklist_item.pk}),
        "events:people": ("GET", {"event_pk": e}),
        "events:invite": ("GET", {"event_pk": e}),
        # People in bulk: inviting many, deciding requests in place
        "events:invite_many": ("GET", {"event_pk": e}),
        "events:invite_many_confirm": ("POST", {"event_pk": e}),
        "events:registration_decide_many": ("POST", {"event_pk": e}),
        "events:participation_edit": ("GET", {"event_pk": e, "pk": world.participation.pk}),
        "events:participation_remove": ("GET", {"event_pk": e, "pk": world.participation.pk}),
        "events:invitation_withdraw": ("POST", {"event_pk": e, "pk": world.invitation.pk}),
        "events:invitation_resend": ("POST", {"event_pk": e, "pk": world.invitation.pk}),
        "events:registration_settings": ("GET", {"event_pk": e}),
        "events:registration_decide": ("POST", {"event_pk": e, "pk": world.registration.pk}),
        "events:budget": ("GET", {"event_pk": e}),
        "events:budget_line_create": ("GET", {"event_pk": e}),
        "events:budget_line_edit": ("GET", {"event_pk": e, "pk": world.budget_line.pk}),
        "events:budget_line_delete": ("GET", {"event_pk": e, "pk": world.budget_line.pk}),
        "events:register": ("GET", {"public_id": world.event.public_id}),
        "events:organisation_search": ("GET", {"event_pk": e}),
        "events:organisation_add": ("POST", {"event_pk": e}),
        "events:logos": ("GET", {"event_pk": e}),
        "events:organisation_search_public": ("GET", {"public_id": world.event.public_id}),
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
        "assessments:round_close": ("GET", {"event_pk": e, "pk": world.round.pk}),
        "assessments:consensus": ("GET", {"event_pk": e, "pk": world.round.pk}),
        "assessments:consensus_question": (
            "GET",
            {"event_pk": e, "pk": world.round.pk, "question_pk": world.round_question.pk},
        ),
        # The consensus session on the projector
        "assessments:consensus_projector_start": ("GET", {"event_pk": e, "pk": world.round.pk}),
        "assessments:consensus_projector": (
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
        "actionplans:ballot_reveal": ("POST", {"event_pk": e}),
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
        "actionplans:version_publish": ("GET", {"event_pk": e, "number": world.version.number}),
        "actionplans:version_withdraw": ("GET", {"event_pk": e, "number": world.version.number}),
        "actionplans:donor_portfolio": ("GET", {}),
        "actionplans:donor_plan": ("GET", {"version_pk": world.version.pk}),
        "actionplans:version_json": ("GET", {"version_pk": world.version.pk}),
        "actionplans:donor_portfolio_export": ("GET", {}),
        "actionplans:pledge_create": (
            "GET",
            {"version_pk": world.version.pk, "action_pk": world.action.pk},
        ),
        "actionplans:pledge_edit": ("GET", {"pk": world.pledge.pk}),
        "actionplans:pledge_withdraw": ("POST", {"pk": world.pledge.pk}),
        "actionplans:plan_pledges": ("GET", {"event_pk": e}),
        "actionplans:plan_dashboard": ("GET", {"event_pk": e}),
        "actionplans:progress_create": ("GET", {"event_pk": e, "action_pk": world.action.pk}),
        "actionplans:measurement_create": (
            "GET",
            {"event_pk": e, "indicator_pk": world.indicator.pk},
        ),
        # The next step
        "actionplans:version_progress": ("GET", {"version_pk": world.version.pk}),
        "events:reminders_off": (
            "GET",
            {"token": reminder_off_token(world.people["member"])},
        ),
        **_workshop_spec(world),
    }


def _workshop_spec(world):
    e, evaluation = world.event.pk, {"event_pk": world.event.pk, "pk": world.evaluation.pk}
    question = {**evaluation, "question_pk": world.evaluation_question.pk}
    return {
        "workshops:evaluation_list": ("GET", {"event_pk": e}),
        "workshops:evaluation_create": ("GET", {"event_pk": e}),
        "workshops:evaluation_detail": ("GET", evaluation),
        "workshops:evaluation_open": ("GET", evaluation),
        "workshops:evaluation_close": ("GET", evaluation),
        "workshops:evaluation_results": ("GET", evaluation),
        "workshops:evaluation_question_create": ("GET", evaluation),
        "workshops:evaluation_question_edit": ("GET", question),
        "workshops:evaluation_question_delete": ("GET", question),
        "workshops:evaluation_compare": ("GET", {}),
        "workshops:evaluation_answer": ("GET", {"token": world.evaluation_token}),
        "workshops:evaluation_walk_in": ("GET", {"public_id": world.evaluation.public_id}),
        "workshops:room": ("GET", {"event_pk": e}),
        "workshops:room_live": ("GET", {"event_pk": e}),
        "workshops:poll_list": ("GET", {"event_pk": e}),
        "workshops:poll_create": ("GET", {"event_pk": e}),
        "workshops:poll_detail": ("GET", {"event_pk": e, "pk": world.poll.pk}),
        "workshops:poll_start": ("POST", {"event_pk": e, "pk": world.poll.pk}),
        "workshops:poll_stop": ("POST", {"event_pk": e, "pk": world.poll.pk}),
        "workshops:join": ("GET", {}),
        "workshops:phone": ("GET", {"code": world.room.code}),
        "workshops:phone_live": ("GET", {"code": world.room.code}),
        "workshops:phone_answer": ("POST", {"code": world.room.code, "pk": world.poll.pk}),
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
