from django.urls import path

from networks.views import needs, network

app_name = "networks"

urlpatterns = [
    # The network: list, home, members, secretariat, events, invitations
    path("networks/", network.network_list, name="list"),
    path("networks/<int:network_pk>/", network.network_detail, name="detail"),
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
    # Consolidated reporting and resource mobilisation
]
