"""The shared-needs round's pages: what each person sees and does, and the queries each page
costs, pinned with two rows of each list so a query per row shows."""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from builders.factories import UserFactory
from builders.networks import (
    NetworkFactory,
    member_add,
    round_add,
    secretariat_add,
)
from networks.models import Allocation, Candidate, NeedsRound, SharedNeed
from networks.services import needs as services
from tests.networks.services.test_needs import published_plan

pytestmark = pytest.mark.django_db


class Round:
    """A network with its secretariat, two members, last year's published round and this year's
    open one: two shared needs with two sources each, two waiting candidates, two ballots."""

    def __init__(self):
        self.network = NetworkFactory(name="Health Network")
        self.secretariat = secretariat_add(self.network)
        self.members = [member_add(self.network, name=f"Member {i}") for i in range(2)]
        self.rep = self.members[0].rep
        self.last = round_add(self.network, year=2025)
        old = SharedNeed.objects.create(round=self.last, title="Old data use")
        services.ballot_cast(
            round_=self.last, member=self.members[0], lines={old.pk: (5, None, None)}, by=self.rep
        )
        services.round_close(round_=self.last, by=self.secretariat)
        services.round_publish(round_=self.last, by=self.secretariat)
        self.round = round_add(self.network, year=2026, asks_ratings=True)
        published_plan(self.network, key_issues=["Issue one", "Issue two", "Issue three"])
        services.candidates_pull(round_=self.round, by=self.secretariat)
        for member in self.members:
            for title in ("Data", "Staff"):
                services.candidate_submit(
                    round_=self.round, member=member, by=member.rep, title=f"{title} of {member}"
                )
        candidates = list(Candidate.objects.filter(round=self.round).order_by("pk"))
        self.needs = [
            services.need_create(
                round_=self.round, candidates=[candidates[0], candidates[3]], by=self.secretariat
            ),
            services.need_create(
                round_=self.round, candidates=[candidates[5], candidates[1]], by=self.secretariat
            ),
        ]
        self.needs[0].continues = old
        self.needs[0].save()
        for member in self.members:
            services.ballot_cast(
                round_=self.round,
                member=member,
                lines={self.needs[0].pk: (4, 5, 3), self.needs[1].pk: (6, 2, 4)},
                by=member.rep,
            )


@pytest.fixture
def world():
    return Round()


def _client(client, user):
    client.force_login(user)
    return client


PAGES = [
    # name, whose, args, queries
    ("networks:round_list", "secretariat", "network", 10),
    ("networks:round_detail", "secretariat", "round", 12),
    ("networks:round_detail", "rep", "round", 12),
    ("networks:round_create", "secretariat", "network", 8),
    ("networks:round_edit", "secretariat", "round", 8),
    ("networks:round_open", "secretariat", "round", 8),
    ("networks:need_submit", "rep", "round", 9),
    ("networks:consolidate", "secretariat", "round", 11),
    ("networks:ballot", "rep", "round", 12),
    ("networks:round_result", "secretariat", "round", 12),
    ("networks:round_export", "secretariat", "round", 12),
]


@pytest.mark.parametrize(("name", "whose", "on", "queries"), PAGES)
def test_each_page_costs_a_fixed_number_of_queries(
    client, world, django_assert_num_queries, name, whose, on, queries
):
    user = world.secretariat if whose == "secretariat" else world.rep
    _client(client, user)
    pk = world.network.pk if on == "network" else world.round.pk
    url = reverse(name, args=[pk])
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("name", "queries"),
    [("networks:need_edit", 11), ("networks:need_merge", 10), ("networks:need_delete", 9)],
)
def test_the_pages_of_a_shared_need_cost_a_fixed_number_of_queries(
    client, world, django_assert_num_queries, name, queries
):
    _client(client, world.secretariat)
    with django_assert_num_queries(queries):
        response = client.get(reverse(name, args=[world.round.pk, world.needs[0].pk]))
    assert response.status_code == 200


def test_the_representative_sees_their_needs_their_ballot_and_the_next_step(client, world):
    page = _client(client, world.rep).get(reverse("networks:round_detail", args=[world.round.pk]))
    text = page.content.decode()
    assert "Data of Member 0" in text and "Data of Member 1" not in text
    assert "Ballot cast: 10 of 10 points given." in text
    assert "Change your ballot" in text
    assert "Pull candidates" not in text


def test_the_secretariat_sees_counts_and_steps(client, world):
    text = (
        _client(client, world.secretariat)
        .get(reverse("networks:round_detail", args=[world.round.pk]))
        .content.decode()
    )
    assert "Pull candidates" in text and "Consolidate" in text
    assert "2 of 2 members" in text


