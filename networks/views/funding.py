"""Resource mobilisation pages: a donor's pledge to a focus area or an activity, its change
and withdrawal, and the network's funding seen by a donor: its shared priorities with what is
needed, mobilised and missing per currency."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from cdfacil.currencies import amount_format
from cdfacil.web import apply_errors, object_view
from networks.forms.funding import NetworkPledgeForm
from networks.models import NetworkPledge
from networks.selectors.funding import (
    area_funding,
    donor_pledges,
    focus_area_for,
    network_areas,
    network_funding,
    pledge_cluster,
    pledge_for,
    pledgeable_activity_for,
)
from networks.selectors.network import network_for
from networks.services import funding as services
from networks.views.network import network_confirm


def _funding_url(network) -> str:
    return reverse("networks:funding", args=[network.pk])


def _pledge_page(request, *, pledge, target, network, title, intro):
    form = NetworkPledgeForm(request.POST or None, instance=pledge)
    if request.method == "POST" and form.is_valid():
        try:
            services.network_pledge_save(pledge=form.instance, by=request.user)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Your pledge was saved."))
            return redirect(_funding_url(network))
    return render(
        request,
        "networks/pledge_form.html",
        {
            "network": network,
            "form": form,
            "title": title,
            "intro": intro,
            "target": target,
            "cancel_url": _funding_url(network),
        },
    )


@object_view("networks.pledge", load=focus_area_for)
def pledge_focus_area(request, focus_area):
    network = focus_area.cluster.network
    return _pledge_page(
        request,
        pledge=NetworkPledge(focus_area=focus_area),
        target=focus_area,
        network=network,
        title=_("Pledge to “%(area)s”") % {"area": focus_area.title},
        intro=_("A focus area of the cluster “%(cluster)s”.")
        % {"cluster": focus_area.cluster.theme},
    )


@object_view("networks.pledge", load=pledgeable_activity_for)
def pledge_activity(request, activity):
    network = activity.cluster.network
    return _pledge_page(
        request,
        pledge=NetworkPledge(activity=activity, currency=activity.currency),
        target=activity,
        network=network,
        title=_("Pledge to “%(activity)s”") % {"activity": activity.title},
        intro=_("An activity of %(organisation)s, budget %(budget)s.")
        % {
            "organisation": activity.member.organisation,
            "budget": amount_format(activity.budget, activity.currency),
        },
    )


@object_view("networks.change_pledge", load=pledge_for)
def pledge_edit(request, pledge):
    target = pledge.focus_area or pledge.activity
    return _pledge_page(
        request,
        pledge=pledge,
        target=target,
        network=pledge_cluster(pledge).network,
        title=_("Your pledge to “%(target)s”") % {"target": target},
        intro="",
    )


@object_view("networks.change_pledge", load=pledge_for)
def pledge_withdraw(request, pledge):
    network = pledge_cluster(pledge).network
    target = pledge.focus_area or pledge.activity
    return network_confirm(
        request,
        network=network,
        act=lambda: services.network_pledge_withdraw(pledge=pledge, by=request.user),
        done_message=_("Your pledge was withdrawn."),
        done_url=_funding_url(network),
        title=_("Withdraw your pledge to “%(target)s”?") % {"target": target},
        message=_("Your pledge of %(amount)s no longer counts as mobilised. It stays on record.")
        % {"amount": amount_format(pledge.amount, pledge.currency)},
        button=_("Withdraw the pledge"),
    )


@object_view("networks.view_network", load=network_for)
def funding(request, network):
    areas = network_areas(network=network)
    money = area_funding(areas=areas)
    round_, priorities = network_funding(network=network, money=money)
    can_pledge = request.user.has_perm("networks.pledge", network)
    return render(
        request,
        "networks/funding.html",
        {
            "network": network,
            "round": round_,
            "priorities": priorities,
            "areas": [(area, money[area.pk]) for area in areas],
            "can_pledge": can_pledge,
            "own_pledges": list(donor_pledges(user=request.user, network=network))
            if can_pledge
            else [],
        },
    )
