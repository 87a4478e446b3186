"""The network's own pages: the list of a person's networks and the network's home."""

from django.shortcuts import render

from cdfacil.web import object_view, page_of
from networks.selectors.network import network_for, networks_of


@object_view("networks.view_networks")
def network_list(request):
    networks = page_of(networks_of(user=request.user).order_by("name"), request)
    return render(request, "networks/network_list.html", {"page": networks})


@object_view("networks.view_network", load=network_for)
def network_detail(request, network):
    return render(request, "networks/network_detail.html", {"network": network})
