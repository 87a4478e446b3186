"""The round's ranked result: points, members behind each need, the spread, mean ratings, and
each need's move since last year's published round."""

import pytest

from builders.networks import NetworkFactory, member_add, round_add, secretariat_add
from networks.models import NeedsRound, SharedNeed
from networks.selectors.needs import round_result
from networks.services import needs as services

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    return NetworkFactory()


@pytest.fixture
def secretariat(network):
    return secretariat_add(network)


@pytest.fixture
def members(network):
    return [member_add(network, name=f"Member {index}") for index in range(3)]


def _cast(round_, member, points: dict, ratings=None):
    ratings = ratings or {}
    services.ballot_cast(
        round_=round_,
        member=member,
        lines={
            need.pk: (given, *ratings.get(need.pk, (None, None))) for need, given in points.items()
        },
        by=member.rep,
    )


def _published(round_, secretariat):
    services.round_close(round_=round_, by=secretariat)
    return services.round_publish(round_=round_, by=secretariat)


def test_needs_rank_by_points_then_members_with_the_spread(network, members):
    round_ = round_add(network, points_per_member=10)
    data = SharedNeed.objects.create(round=round_, title="Data use")
    procurement = SharedNeed.objects.create(round=round_, title="Procurement")
    gender = SharedNeed.objects.create(round=round_, title="Gender budgeting")
    _cast(round_, members[0], {data: 6, procurement: 4})
    _cast(round_, members[1], {data: 2, procurement: 8})
    _cast(round_, members[2], {gender: 10})

    rows = round_result(round_=round_)["rows"]

    assert [(row["title"], row["points"], row["members"]) for row in rows] == [
        ("Procurement", 12, 2),
        ("Gender budgeting", 10, 1),
        ("Data use", 8, 2),
    ]
    # Three ballots: the third gave Procurement nothing, so its spread starts at 0.
    assert (rows[0]["min"], rows[0]["max"], rows[0]["ballots"]) == (0, 8, 3)
    assert (rows[1]["min"], rows[1]["max"]) == (0, 10)


def test_the_spread_starts_at_the_fewest_points_when_every_ballot_gave_some(network, members):
    round_ = round_add(network)
    need = SharedNeed.objects.create(round=round_, title="Data use")
    _cast(round_, members[0], {need: 3})
    _cast(round_, members[1], {need: 7})
    row = round_result(round_=round_)["rows"][0]
    assert (row["min"], row["max"], row["members"]) == (3, 7, 2)


def test_mean_ratings_when_the_round_asks(network, members):
    round_ = round_add(network, asks_ratings=True)
    need = SharedNeed.objects.create(round=round_, title="Data use")
    _cast(round_, members[0], {need: 5}, {need.pk: (5, 2)})
    _cast(round_, members[1], {need: 5}, {need.pk: (4, 3)})
    row = round_result(round_=round_)["rows"][0]
    assert (row["importance"], row["feasibility"]) == (4.5, 2.5)


def test_each_need_rose_fell_or_is_new_against_last_years_published_result(
    network, members, secretariat
):
    last = round_add(network, year=2025)
    old_first = SharedNeed.objects.create(round=last, title="Data use 2025")
    old_second = SharedNeed.objects.create(round=last, title="Procurement 2025")
    _cast(last, members[0], {old_first: 7, old_second: 3})
    _published(last, secretariat)

    this = round_add(network, year=2026)
    data = SharedNeed.objects.create(round=this, title="Data use", continues=old_first)
    procurement = SharedNeed.objects.create(round=this, title="Procurement", continues=old_second)
    gender = SharedNeed.objects.create(round=this, title="Gender budgeting")
    _cast(this, members[0], {procurement: 6, gender: 3, data: 1})

    result = round_result(round_=this)

    moves = {row["title"]: (row["rank"], row["change"], row["last_rank"]) for row in result["rows"]}
    assert moves == {
        "Procurement": (1, "rose", 2),
        "Gender budgeting": (2, "new", None),
        "Data use": (3, "fell", 1),
    }
    assert result["last_round"] == last and not result["published"]


def test_an_unpublished_last_year_compares_nothing(network, members):
    last = round_add(network, year=2025, status=NeedsRound.Status.CLOSED)
    old = SharedNeed.objects.create(round=last, title="Old")
    this = round_add(network, year=2026)
    SharedNeed.objects.create(round=this, title="Data use", continues=old)
    result = round_result(round_=this)
    assert result["last_round"] is None and result["rows"][0]["change"] == "new"


def test_the_published_result_never_follows_later_edits_or_ballots(network, members, secretariat):
    round_ = round_add(network)
    need = SharedNeed.objects.create(round=round_, title="Data use")
    _cast(round_, members[0], {need: 4})
    _published(round_, secretariat)
    SharedNeed.objects.filter(pk=need.pk).update(title="Changed")
    need.allocations.update(points=9)
    row = round_result(round_=NeedsRound.objects.get(pk=round_.pk))["rows"][0]
    assert (row["title"], row["points"]) == ("Data use", 4)
