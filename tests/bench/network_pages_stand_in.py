"""Stand-ins for the network's three measured pages, guarded as theirs will be (the loaders and
named rules of the app), so the bench's measuring code runs before the pages exist."""

from django.http import HttpResponse
from django.urls import include, path

from cdfacil import urls as site
from cdfacil.web import object_view
from networks import urls as network_urls
from networks.selectors.network import cluster_for, period_for, round_for


@object_view("networks.view_round", load=round_for)
def round_result(request, needs_round):
    return HttpResponse(f"{needs_round.shared_needs.count()} needs")


@object_view("networks.view_cluster", load=cluster_for)
def cluster_detail(request, cluster):
    return HttpResponse(f"{cluster.activities.count()} activities")


@object_view("networks.view_period", load=period_for)
def period_report(request, period):
    return HttpResponse(f"{period.reports.count()} reports")


stand_ins = [
    path("stand-in/rounds/<int:round_pk>/result/", round_result, name="round_result"),
    path("stand-in/clusters/<int:cluster_pk>/", cluster_detail, name="cluster_detail"),
    path("stand-in/periods/<int:period_pk>/report/", period_report, name="period_report"),
]
# The site's URLs, the network's with the stand-ins added.
urlpatterns = [
    path("", include((network_urls.urlpatterns + stand_ins, "networks"))),
    *(url for url in site.urlpatterns if getattr(url, "namespace", None) != "networks"),
]
