"""The assessment page of an event: its rounds, and opening a new one."""

from django.urls import reverse
from django.utils.translation import gettext as _

from assessments.forms.rounds import RoundForm
from assessments.selectors import answers as answer_selectors
from assessments.selectors import rounds as round_selectors
from assessments.services import rounds as round_services
from cdfacil.web import confirm_action, event_page, model_form_page, object_view
from events.permissions import event_view
from events.phases import act_refusals


@event_view("assessments.view_rounds")
def round_list(request, event):
    rounds = list(round_selectors.rounds_of_event(event=event))
    mine = answer_selectors.responses_of_person(event=event, user=request.user)
    for assessment_round in rounds:
        # The event carries the person's role, so the round's rules ask it without a query.
        assessment_round.event = event
        assessment_round.my_response = mine.get(assessment_round.pk)
        assessment_round.can_see_results = request.user.has_perm(
            "assessments.view_results", assessment_round
        )
        assessment_round.can_manage = request.user.has_perm(
            "assessments.manage_round", assessment_round
        )
        assessment_round.closed_reason = round_services.round_closed_reason(
            assessment_round=assessment_round
        )
    return event_page(
        request,
        event,
        "assessments/round_list.html",
        rounds=rounds,
        can_manage=request.user.has_perm("events.manage_event", event),
        round_refusals=act_refusals(
            event=event, act="followup_round" if rounds else "baseline_round"
        ),
        min_responses=round_selectors.MIN_RESPONSES_FOR_AGGREGATES,
    )


@event_view("events.manage_event")
def round_create(request, event):
    return model_form_page(
        request,
        event=event,
        form=RoundForm(request.POST or None, event=event),
        save=lambda form: round_services.round_create(
            event=event,
            version=form.cleaned_data["version"],
            opens_at=form.cleaned_data["opens_at"],
            closes_at=form.cleaned_data["closes_at"],
            respondents=list(form.cleaned_data["respondents"]),
        ),
        title=_("New assessment round"),
        success_message=_("The round is open to the members you chose."),
        done_url=reverse("assessments:round_list", args=[event.pk]),
        submit=_("Open the round"),
        intro=_(
            "The first round of an event is the baseline; later rounds are follow-ups. Times "
            "are in the event's time zone."
        ),
    )


@object_view("assessments.manage_round", load=round_selectors.round_for)
def round_close(request, assessment_round):
    """Close an open round now, once the group is done: its answers stop changing, and members
    see its results if enough of them submitted. It cannot be opened again."""
    event = assessment_round.event
    return confirm_action(
        request,
        act=lambda: round_services.round_close(assessment_round=assessment_round, by=request.user),
        done_message=_("Round %(number)d is closed.") % {"number": assessment_round.number},
        done_url=reverse("assessments:round_list", args=[event.pk]),
        event=event,
        title=_("Close round %(number)d now?") % {"number": assessment_round.number},
        message=_(
            "Answers can no longer change, and it cannot be opened again. Members then see "
            "its results, if at least %(minimum)d of them submitted."
        )
        % {"minimum": round_selectors.MIN_RESPONSES_FOR_AGGREGATES},
        button=_("Close the round"),
    )
