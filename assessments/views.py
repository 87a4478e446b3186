"""Assessment pages of an event: rounds, a member's private answers, consensus and results."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessments import charts, selectors, services
from assessments.forms import AnswerForm, ConsensusForm, RoundForm
from assessments.models import Answer, Question, Response
from cdfacil.web import apply_errors, confirm_page, form_page
from events.permissions import event_view


def round_for(event, pk, permission, user):
    assessment_round = get_object_or_404(
        event.assessment_rounds.select_related("version__framework"), pk=pk
    )
    assessment_round.event = event
    if not user.has_perm(permission, assessment_round):
        raise PermissionDenied
    return assessment_round


def _response(event, pk, permission, user):
    """A response of this event; 404 for anyone who may not see it, so nothing leaks."""
    response = get_object_or_404(
        Response.objects.filter(round__event=event).select_related(
            "round__version__framework", "respondent"
        ),
        pk=pk,
    )
    response.round.event = event
    if not user.has_perm(permission, response):
        raise Http404
    return response


@event_view("assessments.view_rounds")
def round_list(request, event):
    rounds = list(selectors.rounds_of_event(event=event))
    mine = {
        response.round_id: response
        for response in Response.objects.filter(round__event=event, respondent=request.user)
    }
    for assessment_round in rounds:
        assessment_round.event = event
        assessment_round.my_response = mine.get(assessment_round.pk)
        assessment_round.can_see_results = request.user.has_perm(
            "assessments.view_results", assessment_round
        )
        assessment_round.closed_reason = services.round_closed_reason(
            assessment_round=assessment_round
        )
    return render(
        request,
        "assessments/round_list.html",
        {
            "event": event,
            "rounds": rounds,
            "can_manage": request.user.has_perm("events.manage_event", event),
            "min_responses": selectors.MIN_RESPONSES_FOR_AGGREGATES,
        },
    )


@event_view("events.manage_event")
def round_create(request, event):
    form = RoundForm(request.POST or None, event=event)
    if request.method == "POST" and form.is_valid():
        try:
            services.round_create(
                event=event,
                version=form.cleaned_data["version"],
                opens_at=form.cleaned_data["opens_at"],
                closes_at=form.cleaned_data["closes_at"],
                respondents=list(form.cleaned_data["respondents"]),
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The round is open to the members you chose."))
            return redirect("assessments:round_list", event.pk)
    return form_page(
        request,
        event=event,
        form=form,
        title=_("New assessment round"),
        submit=_("Open the round"),
        cancel_url=reverse("assessments:round_list", args=[event.pk]),
        intro=_(
            "The first round of an event is the baseline; later rounds are follow-ups. Times "
            "are in the event's time zone."
        ),
    )


SCALE = (1, 2, 3, 4)


def _answer_context(response, question, answer, form=None, saved=False):
    return {
        "response": response,
        "event": response.round.event,
        "item": {"question": question, "answer": answer},
        "form": form,
        "editable": response.editable,
        "saved_at": timezone.now() if saved else None,
        "scale": SCALE,
    }


@event_view("events.view_event")
def response_form(request, event, pk):
    response = _response(event, pk, "assessments.view_response", request.user)
    closed_reason = services.round_closed_reason(assessment_round=response.round)
    response.editable = (
        request.user.pk == response.respondent_id
        and closed_reason is None
        and response.status == Response.Status.IN_PROGRESS
    )
    return render(
        request,
        "assessments/response.html",
        {
            "event": event,
            "response": response,
            "levels": selectors.response_questions(response=response),
            "scale": SCALE,
            "progress": selectors.response_progress(response=response),
            "closed_reason": closed_reason,
        },
    )


@require_POST
@event_view("events.view_event")
def answer_autosave(request, event, pk, question_pk):
    """Save one answer as the member types; htmx swaps back the question with its state."""
    response = _response(event, pk, "assessments.answer", request.user)
    response.editable = True
    question = get_object_or_404(
        Question.objects.filter(
            dimension__level__version_id=response.round.version_id
        ).select_related("dimension__level"),
        pk=question_pk,
    )
    form = AnswerForm(request.POST)
    error = None
    if form.is_valid():
        try:
            answer = services.answer_save(response=response, question=question, **form.cleaned_data)
        except ValidationError as refused:
            error = " ".join(refused.messages)
    else:
        error = " ".join(message for errors in form.errors.values() for message in errors)
    if error:
        # Keep what was typed on the page, unsaved, and say why.
        typed = Answer(
            response=response,
            question=question,
            kind=request.POST.get("kind") or Answer.Kind.RATED,
            current=form.cleaned_data.get("current") if hasattr(form, "cleaned_data") else None,
            desired=form.cleaned_data.get("desired") if hasattr(form, "cleaned_data") else None,
            evidence=request.POST.get("evidence", "")[:4000],
        )
        if not request.htmx:
            messages.error(request, error)
            return redirect(
                reverse("assessments:response", args=[event.pk, response.pk]) + f"#q{question.pk}"
            )
        context = _answer_context(response, question, typed)
        context["error"] = error
        return render(request, "assessments/response.html#question", context)
    if not request.htmx:
        return redirect(
            reverse("assessments:response", args=[event.pk, response.pk]) + f"#q{question.pk}"
        )
    context = _answer_context(response, question, answer, saved=True)
    context["progress"] = selectors.response_progress(response=response)
    context["oob_progress"] = True
    return render(request, "assessments/response.html#question", context)


@event_view("events.view_event")
def response_submit(request, event, pk):
    response = _response(event, pk, "assessments.answer", request.user)
    back = reverse("assessments:response", args=[event.pk, response.pk])
    if request.method == "POST":
        try:
            services.response_submit(response=response)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect(back)
        messages.success(request, _("Your answers are submitted and locked. Thank you."))
        return redirect("assessments:round_list", event.pk)
    progress = selectors.response_progress(response=response)
    return confirm_page(
        request,
        event=event,
        title=_("Submit your answers?"),
        message=_(
            "You answered %(answered)d of %(total)d questions. Once submitted, your answers are "
            "locked and can no longer change."
        )
        % progress,
        action_url=request.path,
        cancel_url=back,
        button=_("Submit and lock"),
    )


@event_view("events.view_event")
def consensus(request, event, pk):
    assessment_round = round_for(event, pk, "assessments.manage_round", request.user)
    return render(
        request,
        "assessments/consensus.html",
        {
            "event": event,
            "round": assessment_round,
            "rows": selectors.question_agreement(assessment_round=assessment_round),
            "submitted_count": selectors.submitted_count(assessment_round=assessment_round),
        },
    )


@event_view("events.view_event")
def consensus_question(request, event, pk, question_pk):
    assessment_round = round_for(event, pk, "assessments.manage_round", request.user)
    question = get_object_or_404(
        Question.objects.filter(dimension__level__version_id=assessment_round.version_id),
        pk=question_pk,
    )
    existing = assessment_round.consensus.filter(question=question).first()
    initial = (
        {
            "current": existing.current,
            "desired": existing.desired,
            "rationale": existing.rationale,
            "dissent": existing.dissent,
        }
        if existing
        else {}
    )
    form = ConsensusForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.consensus_record(
                assessment_round=assessment_round,
                question=question,
                recorded_by=request.user,
                **form.cleaned_data,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request, _("Consensus recorded for %(code)s.") % {"code": question.code}
            )
            return redirect("assessments:consensus", event.pk, assessment_round.pk)
    return form_page(
        request,
        event=event,
        form=form,
        title=_("Consensus on %(code)s") % {"code": question.code},
        intro=str(question),
        cancel_url=reverse("assessments:consensus", args=[event.pk, assessment_round.pk]),
    )


@event_view("events.view_event")
def results(request, event, pk):
    assessment_round = round_for(event, pk, "assessments.view_results", request.user)
    results = selectors.round_results(assessment_round=assessment_round)
    # Development partners are at most two in a core group: their average would expose
    # individual scores, so the comparison of groups is for the event's facilitators only.
    by_group = (
        selectors.group_averages(assessment_round=assessment_round)
        if request.user.has_perm("assessments.manage_round", assessment_round)
        else None
    )
    figures = charts.results_figures(
        assessment_round=assessment_round,
        results=results,
        compared=selectors.compared_round_results(assessment_round=assessment_round),
        by_group=by_group,
    )
    return render(
        request,
        "assessments/results.html",
        {
            "event": event,
            "round": assessment_round,
            "results": results,
            "min_responses": selectors.MIN_RESPONSES_FOR_AGGREGATES,
            **figures,
        },
    )
