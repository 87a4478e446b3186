"""The room: the projector view a facilitator puts on the wall, and the pages phones join by
its code (signed-out phones too: the code is the key)."""

import segno
from django import forms
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_htmx.http import reswap

from actionplans.selectors.endorsement import event_tally
from events.models import Event
from events.permissions import event_view
from workshops.selectors.evaluation import open_evaluation
from workshops.selectors.polls import open_poll, poll_results, shown_poll
from workshops.selectors.room import room_clock, room_for_code
from workshops.services.room import room_open
from workshops.views.polls import (
    phone_key,
    phone_page,
    phone_poll_context,
    room_or_404,
    shown_evaluation_key,
    shown_poll_key,
)


def qr_svg(url: str) -> str:
    """The QR code of `url` as inline SVG, sized by its container (segno's own output)."""
    code = segno.make(url, error="m")
    return mark_safe(code.svg_inline(scale=1, border=2, omitsize=True))  # noqa: S308


def _live(event: Event) -> dict:
    """What the projector refreshes every two seconds: the agenda's clock, the poll shown with
    its results, and during the endorsement the tally of positions."""
    poll = shown_poll(event=event)
    return {
        "event": event,
        "clock": room_clock(event=event),
        "poll": poll,
        "results": poll_results(poll=poll) if poll else None,
        "tally": event_tally(event=event) if event.phase == Event.Phase.ENDORSEMENT else None,
    }


@event_view("workshops.run_room")
def room(request, event):
    room = room_open(event=event)
    phone_url = request.build_absolute_uri(reverse("workshops:phone", args=[room.code]))
    return render(
        request,
        "workshops/room.html",
        {
            **_live(event),
            "room": room,
            "phone_url": phone_url,
            # Read off the wall: the address without its scheme, which phones add themselves.
            "phone_address": phone_url.split("://", 1)[-1],
            "qr": qr_svg(phone_url),
        },
    )


@event_view("workshops.run_room")
def room_live(request, event):
    if not request.htmx:
        return redirect("workshops:room", event.pk)
    return render(request, "workshops/_room_live.html", _live(event))


class JoinForm(forms.Form):
    code = forms.CharField(label=_("Join code"), max_length=12)

    def clean_code(self):
        room = room_for_code(code=self.cleaned_data["code"])
        if room is None:
            raise forms.ValidationError(_("No room has this code. Check it on the screen."))
        self.room = room
        return room.code


def join(request):
    """Where a phone types the code read off the projector."""
    form = JoinForm(request.GET or None)
    if form.is_valid():
        return redirect("workshops:phone", form.room.code)
    return render(request, "workshops/phone_join.html", {"form": form})


def phone(request, code):
    room = room_or_404(code)
    return phone_page(request, room, open_poll(event=room.event))


def phone_live(request, code):
    """The phone asks every few seconds which poll and which evaluation are open. Nothing new
    answers 204, and htmx leaves the page (and anything half typed) as it is; a new evaluation
    alone replaces only its link, out of band, so a half-typed answer to the poll stays."""
    room = room_or_404(code)
    if not request.htmx:
        return redirect("workshops:phone", room.code)
    poll, evaluation = open_poll(event=room.event), open_evaluation(event=room.event)
    poll_changed = request.GET.get("shown") != shown_poll_key(poll)
    # A page loaded before the evaluation link existed shows none.
    evaluation_changed = request.GET.get("evaluation", "0") != shown_evaluation_key(evaluation)
    if not poll_changed and not evaluation_changed:
        return HttpResponse(status=204)
    context = phone_poll_context(
        room=room, poll=poll, phone=phone_key(request), evaluation=evaluation
    )
    response = render(
        request,
        "workshops/_phone_live.html",
        {**context, "poll_changed": poll_changed, "evaluation_changed": evaluation_changed},
    )
    return response if poll_changed else reswap(response, "none")
