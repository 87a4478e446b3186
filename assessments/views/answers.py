"""A member's private answers: the response page, one step per dimension or all on one page,
saving an answer as it is typed, submitting."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from assessments.forms.answers import SCALE_WORDS, AnswerForm
from assessments.models import Answer, Response
from assessments.selectors import answers as answer_selectors
from assessments.services import answers as answer_services
from assessments.services import rounds as round_services
from cdfacil.web import object_view, refusal_messages

SCALE = SCALE_WORDS
ALL_STEPS = "all"

# Another member's response answers 404 (hide=True), not 403: even that it exists is theirs.
load_response = answer_selectors.response_for


def _answer_context(response, question, answer, *, error=None, typed=None):
    """One question's block; `typed` is what the member sent when a newer answer refused it."""
    return {
        "response": response,
        "event": response.round.event,
        "item": {
            "question": question,
            "answer": answer,
            "lacks": answer_selectors.answer_lacks(answer),
        },
        "editable": response.editable,
        "scale": SCALE,
        "error": error,
        "typed": typed,
    }


def _step_context(steps, step) -> dict:
    """The step bar and the buttons under a step: where Previous, Next and Next unanswered go."""
    if step is None:
        return {"steps": steps, "step": None}
    return {
        "steps": steps,
        "step": step,
        "previous_step": steps.step(step.number - 1),
        "next_step": steps.step(step.number + 1),
        "next_unanswered": steps.next_unanswered(step),
    }


def _chosen_step(request, steps, *, editable: bool):
    """The step the address asks for (?step=3), or None for all on one page (?step=all).
    Without one, a member goes on from the first step not finished, and the read-only page
    shows everything; a number out of range shows the nearest step, a mistyped one the first
    step not finished."""
    asked = request.GET.get("step", "")
    if asked == ALL_STEPS or not steps.steps or (not asked and not editable):
        return None
    if not asked:
        return steps.first_unanswered() or steps.step(1)
    try:
        number = int(asked)
    except ValueError:
        return steps.first_unanswered() or steps.step(1)
    return steps.step(min(max(number, 1), len(steps.steps)))


# The counts are the server's on every load: the phone's Back button must not show a page kept
# from before the answers it saved since (no-store keeps it out of the back-forward cache).
@never_cache
@object_view("assessments.view_response", load=load_response, hide=True)
def response_form(request, response):
    closed_reason = round_services.round_closed_reason(assessment_round=response.round)
    response.editable = (
        request.user.pk == response.respondent_id
        and closed_reason is None
        and response.status == Response.Status.IN_PROGRESS
    )
    steps = answer_selectors.response_steps(response=response)
    step = _chosen_step(request, steps, editable=response.editable)
    return render(
        request,
        "assessments/response.html",
        {
            "event": response.round.event,
            "response": response,
            "shown": [step] if step else steps.steps,
            "scale": SCALE,
            "progress": steps.progress,
            "closed_reason": closed_reason,
            "all_on_one_page": step is None,
            **_step_context(steps, step),
        },
    )


def _typed_answer(request, response, question, form) -> Answer:
    """What the member typed, unsaved, to show again beside the reason it was refused."""
    cleaned = getattr(form, "cleaned_data", {})
    return Answer(
        response=response,
        question=question,
        kind=request.POST.get("kind") or Answer.Kind.RATED,
        current=cleaned.get("current"),
        desired=cleaned.get("desired"),
        evidence=request.POST.get("evidence", "")[:4000],
    )


@require_POST
@object_view("assessments.answer", load=load_response, hide=True)
def answer_autosave(request, response, question_pk):
    """Save one answer as the member types; htmx swaps back the question with its state."""
    response.editable = True
    question = answer_selectors.round_question(version_id=response.round.version_id, pk=question_pk)
    if question is None:
        raise Http404
    form = AnswerForm(request.POST)
    error = conflict = None
    if form.is_valid():
        try:
            answer = answer_services.answer_save(
                response=response, question=question, **form.cleaned_data
            )
        except answer_services.AnswerConflict as refused:
            error, conflict = " ".join(refused.messages), refused
        except ValidationError as refused:
            error = " ".join(refused.messages)
    else:
        error = " ".join(message for errors in form.errors.values() for message in errors)
    typed = _typed_answer(request, response, question, form) if error else None
    if not request.htmx:
        if error:
            messages.error(request, error)
        if conflict and typed.evidence:
            messages.info(
                request, _("Your evidence, not saved: %(text)s") % {"text": typed.evidence}
            )
        page = reverse("assessments:response", args=[response.round.event_id, response.pk])
        # Back to the question, on its step or on the page of all steps it was sent from.
        if request.POST.get("shown") == ALL_STEPS:
            return redirect(f"{page}?step={ALL_STEPS}#q{question.pk}")
        step = answer_selectors.response_steps(response=response).step_of(question.pk)
        return redirect(f"{page}?step={step.number}#q{question.pk}")
    if conflict:
        # The stored answer goes into the form; what was typed stays beside it, unsaved.
        context = _answer_context(response, question, conflict.stored, error=error, typed=typed)
        return render(request, "assessments/response.html#question", context, status=409)
    if error:
        context = _answer_context(response, question, typed, error=error)
    else:
        # The counts, the step bar and where "Next unanswered" leads come back out of band.
        steps = answer_selectors.response_steps(response=response)
        context = _answer_context(response, question, answer)
        context |= _step_context(steps, steps.step_of(question.pk))
        context["progress"] = steps.progress
        context["oob_progress"] = True
    return render(request, "assessments/response.html#question", context)


@never_cache
@object_view("assessments.answer", load=load_response, hide=True)
def response_submit(request, response):
    event = response.round.event
    back = reverse("assessments:response", args=[event.pk, response.pk])
    if request.method == "POST":
        try:
            answer_services.response_submit(response=response)
        except ValidationError as error:
            refusal_messages(request, error)
            return redirect(back)
        messages.success(request, _("Your answers are submitted and locked. Thank you."))
        return redirect("assessments:round_list", event.pk)
    steps = answer_selectors.response_steps(response=response)
    last = steps.step(len(steps.steps))
    return render(
        request,
        "assessments/response_submit.html",
        {
            "event": event,
            "response": response,
            "title": _("Submit your answers?"),
            "message": _(
                "You answered %(answered)d of %(total)d questions. Once submitted, your answers "
                "are locked and can no longer change."
            )
            % steps.progress,
            "missing": steps.missing,
            "action_url": request.path,
            "cancel_url": f"{back}?step={last.number}" if last else back,
            "button_label": _("Submit and lock"),
        },
    )
