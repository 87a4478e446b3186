"""The evaluation of the workshops: the facilitators' pages (the event's evaluations, their
questions, opening and closing, the results, their events side by side) and the participants'
answer page, reached by a personal email link or the walk-in link, with no account."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cdfacil.web import (
    apply_errors,
    confirm_action,
    delete_page,
    event_page,
    model_form_page,
    object_view,
    site_root,
)
from events.permissions import event_view
from workshops import evaluation_charts
from workshops.forms.evaluation import AnswerForm, EvaluationCreateForm, QuestionForm
from workshops.models import Evaluation, Room, Workshop
from workshops.selectors import evaluation as selectors
from workshops.services import evaluation as services

manage_evaluation = object_view("workshops.manage_evaluation", load=selectors.evaluation_for)

# The walk-in's phone keeps, in a signed cookie per evaluation, that it has answered.
WALK_IN_SALT = "workshops.evaluation.walk_in"
WALK_IN_COOKIE_DAYS = 365


def _detail_url(evaluation: Evaluation) -> str:
    return reverse("workshops:evaluation_detail", args=[evaluation.event_id, evaluation.pk])


def walk_in_path(evaluation: Evaluation) -> str:
    """The walk-in link of an evaluation (the room view's QR code points at it)."""
    return reverse("workshops:evaluation_walk_in", kwargs={"public_id": evaluation.public_id})


# --- The facilitators' pages -----------------------------------------------------------------


@event_view("workshops.manage_evaluations")
def evaluation_list(request, event):
    evaluations = selectors.evaluations_of_event(event=event)
    evaluated = {evaluation.workshop for evaluation in evaluations}
    return event_page(
        request,
        event,
        "workshops/evaluation_list.html",
        evaluations=evaluations,
        can_add=any(workshop not in evaluated for workshop in Workshop),
    )


@event_view("workshops.manage_evaluations")
def evaluation_create(request, event):
    form = EvaluationCreateForm(
        request.POST or None, choices=selectors.workshops_without_evaluation(event=event)
    )
    return model_form_page(
        request,
        event=event,
        form=form,
        save=lambda form: services.evaluation_create(
            event=event, workshop=form.cleaned_data["workshop"], by=request.user
        ),
        title=_("New evaluation"),
        intro=_(
            "The evaluation starts with the default questions in the platform's four "
            "languages. You can adapt them until the first answer."
        ),
        success_message=_("The evaluation is ready: adapt its questions, then open it."),
        done_url=reverse("workshops:evaluation_list", args=[event.pk]),
    )


@manage_evaluation
def evaluation_detail(request, evaluation):
    evaluation = selectors.evaluation_counted(evaluation=evaluation)
    return event_page(
        request,
        evaluation.event,
        "workshops/evaluation_detail.html",
        evaluation=evaluation,
        questions=selectors.evaluation_questions(evaluation=evaluation),
        adaptable=evaluation.answer_count == 0 and evaluation.status != Evaluation.Status.CLOSED,
        walk_in_url=request.build_absolute_uri(walk_in_path(evaluation)),
    )


def _emails_queued(count: int) -> str:
    if not count:  # opened again, or nobody to invite
        return _("The evaluation is open.")
    return ngettext(
        "The evaluation is open. %(count)d email with a personal link is on its way.",
        "The evaluation is open. %(count)d emails with a personal link are on their way.",
        count,
    ) % {"count": count}


@manage_evaluation
def evaluation_open(request, evaluation):
    if evaluation.opened_at is None:
        invited = selectors.evaluation_invitees(evaluation=evaluation).count()
        message = ngettext(
            "Opening the evaluation emails the %(count)d person invited to this workshop a "
            "link of their own, which answers once. The walk-in link works from then on too. "
            "Once somebody has answered, the questions can no longer change.",
            "Opening the evaluation emails each of the %(count)d people invited to this "
            "workshop a link of their own, which answers once. The walk-in link works from "
            "then on too. Once somebody has answered, the questions can no longer change.",
            invited,
        ) % {"count": invited}
    else:
        message = _(
            "Opening the evaluation again lets people answer through their links and the "
            "walk-in link. No email is sent."
        )
    return confirm_action(
        request,
        act=lambda: services.evaluation_open(
            evaluation=evaluation, by=request.user, base_url=site_root(request)
        ),
        done_message=_emails_queued,
        done_url=_detail_url(evaluation),
        event=evaluation.event,
        title=_("Open the evaluation of the %(workshop)s")
        % {"workshop": evaluation.get_workshop_display().lower()},
        message=message,
        button=_("Open the evaluation"),
    )


@manage_evaluation
def evaluation_close(request, evaluation):
    return confirm_action(
        request,
        act=lambda: services.evaluation_close(evaluation=evaluation, by=request.user),
        done_message=_("The evaluation is closed."),
        done_url=_detail_url(evaluation),
        event=evaluation.event,
        title=_("Close the evaluation of the %(workshop)s")
        % {"workshop": evaluation.get_workshop_display().lower()},
        message=_(
            "Nobody can answer once the evaluation is closed, by their link or the walk-in "
            "link. You can open it again later."
        ),
        button=_("Close the evaluation"),
    )


@manage_evaluation
def evaluation_results(request, evaluation):
    results = selectors.evaluation_results(evaluation=evaluation)
    return event_page(
        request,
        evaluation.event,
        "workshops/evaluation_results.html",
        evaluation=evaluation,
        results=results,
        chart=evaluation_charts.evaluation_chart(evaluation=evaluation, results=results),
    )


def _question_page(request, evaluation, question):
    form = QuestionForm(
        request.POST or None, event_language=evaluation.event.language, question=question
    )
    return model_form_page(
        request,
        event=evaluation.event,
        form=form,
        save=lambda form: services.evaluation_question_save(
            evaluation=evaluation,
            question=question,
            kind=form.cleaned_data.get("kind"),
            text=form.texts(),
        ),
        title=_("New question") if question is None else _("Edit the question"),
        intro=_("Write the question in the event's language, and in the others where you can."),
        success_message=_("The question is saved."),
        done_url=_detail_url(evaluation),
    )


@manage_evaluation
def evaluation_question_create(request, evaluation):
    return _question_page(request, evaluation, None)


@manage_evaluation
def evaluation_question_edit(request, evaluation, question_pk):
    return _question_page(
        request, evaluation, get_object_or_404(evaluation.questions, pk=question_pk)
    )


@manage_evaluation
def evaluation_question_delete(request, evaluation, question_pk):
    question = get_object_or_404(evaluation.questions, pk=question_pk)
    return delete_page(
        request,
        event=evaluation.event,
        delete=lambda: services.evaluation_question_remove(question=question),
        title=_("Remove the question"),
        message=_("Remove “%(question)s” from this evaluation?") % {"question": question},
        button=_("Remove"),
        done_message=_("The question is removed."),
        done_url=_detail_url(evaluation),
    )


@object_view(None)
def evaluation_compare(request):
    """The evaluations of the events this person facilitates, side by side (none for others)."""
    return render(
        request,
        "workshops/evaluation_compare.html",
        selectors.evaluations_compared(user=request.user),
    )


# --- The participants' answer page -----------------------------------------------------------


def _in_event_language(request, event) -> None:
    """Someone who never chose a language reads the event's."""
    chose = settings.LANGUAGE_COOKIE_NAME in request.COOKIES or (
        request.user.is_authenticated and request.user.language
    )
    if not chose:
        translation.activate(event.language)
        request.LANGUAGE_CODE = event.language


def _answer_page(request, evaluation, *, answered: bool, save, room: Room | None = None):
    """The questions on one page for a phone, then thanks; `answered` when this person or
    phone has answered before. `save(answers)` records the answers; the response is returned
    with `saved` set, for the walk-in's cookie. With the event's `room`, the page leads back
    to the room's page for phones."""
    _in_event_language(request, evaluation.event)
    state = "answered" if answered else evaluation.status
    form = None
    saved = False
    if state == Evaluation.Status.OPEN:
        form = AnswerForm(
            request.POST or None, questions=selectors.evaluation_questions(evaluation=evaluation)
        )
        if request.method == "POST" and form.is_valid():
            try:
                save(form.answers())
            except ValidationError as error:
                if error.code == "answered":
                    state = "answered"
                else:
                    apply_errors(form, error)
            else:
                state, saved = "thanks", True
    response = render(
        request,
        "workshops/evaluation_answer.html",
        {
            "evaluation": evaluation,
            "answer_event": evaluation.event,
            "form": form,
            "state": state,
            "answered_message": services.already_answered_message(),
            "room": room,
        },
    )
    response.saved = saved
    # Answers are nobody's business but the person's: no shared cache keeps the page.
    response["Cache-Control"] = "private, no-store"
    return response


def evaluation_answer(request, token):
    """An invited person's own link, from the email: answers once."""
    try:
        evaluation, participation = services.evaluation_from_token(token)
    except services.EvaluationLinkError as error:
        raise Http404 from error
    return _answer_page(
        request,
        evaluation,
        answered=selectors.has_answered(evaluation=evaluation, participation=participation),
        save=lambda answers: services.evaluation_answer_save(
            evaluation=evaluation, answers=answers, participation=participation
        ),
    )


def evaluation_walk_in(request, public_id):
    """The evaluation's walk-in link, for people with no account or invitation: one answer per
    phone, kept by a signed cookie."""
    evaluation = get_object_or_404(Evaluation.objects.select_related("event"), public_id=public_id)
    cookie = f"evaluation-{evaluation.public_id}"
    answered = request.get_signed_cookie(cookie, default=None, salt=WALK_IN_SALT) is not None
    response = _answer_page(
        request,
        evaluation,
        answered=answered,
        save=lambda answers: services.evaluation_answer_save(
            evaluation=evaluation, answers=answers
        ),
        room=Room.objects.filter(event_id=evaluation.event_id).first(),
    )
    if response.saved:
        response.set_signed_cookie(
            cookie,
            "answered",
            salt=WALK_IN_SALT,
            max_age=WALK_IN_COOKIE_DAYS * 24 * 3600,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
            path=walk_in_path(evaluation),
        )
    return response
