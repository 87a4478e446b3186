"""The dashboard: the person's next steps, the events they facilitate and those they take
part in."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from cdfacil import navigation
from events.selectors.dashboard import dashboard_context


@login_required
def dashboard(request):
    context = dashboard_context(
        user=request.user,
        page=request.GET.get("page"),
        member_page=request.GET.get("member_page"),
    )
    no_events = not context["facilitated_page"].paginator.count
    if no_events and not context["member_page"].paginator.count:
        # Someone in no event (a donor) lands on the page a higher app registered for them,
        # unless a step waits for them there (a pledge to confirm): then the dashboard shows
        # it, with the way on to that page.
        landing = navigation.landing_url(user=request.user)
        if landing and not context["next_steps"]:
            return redirect(landing)
        context["landing_url"] = landing
    return render(request, "events/dashboard.html", context)
