from django.urls import path

from networks.views import network

app_name = "networks"

urlpatterns = [
    # The network: list, home, members, secretariat, events, invitations
    path("networks/", network.network_list, name="list"),
    path("networks/<int:network_pk>/", network.network_detail, name="detail"),
    # The annual shared-needs round
    # Thematic clusters and their work plans
    # Consolidated reporting and resource mobilisation
]
