from django.urls import path

from networks.views import funding, network, reporting

app_name = "networks"

urlpatterns = [
    # The network: list, home, members, secretariat, events, invitations
    path("networks/", network.network_list, name="list"),
    path("networks/<int:network_pk>/", network.network_detail, name="detail"),
    # The annual shared-needs round
    # Thematic clusters and their work plans
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
