"""The cluster pages: what each shows, what a form does, and their query counts, pinned at two
sizes so that a count growing with the data shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from builders.networks import cluster_add
from networks.models import Activity, ClusterMembership, FocusArea
from tests.networks.clusters_helpers import Setting, activity_add, plan_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def s():
    return Setting()


def _grow(s, count):
    """`count` activities per member, with partners and focus areas, and a second cluster
    that the member works in too."""
    areas = [
        FocusArea.objects.create(cluster=s.cluster, title=f"Area {index}") for index in range(2)
    ]
    action = plan_action(s.network)
    for index in range(count):
        for member in (s.member, s.convener):
            activity = activity_add(
                s.cluster, member, title=f"A{index}", country="UG" if index % 2 else "KE"
            )
            activity.focus_areas.set(areas)
            activity.partners.add(s.convener if member == s.member else s.member)
    from builders.networks import cluster_add

    other = cluster_add(s.network, s.outside, theme=f"Other {count}")
    ClusterMembership.objects.create(cluster=other, member=s.member, joined_at=timezone.now())
    for index in range(count):
        activity_add(other, s.member, title=f"B{index}", action=action)
        activity_add(s.cluster, s.member, title=f"C{index}", action=action)


def _client(client, user):
    client.force_login(user)
    return client


@pytest.mark.parametrize("count", [2, 60])
def test_the_cluster_page_reads_the_same_queries_whatever_the_work_plan(
    client, s, count, django_assert_num_queries
):
    _grow(s, count)
    _client(client, s.member.rep)
    url = reverse("networks:cluster_detail", args=[s.cluster.pk])
    with django_assert_num_queries(17):
        response = client.get(url)
    assert response.status_code == 200
    assert "New partnership" in response.content.decode()
    with django_assert_num_queries(17):
        response = client.get(url, {"country": "KE", "status": "planned", "page": "2"})
    assert response.status_code == 200


def test_the_work_plan_filters_and_shows_members_with_their_dates(client, s):
    activity_add(s.cluster, s.member, title="Kenyan coaching", country="KE")
    activity_add(s.cluster, s.convener, title="Ugandan mentoring", country="UG")
    s.membership.left_at = timezone.now()
    s.membership.save()
    page = _client(client, s.convener.rep).get(
        reverse("networks:cluster_detail", args=[s.cluster.pk]), {"country": "KE"}
    )
    text = page.content.decode()
    assert "Kenyan coaching" in text and "Ugandan mentoring" not in text
    assert "Former members" in text and "Member NGO" in text


@pytest.mark.parametrize("count", [2, 20])
def test_the_cluster_list_coordination_and_gaps_read_fixed_queries(
    client, s, count, django_assert_num_queries
):
    _grow(s, count)
    for index in range(count // 10):  # two more clusters on the larger network
        cluster_add(s.network, s.member, theme=f"More {index}")
    _client(client, s.secretariat)
    # The list reads the gaps of every cluster at once: five queries whatever their number.
    with django_assert_num_queries(17):
        response = client.get(reverse("networks:cluster_list", args=[s.network.pk]))
    assert response.status_code == 200
    with django_assert_num_queries(15):
        response = client.get(reverse("networks:coordination", args=[s.network.pk]))
    text = response.content.decode()
    assert "Member NGO" in text and "Train district planners" in text
    with django_assert_num_queries(12):
        response = client.get(reverse("networks:cluster_gaps", args=[s.cluster.pk]))
    assert response.status_code == 200


def test_the_gaps_are_said_in_words_with_their_links(client, s):
    area = FocusArea.objects.create(cluster=s.cluster, title="Nobody here")
    unfunded = activity_add(s.cluster, s.member, title="Unfunded coaching")
    text = (
        _client(client, s.member.rep)
        .get(reverse("networks:cluster_gaps", args=[s.cluster.pk]))
        .content.decode()
    )
    assert f"#focus-area-{area.pk}" in text and "no activity yet" in text
    assert reverse("networks:activity_edit", args=[unfunded.pk]) in text


def test_a_representative_adds_an_activity_with_a_partner_and_an_action(
    client, s, django_assert_num_queries
):
    action = plan_action(s.network)
    area = FocusArea.objects.create(cluster=s.cluster, title="District data")
    _client(client, s.member.rep)
    url = reverse("networks:activity_create", args=[s.cluster.pk])
    with django_assert_num_queries(15):
        assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "member": s.member.pk,
            "title": "Joint training",
            "country": "KE",
            "region": "Kisumu",
            "starts_on": "2027-02-01",
            "ends_on": "2027-01-01",
            "status": "planned",
            "budget": "1000",
            "currency": "usd",
            "own_funds": "0",
            "partners": [s.convener.pk],
            "focus_areas": [area.pk],
            "action": action.pk,
        },
    )
    assert response.status_code == 200
    assert "cannot end before it starts" in response.content.decode()
    assert 'value="Kisumu"' in response.content.decode()
    data = {
        "member": s.member.pk,
        "title": "Joint training",
        "country": "KE",
        "region": "Kisumu",
        "starts_on": "2027-01-01",
        "ends_on": "2027-03-01",
        "status": "planned",
        "budget": "1000",
        "currency": "usd",
        "own_funds": "0",
        "partners": [s.convener.pk],
        "focus_areas": [area.pk],
        "action": action.pk,
    }
    response = client.post(url, data)
    assert response.status_code == 302
    activity = Activity.objects.get(title="Joint training")
    assert activity.currency == "USD" and activity.action == action
    assert list(activity.partners.all()) == [s.convener]


def test_form_pages_read_fixed_queries(client, s, django_assert_num_queries):
    activity = activity_add(s.cluster, s.member)
    area = FocusArea.objects.create(cluster=s.cluster, title="Area")
    _client(client, s.secretariat)
    pages = [
        (reverse("networks:cluster_create", args=[s.network.pk]), 10),
        (reverse("networks:cluster_edit", args=[s.cluster.pk]), 11),
        (reverse("networks:focus_area_create", args=[s.cluster.pk]), 11),
        (reverse("networks:focus_area_edit", args=[area.pk]), 12),
        (reverse("networks:focus_area_delete", args=[area.pk]), 8),
        (reverse("networks:activity_edit", args=[activity.pk]), 13),
        (reverse("networks:activity_delete", args=[activity.pk]), 8),
        (reverse("networks:cluster_leave", args=[s.membership.pk]), 8),
    ]
    counted = {}
    for url, _queries in pages:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        counted[url] = len(queries)
    assert counted == dict(pages)


def test_joining_and_leaving_from_the_pages(client, s):
    _client(client, s.outside.rep)
    response = client.post(reverse("networks:cluster_join", args=[s.cluster.pk]))
    assert response.status_code == 302
    membership = s.cluster.memberships.get(member=s.outside, left_at__isnull=True)
    leave = reverse("networks:cluster_leave", args=[membership.pk])
    assert "Leave the cluster" in client.get(leave).content.decode()
    client.post(leave)
    membership.refresh_from_db()
    assert membership.left_at is not None
    # The convener's own membership offers no leaving, and the service refuses it.
    _client(client, s.secretariat)
    convening = s.cluster.memberships.get(member=s.convener)
    client.post(reverse("networks:cluster_leave", args=[convening.pk]))
    convening.refresh_from_db()
    assert convening.left_at is None


def test_a_new_cluster_from_the_page(client, s):
    _client(client, s.secretariat)
    response = client.post(
        reverse("networks:cluster_create", args=[s.network.pk]),
        {"theme": "Finance", "description": "", "convener": s.member.pk, "focal_person": ""},
    )
    assert response.status_code == 302
    cluster = s.network.clusters.get(theme="Finance")
    assert cluster.memberships.get().member == s.member


def test_a_representative_of_two_members_chooses_which_joins(client, s):
    from networks.models import Representative

    Representative.objects.create(member=s.outside, user=s.member.rep)
    s.membership.delete()
    _client(client, s.member.rep)
    url = reverse("networks:cluster_join", args=[s.cluster.pk])
    page = client.post(url)
    assert page.status_code == 200
    text = page.content.decode()
    assert "choose the one that joins" in text and "This field is required" not in text
    assert client.post(url, {"member": s.outside.pk}).status_code == 302
    assert s.cluster.memberships.get(left_at__isnull=True, member=s.outside)
    assert not s.cluster.memberships.filter(member=s.member).exists()


def test_a_focus_area_with_priorities_from_the_page(client, s):
    from builders.networks import round_add
    from networks.models import NeedsRound, SharedNeed

    last = round_add(s.network, year=2025, status=NeedsRound.Status.PUBLISHED)
    old = SharedNeed.objects.create(round=last, title="Last year's need")
    current = SharedNeed.objects.create(round=round_add(s.network, year=2026), title="Open need")
    _client(client, s.convener.rep)
    response = client.post(
        reverse("networks:focus_area_create", args=[s.cluster.pk]),
        {"title": "Data", "description": "", "priorities": [old.pk, current.pk]},
    )
    assert response.status_code == 302
    area = s.cluster.focus_areas.get(title="Data")
    assert set(area.priorities.all()) == {old, current}
    page = client.get(reverse("networks:focus_area_edit", args=[area.pk])).content.decode()
    assert "Last year&#x27;s need (2025)" in page and "Open need (2026)" in page
    response = client.post(
        reverse("networks:focus_area_edit", args=[area.pk]),
        {"title": "Data use", "description": "", "priorities": [current.pk]},
    )
    assert response.status_code == 302
    area.refresh_from_db()
    assert area.title == "Data use" and list(area.priorities.all()) == [current]


def test_the_cluster_pages_speak_french(client, s):
    s.member.rep.language = "fr"
    s.member.rep.save()
    activity_add(s.cluster, s.member, title="Coaching").partners.add(s.convener)
    _client(client, s.member.rep)
    detail = client.get(reverse("networks:cluster_detail", args=[s.cluster.pk])).content.decode()
    assert "Plan de travail" in detail and "Nouveau partenariat" in detail
    assert "Work plan" not in detail and "New partnership" not in detail
    form = client.get(reverse("networks:activity_create", args=[s.cluster.pk])).content.decode()
    assert "Domaines d’intervention" in form or "Domaines d&#x27;intervention" in form
    assert "fonds propres de l" in form.lower()
