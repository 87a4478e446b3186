"""Turning reminders off from the link in a reminder: no sign-in, the signed link is the key.
GET shows the page and changes nothing; the button's POST turns them off (or on again)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from events.services import reminders as reminder_services


def reminders_off(request, token):
    user = reminder_services.reminder_off_user(token)
    if user is None:
        return render(request, "events/reminders_off.html", {"invalid": True}, status=404)
    if request.method == "POST":
        if request.POST.get("reminders") == "on":
            reminder_services.reminders_turn_on(user=user)
            messages.success(request, _("Reminders are on again."))
        else:
            reminder_services.reminders_turn_off(user=user)
            messages.success(request, _("Reminders are off: you will receive no more."))
        return redirect(request.path)
    return render(
        request,
        "events/reminders_off.html",
        {"person": user, "off": reminder_services.reminders_are_off(user=user)},
    )
