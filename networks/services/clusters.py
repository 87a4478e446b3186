"""Writes of thematic clusters: the cluster, its members joining and leaving (kept with their
dates), its focus areas and the members' work plans (4W activities)."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cdfacil.models import User
from cdfacil.writes import model_update, validated_save
from networks.models import (
    Activity,
    Cluster,
    ClusterMembership,
    FocusArea,
    Network,
    NetworkMember,
    SecretariatSeat,
)
from networks.selectors.clusters import linkable_actions, priority_choices


def _refuse_unless(allowed: bool) -> None:
    if not allowed:
        raise ValidationError(_("You are not allowed to do this"))


def _check_people(*, network: Network, convener: NetworkMember | None, focal_person) -> None:
    if convener is None or convener.network_id != network.pk or convener.left_at is not None:
        raise ValidationError(
            {"convener": _("The convener must be a current member organisation of the network.")}
        )
    if (
        focal_person is not None
        and not SecretariatSeat.objects.filter(network=network, user=focal_person).exists()
    ):
        raise ValidationError(
            {"focal_person": _("The focal point must be a person of the network's secretariat.")}
        )


def _join(*, cluster: Cluster, member: NetworkMember) -> ClusterMembership:
    membership = ClusterMembership(cluster=cluster, member=member, joined_at=timezone.now())
    return validated_save(membership)


@transaction.atomic
def cluster_create(
    *,
    network: Network,
    theme: str,
    description: str = "",
    convener: NetworkMember,
    focal_person: User | None = None,
    by: User,
) -> Cluster:
    """A cluster, its convener's organisation in it at once."""
    _refuse_unless(by.has_perm("networks.manage_network", network))
    _check_people(network=network, convener=convener, focal_person=focal_person)
    cluster = validated_save(
        Cluster(
            network=network,
            theme=theme,
            description=description,
            convener=convener.organisation,
            focal_person=focal_person,
        )
    )
    _join(cluster=cluster, member=convener)
    return cluster


def current_membership(*, cluster: Cluster, member: NetworkMember) -> ClusterMembership | None:
    return cluster.memberships.filter(member=member, left_at__isnull=True).first()


@transaction.atomic
def cluster_update(
    *,
    cluster: Cluster,
    theme: str,
    description: str,
    convener: NetworkMember,
    focal_person: User | None,
    by: User,
) -> Cluster:
    """The theme, description and focal point; a new convener (the secretariat's choice) joins
    the cluster if it is not in it."""
    _refuse_unless(by.has_perm("networks.manage_cluster", cluster))
    _check_people(network=cluster.network, convener=convener, focal_person=focal_person)
    data = {"theme": theme, "description": description, "focal_person": focal_person}
    if convener.organisation_id != cluster.convener_id:
        if not by.has_perm("networks.manage_network", cluster.network):
            raise ValidationError(
                {"convener": _("Only the network's secretariat changes a cluster's convener.")}
            )
        data["convener"] = convener.organisation
    model_update(
        instance=cluster, fields=("theme", "description", "focal_person", "convener"), data=data
    )
    if current_membership(cluster=cluster, member=convener) is None:
        _join(cluster=cluster, member=convener)
    return cluster


@transaction.atomic
def cluster_join(*, cluster: Cluster, member: NetworkMember, by: User) -> ClusterMembership:
    """A member organisation joins, by one of its representatives."""
    from networks.roles import roles_of

    if member.pk not in roles_of(by, cluster.network).member_ids:
        raise ValidationError(
            {"member": _("You can make only an organisation you represent join a cluster.")}
        )
    if member.network_id != cluster.network_id or member.left_at is not None:
        raise ValidationError({"member": _("Only a current member of the network can join.")})
    # Two joins at once (a double tap) wait for each other here: the second is told.
    Cluster.objects.select_for_update().filter(pk=cluster.pk).first()
    if current_membership(cluster=cluster, member=member) is not None:
        raise ValidationError(
            {"member": _("%(organisation)s is in the cluster already.") % {"organisation": member}}
        )
    return _join(cluster=cluster, member=member)


@transaction.atomic
def cluster_leave(*, membership: ClusterMembership, by: User) -> ClusterMembership:
    """The member leaves: the row stays with the day it left, and its activities and reports
    stay as they are."""
    _refuse_unless(by.has_perm("networks.leave_cluster", membership))
    membership = ClusterMembership.objects.select_for_update().get(pk=membership.pk)
    if membership.left_at is not None:
        raise ValidationError(_("This organisation left the cluster already."))
    if membership.member.organisation_id == membership.cluster.convener_id:
        raise ValidationError(
            _(
                "The convener cannot leave its own cluster; the secretariat names another "
                "convener first."
            )
        )
    membership.left_at = timezone.now()
    return validated_save(membership)


# --- Focus areas ---------------------------------------------------------------------------


def _check_priorities(*, cluster: Cluster, priorities) -> None:
    allowed = {need.pk for need in priority_choices(network=cluster.network)}
    if any(need.pk not in allowed for need in priorities):
        raise ValidationError(
            {
                "priorities": _(
                    "Choose shared priorities among the needs of the network's current rounds."
                )
            }
        )


@transaction.atomic
def focus_area_create(
    *, cluster: Cluster, title: str, description: str = "", priorities=(), by: User
) -> FocusArea:
    _refuse_unless(by.has_perm("networks.manage_cluster", cluster))
    _check_priorities(cluster=cluster, priorities=priorities)
    last = cluster.focus_areas.order_by("-order").values_list("order", flat=True).first()
    area = validated_save(
        FocusArea(
            cluster=cluster,
            title=title,
            description=description,
            order=0 if last is None else last + 1,
        )
    )
    area.priorities.set(priorities)
    return area


