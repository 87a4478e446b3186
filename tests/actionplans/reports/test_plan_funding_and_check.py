"""What the plan report prints beside the frozen text: the funding now (a new PDF when it
changes), the canonical JSON whose SHA-256 is the fingerprint, and the timeline's charts."""

import datetime
import hashlib
import re

import pytest
from django.urls import reverse
from django.utils import translation

from actionplans.gantt import ROWS_PER_CHART, timeline
from actionplans.models import Action
from actionplans.reports import version_content, version_context
from actionplans.selectors.versions import snapshot_actions
from builders.factories import EventFactory, UserFactory
from events.models import Participation
from events.services.people import participation_add
from tests.actionplans.helpers import pledge
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


def test_a_committed_pledge_changes_the_funding_now_and_the_reports_content(version, donor):
    action = Action.objects.get(output__objective__plan=version.plan)
    before = version_content(version)
    [printed] = snapshot_actions(version_context(version)["snapshot"])
    assert printed["funding_state"] == "unfunded"

    given = pledge(version, action, donor, "50000", status="committed")
    after = version_content(version)
    assert after != before  # the same content is not rendered twice: this one is new
    context = version_context(version)
    [printed] = snapshot_actions(context["snapshot"])
    assert printed["funding_state"] == "partly" and printed["funding_status"] == "unfunded"
    [usd] = context["costs"]
    assert (usd["cost"], usd["partly"], usd["unfunded"]) == (120000, 120000, 0)

    given.amount, given.status = 120000, "disbursed"
    given.save()
    given.counted_amount = 120000
    given.save()
    [printed] = snapshot_actions(version_context(version)["snapshot"])
    assert printed["funding_state"] == "funded"
    assert version_content(version) != after


def test_an_indicated_pledge_is_support_indicated_not_funding(version, donor):
    action = Action.objects.get(output__objective__plan=version.plan)
    pledge(version, action, donor, "120000", status="indicated")
    [printed] = snapshot_actions(version_context(version)["snapshot"])
    assert printed["funding_state"] == "indicated"
    assert printed["funding_state_label"] == "Support indicated, not committed"


def test_the_download_is_the_text_whose_sha256_is_the_fingerprint(version, donor, stakeholder):
    url = reverse("actionplans:version_json", args=[version.pk])
    for reader in (donor, stakeholder):
        response = client_for(reader).get(url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/json")
        assert hashlib.sha256(response.content).hexdigest() == version.fingerprint
    # Both pages that show the fingerprint offer the download.
    page = client_for(stakeholder).get(
        reverse("actionplans:version_detail", args=[version.plan.event_id, version.number])
    )
    assert url in page.content.decode()
    plan_page = client_for(donor).get(reverse("actionplans:donor_plan", args=[version.pk]))
    assert url in plan_page.content.decode()
    # Someone outside the event, not a donor, learns nothing of it.
    outsider = UserFactory()
    participation_add(event=EventFactory(), user=outsider, role=Participation.Role.STAKEHOLDER)
    assert client_for(outsider).get(url).status_code == 404


def test_the_version_page_writes_figures_in_the_language(version, stakeholder):
    url = reverse("actionplans:version_detail", args=[version.plan.event_id, version.number])
    client = client_for(stakeholder)
    page = client.get(url).content.decode()
    assert "1 January 2027 – 31 December 2027 · 120,000.00\xa0USD" in page
    assert "2027-01-01" not in page and "120000.00" not in page
    assert "Objective 1: Stronger district health management" in page
    assert "baseline 40 (2026)" in page and "target 90 (2028)" in page
    client.post(reverse("set_language"), {"language": "fr"})
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "1 janvier 2027 – 31 décembre 2027 · 120\xa0000,00\xa0USD" in page
    assert "Objectif 1\xa0: Stronger district health management" in page


def test_the_donors_plan_page_writes_figures_in_the_language(version, donor):
    action = Action.objects.get(output__objective__plan=version.plan)
    pledge(version, action, donor, "50000", status="committed")
    page = client_for(donor).get(reverse("actionplans:donor_plan", args=[version.pk]))
    text = page.content.decode()
    assert "120,000.00\xa0USD" in text and "50,000.00\xa0USD" in text
    assert "1 January 2027 – 31 December 2027" in text
    assert not re.search(r"\d{4}-\d\d-\d\d", text.split("<main")[-1])


def _rows(count, **fields):
    return [
        {
            "number": number,
            "title": f"Action {number}",
            "starts_on": "2027-01-15",
            "ends_on": "2028-06-30",
            **fields,
        }
        for number in range(1, count + 1)
    ]


def test_a_long_timeline_is_cut_into_charts_no_taller_than_a_page():
    labels = {"no_dates": "no dates given", "title": "Timeline"}
    charts = timeline(_rows(80), labels=labels)
    assert len(charts) == 3
    rows = [len(re.findall(r">\d+\. Action", chart)) for chart in charts]
    assert rows == [ROWS_PER_CHART, ROWS_PER_CHART, 80 - 2 * ROWS_PER_CHART]
    # Drawn at the page's width, each no taller than about 150 mm on A4 portrait.
    for chart in charts:
        width, height = map(float, re.search(r'viewBox="0 0 (\S+) (\S+)"', chart).groups())
        assert height / width * 178 < 160
    # The quarters the actions span: Q1 2027 to Q2 2028.
    assert ">2027<" in charts[0] and ">2028<" in charts[0] and charts[0].count(">Q") == 6


def test_the_timeline_escapes_labels_and_lists_actions_without_dates():
    labels = {"no_dates": "no dates given", "title": "Timeline"}
    rows = _rows(2)
    rows[1].update(title="<script>alert(1)</script>", starts_on=None, ends_on=None)
    [chart] = timeline(rows, labels=labels)
    assert "<script>" not in chart and "&lt;script&gt;" in chart
    assert "no dates given" in chart
    assert timeline(_rows(1, starts_on=None, ends_on=None), labels=labels) == []


def test_the_timeline_is_drawn_once_for_the_same_content(monkeypatch):
    from actionplans import gantt

    drawn = []
    real = gantt.gantt_svg
    monkeypatch.setattr(gantt, "gantt_svg", lambda *a, **k: drawn.append(1) or real(*a, **k))
    labels = {"no_dates": "none", "title": "T"}
    rows = _rows(3, title=f"cached {datetime.datetime.now().isoformat()}")
    with translation.override("en"):
        first = timeline(rows, labels=labels)
        assert timeline(rows, labels=labels) == first
    assert len(drawn) == 1
