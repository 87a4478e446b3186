"""A member's private answers: the response page, saving an answer as it is typed, submitting."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessments.forms.answers import AnswerForm
from assessments.models import Answer, Response
from assessments.selectors import answers as answer_selectors
from assessments.services import answers as answer_services
from assessments.services import rounds as round_services
from cdfacil.web import confirm_page, object_view, refusal_messages

SCALE = (1, 2, 3, 4)

# Another member's response answers 404 (hide=True), not 403: even that it exists is theirs.
load_response = answer_selectors.response_for


def _answer_context(response, question, answer, *, error=None, typed=None):
    """One question's block; `typed` is what the member sent when a newer answer refused it."""
    return {
        "response": response,
        "event": response.round.event,
        "item": {"question": question, "answer": answer},
        "editable": response.editable,
        "scale": SCALE,
        "error": error,
        "typed": typed,
    }


@object_view("assessments.view_response", load=load_response, hide=True)
def response_form(request, response):
    closed_reason = round_services.round_closed_reason(assessment_round=response.round)
    response.editable = (
        request.user.pk == response.respondent_id
        and closed_reason is None
        and response.status == Response.Status.IN_PROGRESS
    )
    return render(
        request,
        "assessments/response.html",
        {
            "event": response.round.event,
            "response": response,
            "levels": answer_selectors.response_questions(response=response),
            "scale": SCALE,
            "progress": answer_selectors.response_progress(response=response),
            "closed_reason": closed_reason,
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
        return redirect(f"{page}#q{question.pk}")
    if conflict:
        # The stored answer goes into the form; what was typed stays beside it, unsaved.
        context = _answer_context(response, question, conflict.stored, error=error, typed=typed)
        return render(request, "assessments/response.html#question", context, status=409)
    if error:
        context = _answer_context(response, question, typed, error=error)
    else:
        context = _answer_context(response, question, answer)
        context["progress"] = answer_selectors.response_progress(response=response)
        context["oob_progress"] = True
    return render(request, "assessments/response.html#question", context)


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
    return confirm_page(
        request,
        event=event,
        title=_("Submit your answers?"),
        message=_(
            "You answered %(answered)d of %(total)d questions. Once submitted, your answers are "
            "locked and can no longer change."
        )
        % answer_selectors.response_progress(response=response),
        action_url=request.path,
        cancel_url=back,
        button=_("Submit and lock"),
    )
