"""The pages of a cluster's work plan: its focus areas, and its members' activities (4W)."""

from django.db.models import Q
from django.utils.translation import gettext as _

from cdfacil.web import object_view
from networks.forms.clusters import ActivityForm, FocusAreaForm
from networks.models import NetworkMember
from networks.roles import roles_of
from networks.selectors import clusters as selectors
from networks.selectors.network import activity_for, cluster_for
from networks.services import clusters as services
from networks.views.clusters import (
    cluster_form_page,
    detail_url,
    form_saved_to,
    network_confirm,
)

# --- Focus areas ---------------------------------------------------------------------------


def _focus_area_done(area) -> str:
    return detail_url(area.cluster) + f"#focus-area-{area.pk}"


@object_view("networks.manage_cluster", load=cluster_for)
def focus_area_create(request, cluster):
    form = FocusAreaForm(request.POST or None, network=cluster.network)
    return form_saved_to(
        request,
        form,
        save=lambda data: services.focus_area_create(cluster=cluster, by=request.user, **data),
        message=_("The focus area was added."),
        done_url=_focus_area_done,
    ) or cluster_form_page(
        request,
        network=cluster.network,
        form=form,
        title=_("New focus area"),
        cancel_url=detail_url(cluster),
    )


@object_view("networks.manage_cluster", load=selectors.focus_area_for)
def focus_area_edit(request, focus_area):
    network = focus_area.cluster.network
    form = FocusAreaForm(request.POST or None, network=network, focus_area=focus_area)
    return form_saved_to(
        request,
        form,
        save=lambda data: services.focus_area_update(
            focus_area=focus_area, by=request.user, **data
        ),
        message=_("The focus area was saved."),
        done_url=_focus_area_done,
    ) or cluster_form_page(
        request,
        network=network,
        form=form,
        title=_("Edit the focus area"),
        cancel_url=detail_url(focus_area.cluster),
    )


@object_view("networks.manage_cluster", load=selectors.focus_area_for)
def focus_area_delete(request, focus_area):
    return network_confirm(
        request,
        network=focus_area.cluster.network,
        act=lambda: services.focus_area_delete(focus_area=focus_area, by=request.user),
        title=_("Remove the focus area “%(title)s”?") % {"title": focus_area.title},
        message=_("Only a focus area that no activity and no donor's pledge uses can be removed."),
        button=_("Remove the focus area"),
        done_message=_("The focus area was removed."),
        done_url=detail_url(focus_area.cluster),
    )


# --- Activities ----------------------------------------------------------------------------


def _activity_form(request, *, cluster, activity=None):
    members = None
    if activity is None:
        current = selectors.current_members(cluster=cluster).order_by("organisation__name")
        if not request.user.has_perm("networks.manage_cluster", cluster):
            current = current.filter(pk__in=roles_of(request.user, cluster.network).member_ids)
        members = current
    partners = NetworkMember.objects.filter(
        cluster_memberships__cluster=cluster, cluster_memberships__left_at__isnull=True
    )
    if activity is not None:
        # A partner that left the cluster since stays on the activity.
        partners = NetworkMember.objects.filter(
            Q(pk__in=partners.values("pk")) | Q(partner_activities=activity)
        ).exclude(pk=activity.member_id)
    if members is not None:
        choices = list(members.values_list("pk", flat=True))
        if len(choices) == 1:
            # A representative of one member: its partners are the others.
            partners = partners.exclude(pk=choices[0])
    partners = partners.select_related("organisation").distinct().order_by("organisation__name")
    return ActivityForm(
        request.POST or None,
        cluster=cluster,
        members=members,
        partners=partners,
        activity=activity,
    )


@object_view("networks.add_cluster_activity", load=cluster_for)
def activity_create(request, cluster):
    form = _activity_form(request, cluster=cluster)

    def save(data):
        return services.activity_create(
            cluster=cluster,
            member=data["member"],
            data=form.activity_data(),
            partners=list(data["partners"]),
            focus_areas=list(data["focus_areas"]),
            by=request.user,
        )

    return form_saved_to(
        request,
        form,
        save=save,
        message=_("The activity was added to the work plan."),
        done_url=lambda activity: detail_url(cluster) + "#work-plan",
    ) or cluster_form_page(
        request,
        network=cluster.network,
        form=form,
        title=_("New activity"),
        cancel_url=detail_url(cluster),
    )


@object_view("networks.edit_activity", load=activity_for)
def activity_edit(request, activity):
    cluster = activity.cluster
    form = _activity_form(request, cluster=cluster, activity=activity)
    return form_saved_to(
        request,
        form,
        save=lambda data: services.activity_update(
            activity=activity,
            data=form.activity_data(),
            partners=list(data["partners"]),
            focus_areas=list(data["focus_areas"]),
            by=request.user,
        ),
        message=_("The activity was saved."),
        done_url=lambda activity: detail_url(cluster) + "#work-plan",
    ) or cluster_form_page(
        request,
        network=cluster.network,
        form=form,
        title=_("Edit the activity of %(organisation)s") % {"organisation": activity.member},
        cancel_url=detail_url(cluster),
    )


@object_view("networks.edit_activity", load=activity_for)
def activity_delete(request, activity):
    return network_confirm(
        request,
        network=activity.cluster.network,
        act=lambda: services.activity_delete(activity=activity, by=request.user),
        title=_("Remove the activity “%(title)s”?") % {"title": activity.title},
        message=_(
            "An activity that members reported on or donors pledged to stays on record: "
            "cancel it instead."
        ),
        button=_("Remove the activity"),
        done_message=_("The activity was removed."),
        done_url=detail_url(activity.cluster) + "#work-plan",
    )
