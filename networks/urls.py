from django.urls import path

from networks.views import clusters, network, work_plans

app_name = "networks"

urlpatterns = [
    # The network: list, home, members, secretariat, events, invitations
    path("networks/", network.network_list, name="list"),
    path("networks/<int:network_pk>/", network.network_detail, name="detail"),
    # The annual shared-needs round
    # Thematic clusters and their work plans
    path("networks/<int:network_pk>/clusters/", clusters.cluster_list, name="cluster_list"),
    path("networks/<int:network_pk>/clusters/new/", clusters.cluster_create, name="cluster_create"),
    path("networks/<int:network_pk>/coordination/", clusters.coordination, name="coordination"),
    path("clusters/<int:cluster_pk>/", clusters.cluster_detail, name="cluster_detail"),
    path("clusters/<int:cluster_pk>/edit/", clusters.cluster_edit, name="cluster_edit"),
    path("clusters/<int:cluster_pk>/join/", clusters.cluster_join, name="cluster_join"),
    path(
        "clusters/memberships/<int:membership_pk>/leave/",
        clusters.cluster_leave,
        name="cluster_leave",
    ),
    path("clusters/<int:cluster_pk>/gaps/", clusters.cluster_gaps_page, name="cluster_gaps"),
    path(
        "clusters/<int:cluster_pk>/focus-areas/new/",
        work_plans.focus_area_create,
        name="focus_area_create",
    ),
    path(
        "clusters/focus-areas/<int:focus_area_pk>/edit/",
        work_plans.focus_area_edit,
        name="focus_area_edit",
    ),
    path(
        "clusters/focus-areas/<int:focus_area_pk>/delete/",
        work_plans.focus_area_delete,
        name="focus_area_delete",
    ),
    path(
        "clusters/<int:cluster_pk>/activities/new/",
        work_plans.activity_create,
        name="activity_create",
    ),
    path(
        "clusters/activities/<int:activity_pk>/edit/",
        work_plans.activity_edit,
        name="activity_edit",
    ),
    path(
        "clusters/activities/<int:activity_pk>/delete/",
        work_plans.activity_delete,
        name="activity_delete",
    ),
    # Consolidated reporting and resource mobilisation
]
