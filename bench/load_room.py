"""The people of the load test's workshop room: events built like the bench's, then reset so
that 200 members answer, 50 vote and 60 organisations record positions, and some facilitators
ask for a report. Their pages' URLs are worked out here, so the driver never reverses one."""

from django.contrib.auth.hashers import make_password
from django.urls import reverse

from actionplans.models import Ballot, Vote
from actionplans.services.versions import plan_freeze
from assessments.models import Answer, Question
from bench import synthetic, workshop
from builders.events import event_move_to
from builders.rounds import default_version
from cdfacil.models import User
from events.models import Event, Participation

PASSWORD = "workshop-load-test"
Role = Participation.Role


def prepare(options: dict) -> dict[str, list]:
    """Build the room's events and return its people by kind: assessors, voters, delegates
    and reporters, as many of each as `options` asks for."""
    version = default_version()
    questions = list(Question.objects.filter(dimension__level__version=version).order_by("pk"))
    per_event = synthetic.CORE_GROUP
    assessing = -(-options["assessors"] // per_event)
    voting = -(-options["voters"] // per_event)
    endorsing = -(-options["organisations"] // synthetic.ORGANISATIONS_PER_EVENT)
    events = [
        synthetic.build_event(index, version=version, questions=questions)
        for index in range(assessing + voting + endorsing)
    ]
    User.objects.update(password=make_password(PASSWORD))
    people = {
        "assessors": _assessors(events[:assessing], questions),
        "voters": _voters(events[assessing : assessing + voting]),
        "delegates": [],
        "reporters": [],
    }
    for event in events[assessing + voting :]:
        _endorsing_event(event, people, reports=options["reports"])
    people["assessors"] = people["assessors"][: options["assessors"]]
    people["voters"] = people["voters"][: options["voters"]]
    people["delegates"] = people["delegates"][: options["organisations"]]
    return people


def _assessors(events, questions) -> list[workshop.Assessor]:
    """The members of each event's follow-up round, its answers emptied."""
    assessors = []
    for event in events:
        follow_up = event.assessment_rounds.get(number=2)
        Answer.objects.filter(response__round=follow_up).delete()
        for response in follow_up.responses.select_related("respondent"):
            page = reverse("assessments:response", args=[event.pk, response.pk])
            autosave = {
                question.pk: reverse(
                    "assessments:answer_autosave", args=[event.pk, response.pk, question.pk]
                )
                for question in questions
            }
            assessors.append(
                workshop.Assessor(response.respondent.username, page, autosave, response.pk)
            )
    return assessors


def _voters(events) -> list[workshop.Voter]:
    """The core groups of each event, their votes taken back and the ballot reopened."""
    voters = []
    for event in events:
        Vote.objects.filter(key_issue__event=event).delete()
        Ballot.objects.filter(event=event).update(closed_at=None, dots_per_member=5)
        key_issues = list(event.key_issues.values_list("pk", flat=True))
        for participation in event.participations.filter(role=Role.CORE_GROUP):
            voters.append(
                workshop.Voter(
                    participation.user.username,
                    reverse("actionplans:key_issue_list", args=[event.pk]),
                    reverse("actionplans:ballot_vote", args=[event.pk]),
                    key_issues,
                    dots=5,
                )
            )
    return voters


def _endorsing_event(event, people: dict, *, reports: int) -> None:
    """A new version of the event's plan, open for positions: one delegate per stakeholder
    organisation, and the facilitator asking for a report while fewer than `reports` do."""
    facilitator = event.participations.get(role=Role.FACILITATOR).user
    # Back to core-group work to freeze the new version, then on to the endorsement workshop.
    event_move_to(event=event, phase=Event.Phase.CORE_GROUP_WORK, by=facilitator)
    version = plan_freeze(plan=event.plan, by=facilitator)
    event_move_to(event=event, phase=Event.Phase.ENDORSEMENT, by=facilitator)
    delegates = {}
    for participation in event.participations.filter(role=Role.STAKEHOLDER).order_by("pk"):
        delegates.setdefault(participation.user.organisation_id, participation.user)
    for organisation_pk, user in delegates.items():
        people["delegates"].append(
            workshop.Delegate(
                user.username,
                reverse("actionplans:version_detail", args=[event.pk, version.number]),
                reverse("actionplans:version_position", args=[event.pk, version.number]),
                version.pk,
                organisation_pk,
            )
        )
    asking = {person.username for person in people["reporters"]}
    if len(asking) < reports and facilitator.username not in asking:
        people["reporters"].append(
            workshop.Reporter(
                facilitator.username,
                reverse("report_request", args=["event", event.pk]),
            )
        )
