from django.urls import path

from networks.views import clusters, funding, invitations, needs, network, reporting, work_plans

app_name = "networks"

N = "networks/<int:network_pk>/"

urlpatterns = [
    # The network: list, home, members, secretariat, events, invitations
    path("networks/", network.network_list, name="list"),
    path("networks/new/", network.network_create, name="create"),
    path(N, network.network_detail, name="detail"),
    path(N + "edit/", network.network_edit, name="edit"),
    path(N + "members/", network.members, name="members"),
    path(N + "members/add/", network.member_add, name="member_add"),
    path(N + "members/<int:member_pk>/leave/", network.member_leave, name="member_leave"),
    path(
        N + "organisations/search/",
        network.organisation_search_view,
        name="organisation_search",
    ),
    path(N + "people/", network.people, name="people"),
    path(N + "people/invite/", invitations.invite, name="invite"),
    path(
        N + "invitations/<int:invitation_pk>/withdraw/",
        invitations.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path(
        N + "representatives/<int:pk>/remove/",
        network.representative_remove,
        name="representative_remove",
    ),
    path(N + "secretariat/<int:pk>/remove/", network.secretariat_remove, name="secretariat_remove"),
    path(
        "networks/invitations/<str:token>/", invitations.invitation_accept, name="invitation_accept"
    ),
    path(N + "events/", network.events, name="events"),
    path(N + "events/add/", network.event_add, name="event_add"),
    path(N + "events/<int:link_pk>/remove/", network.event_remove, name="event_remove"),
    # The annual shared-needs round
    path("networks/<int:network_pk>/rounds/", needs.round_list, name="round_list"),
    path("networks/<int:network_pk>/rounds/new/", needs.round_create, name="round_create"),
    path("rounds/<int:round_pk>/", needs.round_detail, name="round_detail"),
    path("rounds/<int:round_pk>/edit/", needs.round_edit, name="round_edit"),
    path("rounds/<int:round_pk>/open/", needs.round_open, name="round_open"),
    path("rounds/<int:round_pk>/close/", needs.round_close, name="round_close"),
    path("rounds/<int:round_pk>/publish/", needs.round_publish, name="round_publish"),
    path("rounds/<int:round_pk>/needs/new/", needs.need_submit, name="need_submit"),
    path(
        "rounds/<int:round_pk>/candidates/<int:candidate_pk>/edit/",
        needs.candidate_edit,
        name="candidate_edit",
    ),
    path(
        "rounds/<int:round_pk>/candidates/<int:candidate_pk>/withdraw/",
        needs.candidate_withdraw,
        name="candidate_withdraw",
    ),
    path("rounds/<int:round_pk>/pull/", needs.candidates_pull, name="candidates_pull"),
    path("rounds/<int:round_pk>/consolidate/", needs.consolidate, name="consolidate"),
    path("rounds/<int:round_pk>/needs/<int:need_pk>/edit/", needs.need_edit, name="need_edit"),
    path("rounds/<int:round_pk>/needs/<int:need_pk>/merge/", needs.need_merge, name="need_merge"),
    path(
        "rounds/<int:round_pk>/needs/<int:need_pk>/delete/", needs.need_delete, name="need_delete"
    ),
    path("rounds/<int:round_pk>/ballot/", needs.ballot, name="ballot"),
    path("rounds/<int:round_pk>/result/", needs.round_result, name="round_result"),
    path("rounds/<int:round_pk>/export/", needs.round_export, name="round_export"),
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
    path("networks/<int:network_pk>/reporting/", reporting.reporting, name="reporting"),
    path(
        "networks/clusters/<int:cluster_pk>/periods/new/",
        reporting.period_create,
        name="period_create",
    ),
    path("networks/periods/<int:period_pk>/", reporting.period_detail, name="period_detail"),
    path("networks/periods/<int:period_pk>/remind/", reporting.period_remind, name="period_remind"),
    path("networks/periods/<int:period_pk>/close/", reporting.period_close, name="period_close"),
    path("networks/periods/<int:period_pk>/reopen/", reporting.period_reopen, name="period_reopen"),
    path(
        "networks/periods/<int:period_pk>/activities/<int:activity_pk>/report/",
        reporting.activity_report,
        name="activity_report",
    ),
    path("networks/periods/<int:period_pk>/report/", reporting.period_report, name="period_report"),
    path("networks/periods/<int:period_pk>/submit/", reporting.period_submit, name="period_submit"),
    path("networks/<int:network_pk>/funding/", funding.funding, name="funding"),
    path(
        "networks/focus-areas/<int:focus_area_pk>/pledge/",
        funding.pledge_focus_area,
        name="pledge_focus_area",
    ),
    path(
        "networks/activities/<int:activity_pk>/pledge/",
        funding.pledge_activity,
        name="pledge_activity",
    ),
    path("networks/pledges/<int:pledge_pk>/", funding.pledge_edit, name="pledge_edit"),
    path(
        "networks/pledges/<int:pledge_pk>/withdraw/",
        funding.pledge_withdraw,
        name="pledge_withdraw",
    ),
]
