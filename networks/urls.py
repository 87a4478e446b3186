from django.urls import path

from networks.views import invitations, network

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
    # Thematic clusters and their work plans
    # Consolidated reporting and resource mobilisation
]