@transaction.atomic
def focus_area_update(
    *, focus_area: FocusArea, title: str, description: str, priorities, by: User
) -> FocusArea:
    _refuse_unless(by.has_perm("networks.manage_cluster", focus_area.cluster))
    # A priority linked before stays allowed when its round has moved on.
    kept = set(focus_area.priorities.values_list("pk", flat=True))
    _check_priorities(
        cluster=focus_area.cluster, priorities=[need for need in priorities if need.pk not in kept]
    )
    model_update(
        instance=focus_area,
        fields=("title", "description"),
        data={"title": title, "description": description},
    )
    focus_area.priorities.set(priorities)
    return focus_area


@transaction.atomic
def focus_area_delete(*, focus_area: FocusArea, by: User) -> None:
    _refuse_unless(by.has_perm("networks.manage_cluster", focus_area.cluster))
    if focus_area.activities.exists() or focus_area.pledges.exists():
        raise ValidationError(
            _(
                "Activities or donors' pledges use this focus area; move them to another focus "
                "area first. Nothing was removed."
            )
        )
    focus_area.delete()


# --- Activities ----------------------------------------------------------------------------

ACTIVITY_FIELDS = (
    "title",
    "description",
    "country",
    "region",
    "starts_on",
    "ends_on",
    "status",
    "budget",
    "currency",
    "own_funds",
    "action",
)


def current_member_ids(cluster: Cluster) -> set[int]:
    return set(cluster.memberships.filter(left_at__isnull=True).values_list("member_id", flat=True))


def _check_activity(
    *, activity: Activity, partners, focus_areas, kept_partner_ids=frozenset()
) -> None:
    cluster = activity.cluster
    current = current_member_ids(cluster)
    errors = {}
    if activity.member_id not in current and activity.pk is None:
        errors["member"] = _("Only a current member of the cluster adds an activity to it.")
    wrong = [
        member
        for member in partners
        if member.pk == activity.member_id
        or (member.pk not in current and member.pk not in kept_partner_ids)
    ]
    if wrong:
        errors["partners"] = _(
            "Partners must be other current members of the cluster: %(names)s."
        ) % {"names": ", ".join(str(member) for member in wrong)}
    if any(area.cluster_id != cluster.pk for area in focus_areas):
        errors["focus_areas"] = _("Choose focus areas of this cluster.")
    if activity.action_id is not None and activity.action_id not in {
        action.pk for action in linkable_actions(network=cluster.network)
    }:
        errors["action"] = _(
            "Link only an action of an endorsed plan published by one of the network's events."
        )
    if activity.starts_on and activity.ends_on and activity.ends_on < activity.starts_on:
        errors["ends_on"] = _("An activity cannot end before it starts.")
    for name in ("budget", "own_funds"):
        value = getattr(activity, name)
        if value is not None and value < Decimal(0):
            errors[name] = _("An amount cannot be negative.")
    if (
        "budget" not in errors
        and "own_funds" not in errors
        and activity.own_funds is not None
        and activity.budget is not None
        and activity.own_funds > activity.budget
    ):
        errors["own_funds"] = _("The organisation's own funds cannot be more than the budget.")
    if errors:
        raise ValidationError(errors)


def _save(activity: Activity) -> None:
    # Who created it is no rule: an activity whose author's account is gone stays editable.
    activity.full_clean(exclude=["created_by"])
    activity.save()


def _may_write_for(*, cluster: Cluster, member: NetworkMember, by: User) -> bool:
    from networks.roles import roles_of

    return by.has_perm("networks.manage_cluster", cluster) or member.pk in (
        roles_of(by, cluster.network).member_ids
    )


@transaction.atomic
def activity_create(
    *,
    cluster: Cluster,
    member: NetworkMember,
    data: dict,
    partners=(),
    focus_areas=(),
    by: User,
) -> Activity:
    """A line of a member's work plan: a representative for their organisation, the cluster's
    managers for any current member."""
    if not _may_write_for(cluster=cluster, member=member, by=by):
        raise ValidationError(
            {"member": _("You can add activities only for an organisation you represent.")}
        )
    refused = sorted(set(data) - set(ACTIVITY_FIELDS))
    if refused:
        raise ValidationError({name: _("You are not allowed to do this") for name in refused})
    activity = Activity(cluster=cluster, member=member, created_by=by, **data)
    _check_activity(activity=activity, partners=partners, focus_areas=focus_areas)
    _save(activity)
    activity.partners.set(partners)
    activity.focus_areas.set(focus_areas)
    return activity


@transaction.atomic
def activity_update(
    *, activity: Activity, data: dict, partners=(), focus_areas=(), by: User
) -> Activity:
    """The activity's 4W; the organisation doing it stays. A partner that left the cluster
    since stays on it."""
    _refuse_unless(by.has_perm("networks.edit_activity", activity))
    refused = sorted(set(data) - set(ACTIVITY_FIELDS))
    if refused:
        raise ValidationError({name: _("You are not allowed to do this") for name in refused})
    kept = set(activity.partners.values_list("pk", flat=True))
    for name, value in data.items():
        setattr(activity, name, value)
    _check_activity(
        activity=activity, partners=partners, focus_areas=focus_areas, kept_partner_ids=kept
    )
    _save(activity)
    activity.partners.set(partners)
    activity.focus_areas.set(focus_areas)
    return activity


@transaction.atomic
def activity_delete(*, activity: Activity, by: User) -> None:
    _refuse_unless(by.has_perm("networks.edit_activity", activity))
    if activity.reports.exists() or activity.pledges.exists():
        raise ValidationError(
            _(
                "Members reported on this activity or donors pledged to it, so it stays on "
                "record; set its status to cancelled instead. Nothing was removed."
            )
        )
    activity.delete()
