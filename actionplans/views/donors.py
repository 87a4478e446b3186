"""Donor pages (portfolio, plan, pledges) and the event's view of its pledges.

Donors are platform-wide: their pages load the plan version by its number alone, and a version
they may not read is hidden (404). Event pages use `event_view` as elsewhere.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from actionplans.exports import PORTFOLIO_CONTENT_TYPE, portfolio_workbook
from actionplans.forms.donors import PledgeForm, PortfolioFilterForm, ReportingCurrencyForm
from actionplans.models import Pledge
from actionplans.navigation import portfolio_sections
from actionplans.selectors.donors import (
    NEWEST,
    donor_version,
    event_pledges,
    frozen_version,
    lead_contact,
    own_pledge,
    portfolio_countries,
    portfolio_for,
    version_funding,
    version_in_currency,
    version_pledges,
    version_positions,
)
from actionplans.selectors.versions import snapshot_actions
from actionplans.services import donors as donor_services
from cdfacil.currencies import amount_format
from cdfacil.downloads import content_disposition, download_name
from cdfacil.web import confirm_action, event_page, model_form_page, object_view, page_of
from events.permissions import event_view

PORTFOLIO_PAGE_SIZE = 25
# The reporting currency until a donor chooses one; the last one chosen is kept in the session,
# and the URL (a link, a bookmark, the export) carries it.
DEFAULT_REPORTING_CURRENCY = "USD"
CURRENCY_KEY = "donor_reporting_currency"


# --- Donors ---------------------------------------------------------------------------------------


def _reporting_currency(request, chosen: str) -> str:
    """The currency chosen in the URL, remembered for the next visit; else the remembered one."""
    if chosen:
        if request.session.get(CURRENCY_KEY) != chosen:
            request.session[CURRENCY_KEY] = chosen
        return chosen
    return request.session.get(CURRENCY_KEY) or DEFAULT_REPORTING_CURRENCY


def _portfolio_choice(request):
    """The filter form and the portfolio it chooses, from the URL."""
    # Only countries with plans to see: a shorter list to choose from, and a lighter page.
    form = PortfolioFilterForm(request.GET or None, country_codes=portfolio_countries())
    filters = form.filters() if request.GET else {}
    currency = _reporting_currency(request, form.chosen("currency"))
    portfolio = portfolio_for(
        user=request.user,
        currency=currency,
        on=timezone.localdate(),
        sort=form.chosen("sort") or NEWEST,
        **filters,
    )
    return form, filters, portfolio


@object_view("actionplans.view_portfolio")
def donor_portfolio(request):
    form, filters, portfolio = _portfolio_choice(request)
    page = page_of(portfolio.rows, request, size=PORTFOLIO_PAGE_SIZE)
    query = request.GET.copy()
    query.pop("page", None)
    query["currency"] = portfolio.currency
    return render(
        request,
        "actionplans/donor_portfolio.html",
        {
            "form": form,
            "page": page,
            "rows": page.object_list,
            "portfolio": portfolio,
            "filtered": bool(filters),
            "query": query.urlencode(),
            "currency_query": f"currency={portfolio.currency}",
            "sections": portfolio_sections(user=request.user),
        },
    )


@object_view("actionplans.view_portfolio")
def donor_portfolio_export(request):
    """The portfolio as chosen on the page (every row, not one page) as an XLSX workbook."""
    _form, _filters, portfolio = _portfolio_choice(request)
    response = HttpResponse(portfolio_workbook(portfolio), content_type=PORTFOLIO_CONTENT_TYPE)
    name = download_name(
        _("Donor portfolio"), portfolio.currency, date_format(portfolio.on), extension="xlsx"
    )
    response["Content-Disposition"] = content_disposition(name)
    return response


@object_view("actionplans.view_version", load=frozen_version, hide=True)
def donor_plan(request, version):
    event = version.plan.event
    user = request.user
    show_pledges = user.has_perm("actionplans.view_version_pledges", version)
    pledges_by_action: dict[int, list] = {}
    if show_pledges:
        for pledge in version_pledges(version=version):
            pledges_by_action.setdefault(pledge.action_id, []).append(pledge)
    objectives = []
    for objective in version.snapshot.get("objectives", []):
        outputs = []
        for output in objective.get("outputs", []):
            actions = []
            for action in output.get("actions", []):
                pledges = pledges_by_action.get(action["id"], [])
                actions.append(
                    {
                        **action,
                        "pledges": pledges,
                        "own_pledges": [p for p in pledges if p.donor_id == user.pk],
                        # One pledge per organisation and action: theirs is changed, not doubled.
                        "organisation_pledged": any(
                            p.organisation_id == user.organisation_id for p in pledges
                        ),
                    }
                )
            outputs.append({**output, "actions": actions})
        objectives.append({**objective, "outputs": outputs})
    funding = version_funding(versions=[version])[version.pk]
    currency_form = ReportingCurrencyForm(request.GET or None)
    currency = _reporting_currency(request, currency_form.chosen("currency"))
    return render(
        request,
        "actionplans/donor_plan.html",
        {
            "version": version,
            "plan_event": event,
            "snapshot": version.snapshot,
            "objectives": objectives,
            "funding": funding,
            "currency_form": currency_form,
            "in_currency": version_in_currency(
                funding=funding, currency=currency, on=timezone.localdate()
            )
            if show_pledges
            else None,
            "positions": version_positions(version=version),
            "lead": lead_contact(event=event),
            "show_pledges": show_pledges,
            "can_pledge": user.has_perm("actionplans.pledge", version),
        },
    )


def _snapshot_action(version, action_pk) -> dict:
    """The action as the version holds it; an empty one when the version does not hold it (the
    service then refuses the pledge)."""
    for action in snapshot_actions(version.snapshot):
        if action["id"] == action_pk:
            return action
    return {}


def _action_title(version, action_pk) -> str:
    return _snapshot_action(version, action_pk).get("title") or _("an action")


def _pledge_intro(action: dict) -> str:
    if action.get("estimated_cost") is None or not action.get("currency"):
        return ""
    return _(
        "The action's estimated cost is %(cost)s %(currency)s. A pledge in another currency "
        "counts towards it at the latest exchange rate the administrators have recorded; the "
        "rate is kept with the pledge."
    ) % {
        "cost": amount_format(action["estimated_cost"], action["currency"], with_code=False),
        "currency": action["currency"],
    }


def _pledge_page(request, *, version, pledge, title):
    action = _snapshot_action(version, pledge.action_id)
    # A new pledge starts in the action's currency, the one its gap is counted in.
    initial = {"currency": action.get("currency")} if pledge.pk is None else None
    form = PledgeForm(request.POST or None, instance=pledge, initial=initial)
    done_url = reverse("actionplans:donor_plan", args=[version.pk])
    return model_form_page(
        request,
        event=None,
        form=form,
        save=lambda form: donor_services.pledge_save(pledge=form.instance, by=request.user),
        title=title,
        success_message=_("Your pledge was saved."),
        done_url=done_url,
        intro=_pledge_intro(action),
    )


@object_view("actionplans.pledge", load=donor_version)
def pledge_create(request, version, action_pk):
    pledge = Pledge(
        action_id=action_pk,
        version=version,
        donor=request.user,
        organisation_id=request.user.organisation_id,
    )
    title = _("Pledge to “%(action)s”") % {"action": _action_title(version, action_pk)}
    return _pledge_page(request, version=version, pledge=pledge, title=title)


@object_view("actionplans.change_pledge", load=own_pledge)
def pledge_withdraw(request, pledge):
    title = _action_title(pledge.version, pledge.action_id)
    return confirm_action(
        request,
        act=lambda: donor_services.pledge_withdraw(pledge=pledge, by=request.user),
        done_message=_("Your pledge was withdrawn."),
        done_url=reverse("actionplans:donor_plan", args=[pledge.version_id]),
        event=None,
        title=_("Withdraw your pledge to “%(action)s”?") % {"action": title},
        message=_(
            "Your pledge of %(amount)s %(currency)s no longer counts towards the action's "
            "funding. The event's facilitators still see that it was made and withdrawn."
        )
        % {
            "amount": amount_format(pledge.amount, pledge.currency, with_code=False),
            "currency": pledge.currency,
        },
        button=_("Withdraw the pledge"),
    )


@object_view("actionplans.change_pledge", load=own_pledge)
def pledge_edit(request, pledge):
    version = pledge.version
    title = _("Your pledge to “%(action)s”") % {"action": _action_title(version, pledge.action_id)}
    return _pledge_page(request, version=version, pledge=pledge, title=title)


# --- The event's pledges -----------------------------------------------------------------------


@event_view("actionplans.view_pledges")
def plan_pledges(request, event):
    pledges = list(event_pledges(event=event))
    versions = {pledge.version_id: pledge.version for pledge in pledges}
    funding = version_funding(versions=versions.values())
    return event_page(
        request,
        event,
        "actionplans/pledge_list.html",
        pledges=pledges,
        totals=[
            {"version": version, "funding": funding[version.pk]} for version in versions.values()
        ],
    )
