"""Live polls: the facilitator's control page (from a laptop or a phone), each poll's results,
and a phone's answer, which needs no account."""

import re
import secrets

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cdfacil.web import act_and_redirect, apply_errors, event_page, form_page, form_saved
from events.permissions import event_view
from workshops.forms.polls import AnswerForm, PollForm
from workshops.models import Evaluation, Poll, Room
from workshops.selectors import polls as poll_selectors
from workshops.selectors.evaluation import open_evaluation
from workshops.selectors.polls import event_polls, poll_results
from workshops.selectors.room import room_for_code
from workshops.services import polls as poll_services

# The phone's key: random, in a signed cookie of its own, so that answering twice replaces the
# first answer without an account, a session or anything else that could name the person.
PHONE_COOKIE = "cdfacil_phone"
PHONE_SALT = "workshops.phone"
PHONE_MAX_AGE = 60 * 60 * 24 * 30
PHONE_KEY = re.compile(r"[0-9a-f]{32}")
LOOK_UP = object()


def phone_key(request) -> str | None:
    key = request.get_signed_cookie(PHONE_COOKIE, default=None, salt=PHONE_SALT)
    return key if key and PHONE_KEY.fullmatch(key) else None


def _keep_phone_key(request, response, key: str):
    if phone_key(request) != key:
        response.set_signed_cookie(
            PHONE_COOKIE,
            key,
            salt=PHONE_SALT,
            max_age=PHONE_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


def room_or_404(code: str) -> Room:
    room = room_for_code(code=code)
    if room is None:
        raise Http404
    return room


def shown_poll_key(poll: Poll | None) -> str:
    """What a phone says it shows when it asks for changes: the open poll, or 0 for none."""
    return str(poll.pk) if poll is not None and poll.status == Poll.Status.OPEN else "0"


def shown_evaluation_key(evaluation: Evaluation | None) -> str:
    return str(evaluation.pk) if evaluation is not None else "0"


def phone_poll_context(
    *, room: Room, poll: Poll | None, phone: str | None, form=None, evaluation=LOOK_UP
) -> dict:
    """The poll part of the phone page: the open poll with the answer form, this phone's
    answer shown again, or the waiting message; and the link to the open evaluation (looked
    up unless given)."""
    answer = None
    if poll is not None and form is None:
        answer = poll_selectors.phone_answer(poll=poll, phone=phone)
        form = AnswerForm(poll=poll, initial=AnswerForm.initial_of(poll, answer))
    if evaluation is LOOK_UP:
        evaluation = open_evaluation(event=room.event)
    return {
        "room": room,
        "event": room.event,
        "poll": poll,
        "form": form,
        "answer": answer,
        "shown_poll": shown_poll_key(poll),
        "evaluation": evaluation,
        "shown_evaluation": shown_evaluation_key(evaluation),
    }


def phone_page(request, room: Room, poll: Poll | None, *, form=None):
    key = phone_key(request) or secrets.token_hex(16)
    context = phone_poll_context(room=room, poll=poll, phone=key, form=form)
    return _keep_phone_key(request, render(request, "workshops/phone.html", context), key)


@require_POST
def phone_answer(request, code, pk):
    room = room_or_404(code)
    # A poll of another event than the code's is not found.
    poll = get_object_or_404(Poll, pk=pk, event_id=room.event_id)
    poll.event = room.event
    key = phone_key(request) or secrets.token_hex(16)
    form = AnswerForm(request.POST, poll=poll)
    if form.is_valid():
        choices, text = form.answer()
        try:
            answer = poll_services.poll_answer(poll=poll, phone=key, choices=choices, text=text)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            if not request.htmx:
                messages.success(request, _("Thank you: your answer is recorded."))
                return _keep_phone_key(request, redirect("workshops:phone", room.code), key)
            context = phone_poll_context(room=room, poll=poll, phone=key)
            context["answered"] = answer
            response = render(request, "workshops/_phone_poll.html", context)
            return _keep_phone_key(request, response, key)
    if request.htmx:
        context = phone_poll_context(room=room, poll=poll, phone=key, form=form)
        return _keep_phone_key(request, render(request, "workshops/_phone_poll.html", context), key)
    return phone_page(request, room, poll, form=form)


# --- The facilitator's control page -------------------------------------------------------------


def _list_url(event) -> str:
    return reverse("workshops:poll_list", args=[event.pk])


@event_view("workshops.run_room")
def poll_list(request, event):
    return event_page(
        request,
        event,
        "workshops/poll_list.html",
        polls=event_polls(event=event),
        room=Room.objects.filter(event=event).first(),
        form=PollForm(),
        suggestions=poll_services.poll_suggestions(event=event),
    )


@event_view("workshops.run_room")
def poll_create(request, event):
    form = PollForm(request.POST or None)
    return form_saved(
        request,
        form,
        save=lambda form: poll_services.poll_create(
            event=event,
            question=form.cleaned_data["question"],
            kind=form.cleaned_data["kind"],
            options=form.option_list(),
            by=request.user,
        ),
        success_message=_("The poll is ready: start it when the room is."),
        done_url=_list_url(event),
    ) or form_page(
        request, event=event, form=form, title=_("New poll"), cancel_url=_list_url(event)
    )


def _poll(event, pk) -> Poll:
    poll = get_object_or_404(event.polls, pk=pk)
    poll.event = event
    return poll


@event_view("workshops.run_room")
def poll_detail(request, event, pk):
    poll = _poll(event, pk)
    return event_page(
        request, event, "workshops/poll_detail.html", poll=poll, results=poll_results(poll=poll)
    )


def _poll_button(act, done_message):
    """The POST of a button on one poll of the control page: `act` (a service) takes the poll
    and who pressed it; `done_message` says what happened, in the language of the request."""

    @require_POST
    @event_view("workshops.run_room")
    def view(request, event, pk):
        poll = _poll(event, pk)
        return act_and_redirect(
            request,
            act=lambda: act(poll=poll, by=request.user),
            done_message=lambda _result: done_message(),
            done_url=_list_url(event),
        )

    return view


poll_start = _poll_button(
    poll_services.poll_start, lambda: _("The poll is open: phones show it now.")
)
poll_stop = _poll_button(
    poll_services.poll_stop, lambda: _("The poll is stopped; its results stay with the event.")
)