def test_a_round_says_when_it_was_closed_not_when_it_was_to_close(client, world):
    """Closed and published ahead of its closing time, the round shows the time it closed; one
    being prepared is not said to be closed."""
    world.round.closes_at = datetime.datetime(2026, 12, 31, 12, tzinfo=datetime.UTC)
    world.round.save()
    services.round_close(round_=world.round, by=world.secretariat)
    world.round.refresh_from_db()
    world.round.closed_at = datetime.datetime(2026, 11, 2, 9, tzinfo=datetime.UTC)
    world.round.save()
    url = reverse("networks:round_detail", args=[world.round.pk])
    text = _client(client, world.secretariat).get(url).content.decode()
    # Kampala is three hours ahead of UTC.
    assert "Closed for submissions and ballots (2 November 2026 12:00)." in text
    assert "31 December 2026" not in text
    draft = round_add(world.network, year=2027, status=NeedsRound.Status.DRAFT)
    draft.closes_at = datetime.datetime(2027, 3, 1, 12, tzinfo=datetime.UTC)
    draft.save()
    text = client.get(reverse("networks:round_detail", args=[draft.pk])).content.decode()
    assert "Not open yet; it closes 1 March 2027 15:00." in text
    assert "Closed for submissions" not in text


def test_a_need_is_submitted_and_shown_on_the_hub(client, world):
    _client(client, world.rep)
    response = client.post(
        reverse("networks:need_submit", args=[world.round.pk]),
        {"title": "Procurement skills", "level": "individual", "urgency": "high"},
        follow=True,
    )
    assert "Your need is submitted" in response.content.decode()
    assert Candidate.objects.filter(title="Procurement skills", member=world.members[0]).exists()


def test_a_person_representing_two_members_chooses_which(client, world):
    from networks.models import Representative

    Representative.objects.create(member=world.members[1], user=world.rep)
    _client(client, world.rep)
    url = reverse("networks:need_submit", args=[world.round.pk])
    assert 'name="member"' in client.get(url).content.decode()
    client.post(url, {"title": "For the second", "member": world.members[1].pk})
    assert Candidate.objects.get(title="For the second").member == world.members[1]


