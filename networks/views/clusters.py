"""The pages of thematic clusters: the network's clusters, a cluster with its members, focus
areas and work plan, joining and leaving, its gaps, and the coordination across clusters. The
focus areas' and activities' own pages are in `work_plans`."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from cdfacil.web import act_and_redirect, apply_errors, object_view, page_of
from networks.forms.clusters import (
    ClusterForm,
    JoinForm,
    WorkPlanFilterForm,
)
from networks.models import NetworkMember
from networks.roles import roles_of
from networks.selectors import clusters as selectors
from networks.selectors.gaps import (
    cluster_gaps,
    network_cluster_gaps,
    reference_round,
    uncovered_priorities,
)
from networks.selectors.network import cluster_for, network_for
from networks.services import clusters as services
from networks.views.network import network_confirm


def detail_url(cluster) -> str:
    return reverse("networks:cluster_detail", args=[cluster.pk])


def cluster_form_page(request, *, network, form, title, cancel_url, intro=None, submit=None):
    return render(
        request,
        "networks/cluster_form.html",
        {
            "network": network,
            "form": form,
            "title": title,
            "intro": intro,
            "cancel_url": cancel_url,
            "submit_label": submit or _("Save"),
        },
    )


def form_saved_to(request, form, *, save, message, done_url):
    """A valid POST: the service, then on to `done_url(result)` with `message`; None when the
    form is to be shown again (a refusal shown on it, what was typed kept)."""
    if request.method == "POST" and form.is_valid():
        try:
            result = save(form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, message)
            return redirect(done_url(result))
    return None


# --- The network's clusters ----------------------------------------------------------------


@object_view("networks.view_members", load=network_for)
def cluster_list(request, network):
    rows = selectors.cluster_rows(network=network)
    reference = reference_round(network=network)
    gaps = network_cluster_gaps(network=network, unfunded_limit=0)
    for row in rows:
        row.gap_count = gaps[row.cluster.pk].count
    return render(
        request,
        "networks/cluster_list.html",
        {
            "network": network,
            "rows": rows,
            "reference": reference,
            "uncovered": uncovered_priorities(network=network, round_=reference)
            if reference
            else [],
            "can_create": request.user.has_perm("networks.manage_network", network),
        },
    )


@object_view("networks.manage_network", load=network_for)
def cluster_create(request, network):
    form = ClusterForm(request.POST or None, network=network)
    return form_saved_to(
        request,
        form,
        save=lambda data: services.cluster_create(network=network, by=request.user, **data),
        message=_("The cluster was created; its convener is its first member."),
        done_url=detail_url,
    ) or cluster_form_page(
        request,
        network=network,
        form=form,
        title=_("New thematic cluster"),
        cancel_url=reverse("networks:cluster_list", args=[network.pk]),
    )


@object_view("networks.manage_cluster", load=cluster_for)
def cluster_edit(request, cluster):
    form = ClusterForm(request.POST or None, network=cluster.network, cluster=cluster)
    return form_saved_to(
        request,
        form,
        save=lambda data: services.cluster_update(cluster=cluster, by=request.user, **data),
        message=_("The cluster was saved."),
        done_url=detail_url,
    ) or cluster_form_page(
        request,
        network=cluster.network,
        form=form,
        title=_("Edit the cluster"),
        cancel_url=detail_url(cluster),
    )


# --- A cluster -----------------------------------------------------------------------------


@object_view("networks.view_cluster", load=cluster_for)
def cluster_detail(request, cluster):
    user = request.user
    memberships = selectors.cluster_members(cluster=cluster)
    cluster.current_member_ids = {row.member_id for row in memberships if row.left_at is None}
    areas = selectors.focus_areas_of(cluster=cluster)
    members = list({row.member_id: row.member for row in memberships}.values())
    form = WorkPlanFilterForm(
        request.GET or None,
        countries=selectors.work_plan_countries(cluster=cluster),
        members=members,
        focus_areas=areas,
    )
    chosen = form.chosen()
    page = page_of(selectors.work_plan(cluster=cluster, **chosen), request)
    page.object_list = selectors.work_plan_rows(page.object_list)
    for activity in page.object_list:
        activity.cluster = cluster
        activity.can_edit = user.has_perm("networks.edit_activity", activity)
    for row in memberships:
        row.can_leave = row.left_at is None and user.has_perm("networks.leave_cluster", row)
    mine = roles_of(user, cluster.network).member_ids
    query = urlencode(
        {name: value for name, value in request.GET.items() if name != "page" and value}
    )
    return render(
        request,
        "networks/cluster_detail.html",
        {
            "network": cluster.network,
            "cluster": cluster,
            "current": [row for row in memberships if row.left_at is None],
            "former": [row for row in memberships if row.left_at is not None],
            "focus_areas": areas,
            "filter": form,
            "filtered": bool(chosen),
            "page": page,
            "query": query,
            "can_manage": user.has_perm("networks.manage_cluster", cluster),
            "can_add": user.has_perm("networks.add_cluster_activity", cluster),
            "can_join": user.has_perm("networks.join_cluster", cluster)
            and bool(mine - cluster.current_member_ids),
        },
    )


@object_view("networks.join_cluster", load=cluster_for)
def cluster_join(request, cluster):
    """A representative's organisation joins; one who represents several chooses which."""
    mine = roles_of(request.user, cluster.network).member_ids
    joinable = (
        NetworkMember.objects.filter(pk__in=mine, left_at__isnull=True)
        .exclude(cluster_memberships__cluster=cluster, cluster_memberships__left_at__isnull=True)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    choices = list(joinable)
    if not choices:
        messages.info(request, _("Your organisation is in this cluster already."))
        return redirect(detail_url(cluster))
    posted = request.POST if "member" in request.POST else None
    if request.method == "POST" and posted is None and len(choices) == 1:
        posted = {"member": choices[0].pk}
    # A representative of several members who pressed "Join" chooses first.
    form = JoinForm(posted, members=joinable)
    if request.method == "POST" and form.is_valid():
        member = form.cleaned_data["member"]
        return act_and_redirect(
            request,
            act=lambda: services.cluster_join(cluster=cluster, member=member, by=request.user),
            done_message=_("%(organisation)s joined the cluster.") % {"organisation": member},
            done_url=detail_url(cluster),
        )
    return cluster_form_page(
        request,
        network=cluster.network,
        form=form,
        title=_("Join “%(theme)s”") % {"theme": cluster.theme},
        intro=_("You represent several member organisations: choose the one that joins."),
        cancel_url=detail_url(cluster),
        submit=_("Join the cluster"),
    )


@object_view("networks.leave_cluster", load=selectors.membership_for)
def cluster_leave(request, membership):
    cluster = membership.cluster
    words = {"organisation": membership.member, "theme": cluster.theme}
    return network_confirm(
        request,
        network=cluster.network,
        act=lambda: services.cluster_leave(membership=membership, by=request.user),
        title=_("%(organisation)s leaves “%(theme)s”?") % words,
        message=_(
            "The day it leaves is kept. Its activities and what it reported stay in the "
            "cluster's work plan and reports; it can join again later."
        ),
        button=_("Leave the cluster"),
        done_message=_("%(organisation)s left the cluster.") % words,
        done_url=detail_url(cluster),
    )


@object_view("networks.view_cluster", load=cluster_for)
def cluster_gaps_page(request, cluster):
    gaps = cluster_gaps(cluster=cluster)
    for activity in gaps.unfunded_activities:
        activity.cluster = cluster
        activity.can_edit = request.user.has_perm("networks.edit_activity", activity)
    return render(
        request,
        "networks/cluster_gaps.html",
        {
            "network": cluster.network,
            "cluster": cluster,
            "gaps": gaps,
            "unfunded": page_of(gaps.unfunded_activities, request),
            "can_manage": request.user.has_perm("networks.manage_cluster", cluster),
        },
    )


# --- Coordination across clusters ----------------------------------------------------------


@object_view("networks.view_members", load=network_for)
def coordination(request, network):
    return render(
        request,
        "networks/coordination.html",
        {
            "network": network,
            "organisations": page_of(selectors.shared_organisations(network=network), request),
            "actions": page_of(
                selectors.shared_actions(network=network), request, param="actions_page"
            ),
        },
    )
