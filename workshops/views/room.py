"""The room: the projector view a facilitator puts on the wall, and the pages phones join by
its code (signed-out phones too: the code is the key)."""

import segno
from django import forms
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from actionplans.selectors.endorsement import event_tally
from events.models import Event
from events.permissions import event_view
from workshops.selectors.polls import open_poll, poll_results, shown_poll
from workshops.selectors.room import room_clock, room_for_code
from workshops.services.room import room_open
from workshops.views.polls import phone_key, phone_page, phone_poll_context, room_or_404


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
    """The phone asks every few seconds which poll is open: nothing new answers 204, and htmx
    leaves the page (and anything half typed) as it is."""
    room = room_or_404(code)
    if not request.htmx:
        return redirect("workshops:phone", room.code)
    poll = open_poll(event=room.event)
    if request.GET.get("shown") == str(poll.pk if poll else 0):
        return HttpResponse(status=204)
    return render(
        request,
        "workshops/_phone_poll.html",
        phone_poll_context(room=room, poll=poll, phone=phone_key(request)),
    )