def test_no_submission_page_after_the_close(client, world):
    NeedsRound.objects.filter(pk=world.round.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    _client(client, world.rep)
    response = client.get(reverse("networks:need_submit", args=[world.round.pk]), follow=True)
    assert "The round is closed" in response.content.decode()


def test_the_ballot_refuses_points_over_the_allowance_and_keeps_what_was_typed(client, world):
    _client(client, world.rep)
    url = reverse("networks:ballot", args=[world.round.pk])
    response = client.post(
        url, {f"points_{world.needs[0].pk}": "7", f"points_{world.needs[1].pk}": "5"}
    )
    text = response.content.decode()
    assert "You gave 12 points; your organisation has 10. Take 2 off." in text
    assert 'value="7"' in text
    assert (
        Allocation.objects.get(round=world.round, member=world.members[0])
        .lines.get(need=world.needs[0])
        .points
        == 4
    )


def test_the_ballot_is_changed(client, world):
    _client(client, world.rep)
    client.post(
        reverse("networks:ballot", args=[world.round.pk]),
        {
            f"points_{world.needs[0].pk}": "9",
            f"importance_{world.needs[0].pk}": "4",
            f"points_{world.needs[1].pk}": "",
        },
    )
    lines = Allocation.objects.get(round=world.round, member=world.members[0]).lines.all()
    assert [(line.need_id, line.points, line.importance) for line in lines] == [
        (world.needs[0].pk, 9, 4)
    ]


def test_consolidating_makes_a_need_of_ticked_candidates_and_adds_to_another(client, world):
    _client(client, world.secretariat)
    waiting = list(Candidate.objects.filter(round=world.round, shared_need__isnull=True))
    assert len(waiting) == 3
    url = reverse("networks:consolidate", args=[world.round.pk])
    client.post(url, {"candidates": [waiting[0].pk]})
    client.post(url, {"candidates": [waiting[1].pk], "need": world.needs[1].pk, "add": "1"})
    assert Candidate.objects.get(pk=waiting[1].pk).shared_need == world.needs[1]
    assert SharedNeed.objects.filter(round=world.round).count() == 3


def test_merging_keeps_the_sources_on_the_target(client, world):
    _client(client, world.secretariat)
    client.post(
        reverse("networks:need_merge", args=[world.round.pk, world.needs[1].pk]),
        {"into": world.needs[0].pk},
    )
    assert world.needs[0].sources.count() == 4
    page = client.get(reverse("networks:consolidate", args=[world.round.pk])).content.decode()
    assert "Raised by 2 members" in page


def test_the_live_result_is_the_secretariats_and_the_published_one_everyones(client, world):
    url = reverse("networks:round_result", args=[world.round.pk])
    donor = UserFactory(is_donor=True)
    assert _client(client, world.rep).get(url).status_code == 403
    services.round_close(round_=world.round, by=world.secretariat)
    services.round_publish(round_=world.round, by=world.secretariat)
    text = client.get(url).content.decode()
    assert "fell from 1" in text and "New" in text
    client.force_login(donor)
    assert client.get(url).status_code == 200


def test_the_export_holds_the_result_the_needs_with_sources_and_the_candidates(client, world):
    response = _client(client, world.secretariat).get(
        reverse("networks:round_export", args=[world.round.pk])
    )
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Result", "Shared needs", "Candidates"]
    assert book["Result"].max_row == 3
    assert book["Shared needs"].max_row == 5
    assert book["Candidates"].max_row == 8


def test_pulling_says_how_many_came_in(client, world):
    published_plan(world.network, key_issues=["Fresh issue"])
    _client(client, world.secretariat)
    response = client.post(reverse("networks:candidates_pull", args=[world.round.pk]), follow=True)
    assert "1 candidate came in from the published plans." in response.content.decode()


def test_a_donor_is_shown_only_the_published_rounds(client, world):
    client.force_login(UserFactory(is_donor=True))
    text = client.get(reverse("networks:round_list", args=[world.network.pk])).content.decode()
    assert reverse("networks:round_detail", args=[world.last.pk]) in text
    assert reverse("networks:round_detail", args=[world.round.pk]) not in text


def test_the_published_result_names_the_level_in_the_readers_language(client, world):
    SharedNeed.objects.filter(pk=world.needs[0].pk).update(level="institutional")
    services.round_close(round_=world.round, by=world.secretariat)
    services.round_publish(round_=world.round, by=world.secretariat)
    _client(client, world.rep)
    url = reverse("networks:round_result", args=[world.round.pk])
    assert "Institutional" in client.get(url).content.decode()
    client.cookies["django_language"] = "fr"
    assert "Institutionnel" in client.get(url).content.decode()


def test_a_round_is_created_with_its_closing_time_in_the_networks_zone(client, world):
    _client(client, world.secretariat)
    response = client.post(
        reverse("networks:round_create", args=[world.network.pk]),
        {"year": "2027", "points_per_member": "12", "closes_at": "2027-03-31T17:00"},
    )
    created = NeedsRound.objects.get(network=world.network, year=2027)
    assert response["Location"] == reverse("networks:round_detail", args=[created.pk])
    # Kampala is three hours ahead of UTC.
    assert created.closes_at == datetime.datetime(2027, 3, 31, 14, 0, tzinfo=datetime.UTC)
    assert (created.status, created.points_per_member) == (NeedsRound.Status.DRAFT, 12)


def test_a_second_round_for_the_same_year_is_refused_on_the_form(client, world):
    _client(client, world.secretariat)
    response = client.post(
        reverse("networks:round_create", args=[world.network.pk]),
        {"year": "2026", "points_per_member": "10"},
    )
    assert "The network already has a round for this year." in response.content.decode()


def test_the_secretariat_closes_then_publishes_after_confirming(client, world):
    _client(client, world.secretariat)
    close = reverse("networks:round_close", args=[world.round.pk])
    assert "Close the round 2026" in client.get(close).content.decode()
    client.post(close)
    client.post(reverse("networks:round_publish", args=[world.round.pk]))
    round_ = NeedsRound.objects.get(pk=world.round.pk)
    assert round_.status == NeedsRound.Status.PUBLISHED
    assert [row["title"] for row in round_.result] == [world.needs[1].title, world.needs[0].title]


def test_a_representative_withdraws_a_waiting_need_but_not_a_merged_one(client, world):
    _client(client, world.rep)
    waiting = Candidate.objects.get(title="Staff of Member 0")
    merged = Candidate.objects.get(title="Data of Member 0")
    client.post(reverse("networks:candidate_withdraw", args=[world.round.pk, waiting.pk]))
    response = client.post(
        reverse("networks:candidate_withdraw", args=[world.round.pk, merged.pk]), follow=True
    )
    assert not Candidate.objects.filter(pk=waiting.pk).exists()
    assert Candidate.objects.filter(pk=merged.pk).exists()
    assert "it no longer changes" in response.content.decode()


def test_another_members_need_is_not_found(client, world):
    _client(client, world.rep)
    theirs = Candidate.objects.get(title="Staff of Member 1")
    url = reverse("networks:candidate_edit", args=[world.round.pk, theirs.pk])
    assert client.get(url).status_code == 404


def test_a_need_with_sources_is_not_removed_and_the_page_says_why(client, world):
    _client(client, world.secretariat)
    response = client.post(
        reverse("networks:need_delete", args=[world.round.pk, world.needs[0].pk]), follow=True
    )
    assert "merge it into another instead" in response.content.decode()
    assert SharedNeed.objects.filter(pk=world.needs[0].pk).exists()


@pytest.mark.parametrize(
    ("name", "queries"),
    [("networks:round_close", 8), ("networks:round_publish", 8)],
)
def test_the_confirmation_pages_cost_a_fixed_number_of_queries(
    client, world, django_assert_num_queries, name, queries
):
    _client(client, world.secretariat)
    with django_assert_num_queries(queries):
        assert client.get(reverse(name, args=[world.round.pk])).status_code == 200


@pytest.mark.parametrize(
    ("name", "queries"),
    [("networks:candidate_edit", 9), ("networks:candidate_withdraw", 9)],
)
def test_the_pages_of_a_members_need_cost_a_fixed_number_of_queries(
    client, world, django_assert_num_queries, name, queries
):
    candidate = Candidate.objects.get(title="Staff of Member 0")
    _client(client, world.rep)
    with django_assert_num_queries(queries):
        response = client.get(reverse(name, args=[world.round.pk, candidate.pk]))
    assert response.status_code == 200


def test_the_published_result_costs_a_fixed_number_of_queries(
    client, world, django_assert_num_queries
):
    services.round_close(round_=world.round, by=world.secretariat)
    services.round_publish(round_=world.round, by=world.secretariat)
    _client(client, world.rep)
    with django_assert_num_queries(9):
        response = client.get(reverse("networks:round_result", args=[world.round.pk]))
    assert "fell from 1" in response.content.decode()


def test_a_merged_need_is_not_offered_for_editing(client, world):
    _client(client, world.rep)
    merged = Candidate.objects.get(title="Data of Member 0")
    response = client.get(
        reverse("networks:candidate_edit", args=[world.round.pk, merged.pk]), follow=True
    )
    assert "it no longer changes" in response.content.decode()


def test_candidates_already_in_a_need_are_refused_on_consolidating(client, world):
    """A page opened before another consolidation posts a candidate now in a need: it stays in
    its need and the page says how many were taken already."""
    _client(client, world.secretariat)
    taken = world.needs[0].sources.order_by("pk").first()
    waiting = Candidate.objects.filter(round=world.round, shared_need__isnull=True).first()
    url = reverse("networks:consolidate", args=[world.round.pk])
    response = client.post(url, {"candidates": [taken.pk, waiting.pk]}, follow=True)
    assert "1 of the chosen candidates is already in a shared need" in response.content.decode()
    response = client.post(
        url,
        {"candidates": [taken.pk], "need": world.needs[1].pk, "add": "1"},
        follow=True,
    )
    assert "1 of the chosen candidates is already in a shared need" in response.content.decode()
    assert Candidate.objects.get(pk=taken.pk).shared_need == world.needs[0]
    assert Candidate.objects.get(pk=waiting.pk).shared_need is None
    assert SharedNeed.objects.filter(round=world.round).count() == 2


@pytest.mark.parametrize("closes_at", ["0001-01-01T00:00", "9999-12-31T23:59"])
def test_a_closing_time_out_of_range_is_refused_on_the_form(client, world, closes_at):
    _client(client, world.secretariat)
    response = client.post(
        reverse("networks:round_create", args=[world.network.pk]),
        {"year": "2027", "points_per_member": "12", "closes_at": closes_at},
    )
    assert response.status_code == 200
    assert "Choose a date from 2000 to 2100." in response.content.decode()
    assert not NeedsRound.objects.filter(year=2027).exists()


def test_a_closing_time_in_the_past_is_refused_and_an_open_round_keeps_one(client, world):
    _client(client, world.secretariat)
    response = client.post(
        reverse("networks:round_create", args=[world.network.pk]),
        {"year": "2027", "points_per_member": "12", "closes_at": "2020-03-31T17:00"},
    )
    assert "The round must close in the future." in response.content.decode()
    assert not NeedsRound.objects.filter(year=2027).exists()
    response = client.post(
        reverse("networks:round_edit", args=[world.round.pk]),
        {"year": "2026", "points_per_member": "10", "asks_ratings": "on", "closes_at": ""},
    )
    assert "An open round needs a closing date and time." in response.content.decode()


def test_the_allowance_is_not_changed_once_ballots_are_cast_and_the_form_says_why(client, world):
    _client(client, world.secretariat)
    response = client.post(
        reverse("networks:round_edit", args=[world.round.pk]),
        {
            "year": "2026",
            "points_per_member": "20",
            "asks_ratings": "on",
            "closes_at": "2099-01-01T12:00",
        },
    )
    text = response.content.decode()
    assert "Ballots are cast; the points per member no longer change." in text
    assert NeedsRound.objects.get(pk=world.round.pk).points_per_member == 10
