"""The synthetic platform of `make bench`: complete events, and main pages whose number of
queries does not change as the platform grows."""

import io

import pytest
from django.core.management.base import OutputWrapper
from django.urls import reverse

from actionplans.models import PlanVersion, Pledge
from assessments.models import Answer, Response
from bench import synthetic
from bench.management.commands import bench
from cdfacil import runtime
from events.models import Event

pytestmark = pytest.mark.django_db

# The main pages' queries, the same at every size of the platform: the session, the user and
# the menu's permissions included, and the menu's Networks entry asking whether the person is
# in a network's secretariat or represents a member (1).
PAGE_QUERIES = {
    # Both with the next step: in follow-up, the open round and the late actions (3).
    "facilitator dashboard": 13,
    "event page": 15,  # with the steps back of the phases and the core-group invitations waiting
    "agenda": 7,
    "assessment form": 9,  # one step of the form (one dimension)
    "consensus view": 11,
    "results": 12,
    "plan": 19,
    "endorsement": 13,  # a closed version: the tally read from what it kept when it closed
    "donor portfolio": 10,  # with the networks that published a result
    "donor plan page": 12,  # the reporting currency's rates, the positions, the lead
}


@pytest.fixture
def small(monkeypatch):
    """A platform of 2 events per unit of scale, and no freezing of this test process's heap."""
    monkeypatch.setattr(synthetic, "EVENTS_PER_SCALE", 2)
    monkeypatch.setattr(runtime, "settle", lambda: None)


def test_a_synthetic_event_is_complete(small):
    subjects = synthetic.build_platform(scale=1)
    counts = synthetic.platform_counts()
    assert counts["events"] == 2
    # The events' 20, and network 0's 200 members and its secretariat's organisation.
    assert counts["organisations"] == 20 + 201
    assert counts["responses"] == 20 and counts["answers"] == 20 * 60
    assert counts["actions"] == 40
    # Events 0 and 1 publish their plan; donors pledge to 10 actions of each.
    assert counts["pledges"] == 20
    assert Pledge.objects.filter(version__published_at__isnull=False).count() == 20
    event = subjects.event
    assert event.participations.filter(role="core_group").count() == 5
    assert event.participations.filter(role="stakeholder").count() == 28
    assert Response.objects.filter(round=subjects.baseline, status="submitted").count() == 5
    assert subjects.member_response.status == Response.Status.IN_PROGRESS
    assert Answer.objects.filter(response=subjects.member_response).count() == 60
    assert subjects.version.status == PlanVersion.Status.ENDORSED
    assert subjects.version.published_at is not None
    # The bench's facilitator runs one event in two; the member is the government lead.
    assert Event.objects.filter(participations__user=subjects.facilitator).count() == 1
    assert subjects.member.organisation.kind == "government"


def test_main_pages_make_the_same_queries_as_the_platform_grows(small):
    command = bench.Command(stdout=io.StringIO())
    figures = {}
    for scale in (1, 3):
        subjects = synthetic.build_platform(scale=scale)
        figures[scale] = command._pages(subjects, repeat=2)
    assert Event.objects.count() == 6
    for scale in (1, 3):
        assert {name: figure.queries for name, figure in figures[scale].items()} == PAGE_QUERIES
        assert all(len(figure.seconds) == 2 for figure in figures[scale].values())

    out = io.StringIO()
    command.stdout = OutputWrapper(out)
    command._table("Pages", figures, [1, 3])
    # A Markdown table, to paste into docs/SCALING.md as it is.
    table = out.getvalue().splitlines()
    header = [cell.strip() for cell in table[3].strip("|").split("|")]
    assert header[1:] == [
        "1x queries", "1x median", "1x p95", "3x queries", "3x median", "3x p95", "ratio"
    ]  # fmt: skip
    assert set(table[4]) == {"|", "-", ":", " "}
    row = next(line for line in table if line.startswith("| results "))
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[1] == cells[4] == str(PAGE_QUERIES["results"])
    assert len(cells) == len(header)


def test_report_jobs_are_timed_from_the_request_to_the_render(small, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    subjects = synthetic.build_platform(scale=1)
    figures = bench.Command(stdout=io.StringIO())._reports(subjects, repeat=2, renders=1)
    names = list(figures)
    assert names[0] == "event: request" and names[1].startswith("event: render (")
    assert len(names) == 10
    assert figures["event: request"].queries == 7
    # Asking only queues: nothing was rendered in the request.
    assert all(len(figures[name].seconds) == 2 for name in names if name.endswith("request"))
    assert all(len(figures[name].seconds) == 1 for name in names if "render" in name)


def test_the_dashboard_of_the_bench_facilitator_pages_through_many_events(client, monkeypatch):
    monkeypatch.setattr(synthetic, "EVENTS_PER_SCALE", 26)
    subjects = synthetic.build_platform(scale=1)
    client.force_login(subjects.facilitator)
    page = client.get(reverse("dashboard")).content.decode()
    assert page.count("card-title") == 12
    assert "Page 1 of 2" in page
