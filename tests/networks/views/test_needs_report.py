"""The round's PDF report: who may ask for it, and what it prints (the frozen result once
published, compared with last year)."""

import pytest

from builders.factories import UserFactory
from cdfacil import pdf, reports, services
from networks.models import NeedsRound, SharedNeed
from networks.services import needs as needs_services
from tests.networks.views.test_needs_views import Round

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return Round()


def test_the_secretariat_may_always_ask_others_once_published(world):
    kind = reports.get("needs_round")
    donor = UserFactory(is_donor=True)
    stranger = UserFactory()
    assert kind.load_for(world.secretariat, world.round.pk) is not None
    assert kind.load_for(world.rep, world.round.pk) is None
    assert kind.load_for(donor, world.round.pk) is None
    needs_services.round_close(round_=world.round, by=world.secretariat)
    needs_services.round_publish(round_=world.round, by=world.secretariat)
    assert kind.load_for(world.rep, world.round.pk) is not None
    assert kind.load_for(donor, world.round.pk) is not None
    assert kind.load_for(stranger, world.round.pk) is None
    assert not kind.of_event and kind.event_of(world.round) == world.network


def test_the_report_prints_the_frozen_result_compared_with_last_year(world):
    needs_services.round_close(round_=world.round, by=world.secretariat)
    needs_services.round_publish(round_=world.round, by=world.secretariat)
    SharedNeed.objects.filter(pk=world.needs[0].pk).update(title="Reworded later")
    round_ = NeedsRound.objects.select_related("network").get(pk=world.round.pk)
    kind = reports.get("needs_round")
    html = services.report_html(kind=kind, subject=round_, language="en")
    assert "Shared priorities 2026" in html
    assert "Compared with the published result of 2025." in html
    assert "fell from 1" in html and "Reworded later" not in html.split("Where each need")[0]
    french = services.report_html(kind=kind, subject=round_, language="fr")
    assert "Priorités communes 2026" in french
    _data, pages = pdf.render_pdf(html)
    assert pages == 1


def test_the_sources_follow_the_ranking(world):
    SharedNeed.objects.filter(pk=world.needs[1].pk).update(title="Zoning of district data")
    round_ = NeedsRound.objects.select_related("network").get(pk=world.round.pk)
    html = services.report_html(kind=reports.get("needs_round"), subject=round_, language="en")
    sources = html.split("Where each need comes from")[1]
    # The second need has the more points: it comes first, though its title sorts after.
    first, second = "Zoning of district data", world.needs[0].title
    assert sources.index(first) < sources.index(second)


def test_the_report_counts_the_sources_of_each_need_and_names_none(world):
    """Donors may download the published round's report, and one file serves everyone: it says
    how many members and events raised each need, never which member nor their words."""
    needs_services.round_close(round_=world.round, by=world.secretariat)
    needs_services.round_publish(round_=world.round, by=world.secretariat)
    round_ = NeedsRound.objects.select_related("network").get(pk=world.round.pk)
    kind = reports.get("needs_round")
    html = services.report_html(kind=kind, subject=round_, language="en")
    sources = html.split("Where each need comes from")[1]
    assert sources.count("Raised by 1 member · 1 event") == 2
    # The shared needs' own titles are the secretariat's; the sources' are not printed.
    event = world.needs[0].sources.exclude(event=None).get().event
    for word in ("Member 0", "Data of Member 0", "Issue two", event.title):
        assert word not in html
    content = str(kind.content(round_))
    assert "Member 0" not in content and "Issue two" not in content
