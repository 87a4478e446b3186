"""The reporting pages: opening a period, who has reported, a member's report at 375 px,
reminders, closing and reopening, the consolidated report and its submission, the clusters
side by side; each page's queries pinned at two sizes."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from builders.factories import UserFactory
from builders.networks import member_add
from networks.models import ActivityReport, ClusterMembership, FocusArea, ReportingPeriod
from tests.helpers import client_for
from tests.networks.reporting_helpers import Setting

pytestmark = pytest.mark.django_db


@pytest.fixture
def s():
    return Setting()


def url(name, *args):
    return reverse(f"networks:{name}", args=args)


def grow(s, members=2, activities=2, report=True):
    """More members, each with activities in two focus areas, reported on."""
    area = FocusArea.objects.create(cluster=s.cluster, title=f"Area {FocusArea.objects.count()}")
    for _ in range(members):
        member = member_add(s.network)
        ClusterMembership.objects.create(cluster=s.cluster, member=member, joined_at=timezone.now())
        for number in range(activities):
            activity = s.activity(
                member, currency="EUR" if number % 2 else "USD", areas=[s.area, area]
            )
            if report:
                s.report(activity, result_value=Decimal(number + 1), result_unit=f"unit {number}")
            s.pledge(activity=activity, amount="10", currency=activity.currency)
        s.pledge(area=area, amount="20")


# --- Opening a period ----------------------------------------------------------------------------


def test_the_convener_opens_a_period_with_its_due_time_in_the_networks_zone(s):
    s.network.time_zone = "Africa/Nairobi"
    s.network.save()
    client = client_for(s.convener)
    page = client.get(url("period_create", s.cluster.pk))
    assert page.status_code == 200
    # s.period is open: the next half-year is offered
    start = page.context["form"].initial["starts_on"]
    assert start.day == 1 and start.month in (1, 7) and start > s.period.starts_on
    response = client.post(
        url("period_create", s.cluster.pk),
        {"starts_on": "2031-01-01", "ends_on": "2031-06-30", "due_at": "2031-07-15T17:00"},
    )
    period = ReportingPeriod.objects.get(starts_on=datetime.date(2031, 1, 1))
    assert response.status_code == 302 and response["Location"] == url("period_detail", period.pk)
    # 17:00 in Nairobi is 14:00 UTC
    assert period.due_at.astimezone(datetime.UTC).hour == 14


def test_a_period_ending_before_it_starts_is_refused_with_what_was_typed_kept(s):
    response = client_for(s.convener).post(
        url("period_create", s.cluster.pk), {"starts_on": "2031-06-30", "ends_on": "2031-01-01"}
    )
    assert response.status_code == 200
    assert "The period ends before it starts." in response.content.decode()
    assert 'value="2031-06-30"' in response.content.decode()


@pytest.mark.parametrize("year", ["0001", "9999", "1999"])
def test_a_date_out_of_the_years_a_period_can_have_is_refused_in_words(s, year):
    """Year 1 or 9999 cannot even be moved into the network's time zone: an error on the page,
    never a server error."""
    response = client_for(s.convener).post(
        url("period_create", s.cluster.pk),
        {
            "starts_on": f"{year}-01-01",
            "ends_on": f"{year}-06-30",
            "due_at": f"{year}-01-01 01:00",
        },
    )
    assert response.status_code == 200
    assert response.content.decode().count("Choose a date from 2000 to 2100.") == 3
    assert not ReportingPeriod.objects.filter(starts_on__year=int(year)).exists()


def test_period_create_queries(s, django_assert_num_queries):
    client = client_for(s.convener)
    client.get(url("period_create", s.cluster.pk))
    # session, user, cluster, the person's roles (2), whether a period is open, and the top
    # menu's three (permissions, user and group, and whether the person is in a network)
    with django_assert_num_queries(9):
        client.get(url("period_create", s.cluster.pk))


# --- The period's page ---------------------------------------------------------------------------


def test_the_period_shows_who_has_not_reported_and_a_representative_their_report_buttons(s):
    alpha, beta = s.members
    done = s.activity(alpha, title="Reported work")
    s.report(done)
    waiting = s.activity(beta, title="Waiting work")

    convener_page = client_for(s.convener).get(url("period_detail", s.period.pk)).content.decode()
    assert "Not reported yet" in convener_page
    assert "Beta org: 1 activity of 1 not reported" in convener_page
    assert "Alpha org: " not in convener_page.split("Not reported yet")[1].split("</section>")[0]
    assert url("period_remind", s.period.pk) in convener_page
    assert url("activity_report", s.period.pk, waiting.pk) not in convener_page

    beta_page = client_for(beta.rep).get(url("period_detail", s.period.pk)).content.decode()
    assert url("activity_report", s.period.pk, waiting.pk) in beta_page
    assert url("activity_report", s.period.pk, done.pk) not in beta_page
    assert url("period_remind", s.period.pk) not in beta_page


def test_period_detail_queries_do_not_grow_with_members_and_activities(
    s, django_assert_num_queries
):
    client = client_for(s.convener)
    grow(s, members=2)
    client.get(url("period_detail", s.period.pk))
    # session, user, period, roles (2), the members with their counts (3, and one more only
    # when a member that left has any), the page's members' reports and activities (2),
    # reminders (latest per member, and the list), the menu's three
    with django_assert_num_queries(15):
        client.get(url("period_detail", s.period.pk))
    grow(s, members=5, activities=3)
    with django_assert_num_queries(15):
        client.get(url("period_detail", s.period.pk))


# --- A member's report ---------------------------------------------------------------------------


def test_a_representative_reports_and_changes_the_report_until_the_close(s):
    alpha = s.members[0]
    activity = s.activity(alpha)
    client = client_for(alpha.rep)
    page = client.get(url("activity_report", s.period.pk, activity.pk))
    assert page.status_code == 200
    assert "form-control-lg" in page.content.decode()
    data = {
        "status": "ongoing",
        "percent_done": "40",
        "narrative": "Two trainings held",
        "result_value": "25",
        "result_unit": "planners trained",
        "funds_spent": "1200",
        "currency": "usd",
    }
    response = client.post(url("activity_report", s.period.pk, activity.pk), data)
    assert response.status_code == 302
    report = ActivityReport.objects.get()
    assert (report.percent_done, report.currency, report.member) == (40, "USD", alpha)
    client.post(url("activity_report", s.period.pk, activity.pk), {**data, "percent_done": "80"})
    assert ActivityReport.objects.get().percent_done == 80


def test_a_result_without_its_unit_is_refused_on_the_page(s):
    alpha = s.members[0]
    activity = s.activity(alpha)
    response = client_for(alpha.rep).post(
        url("activity_report", s.period.pk, activity.pk),
        {
            "status": "ongoing",
            "percent_done": "140",
            "result_value": "3",
            "funds_spent": "0",
            "currency": "USD",
            "narrative": "Kept",
        },
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Say what the result counts (its unit)." in body
    assert "Kept" in body
    assert not ActivityReport.objects.exists()


def test_after_the_close_the_report_page_says_why_and_refuses(s):
    alpha = s.members[0]
    activity = s.activity(alpha)
    client_for(s.convener).post(url("period_close", s.period.pk))
    client = client_for(alpha.rep)
    page = client.get(url("activity_report", s.period.pk, activity.pk)).content.decode()
    assert "can no longer be written or changed" in page
    assert "Save the report" not in page
    response = client.post(
        url("activity_report", s.period.pk, activity.pk),
        {"status": "done", "percent_done": "100", "funds_spent": "0", "currency": "USD"},
    )
    assert response.status_code == 409
    assert not ActivityReport.objects.exists()


def test_an_activity_of_another_cluster_is_not_found(s):
    from builders.networks import cluster_add

    alpha = s.members[0]
    other = cluster_add(s.network, alpha, theme="Other theme")
    activity = s.activity(alpha)
    activity.cluster = other
    activity.save()
    response = client_for(alpha.rep).get(url("activity_report", s.period.pk, activity.pk))
    assert response.status_code == 404


def test_activity_report_queries(s, django_assert_num_queries):
    alpha = s.members[0]
    activity = s.activity(alpha)
    client = client_for(alpha.rep)
    client.get(url("activity_report", s.period.pk, activity.pk))
    # session, user, period, roles (2), activity, its report, the menu's three
    with django_assert_num_queries(10):
        client.get(url("activity_report", s.period.pk, activity.pk))


# --- Reminders, close and reopen -----------------------------------------------------------------


def test_the_convener_reminds_and_the_page_says_who_and_when(s, django_capture_on_commit_callbacks):
    alpha, beta = s.members
    s.report(s.activity(alpha))
    s.activity(beta)
    client = client_for(s.convener)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("period_remind", s.period.pk), follow=True)
    body = response.content.decode()
    assert "Reminders are on their way to: Beta org." in body
    assert [message.to for message in mail.outbox] == [[beta.rep.email]]
    reminders = body.split("Reminders sent")[1]
    assert "Beta org" in reminders and "Alpha org" not in reminders
    assert "reminded" in body.split("Not reported yet")[1]


def test_closing_and_reopening_ask_first(s):
    client = client_for(s.convener)
    page = client.get(url("period_close", s.period.pk))
    assert page.status_code == 200 and "Close the period" in page.content.decode()
    s.period.refresh_from_db()
    assert s.period.is_open
    client.post(url("period_close", s.period.pk))
    s.period.refresh_from_db()
    assert not s.period.is_open
    assert "Reopen the period" in client.get(url("period_reopen", s.period.pk)).content.decode()
    client.post(url("period_reopen", s.period.pk))
    s.period.refresh_from_db()
    assert s.period.is_open and s.period.reopened_at is not None


def test_confirmation_pages_queries(s, django_assert_num_queries):
    client = client_for(s.convener)
    for name in ("period_close", "period_reopen", "period_submit"):
        client.get(url(name, s.period.pk))
        # session, user, period, roles (2), the menu's three
        with django_assert_num_queries(8):
            client.get(url(name, s.period.pk))


# --- The consolidated report ---------------------------------------------------------------------


def test_the_consolidated_report_shows_contributions_progress_gaps_and_money(s):
    alpha, beta = s.members
    s.report(
        s.activity(alpha, budget="1000", own="300"),
        percent_done=30,
        result_value=Decimal("12"),
        result_unit="districts",
    )
    s.activity(beta, budget="500", own="0", title="Unfunded work")
    FocusArea.objects.create(cluster=s.cluster, title="Nobody works here")
    body = client_for(s.secretariat).get(url("period_report", s.period.pk)).content.decode()
    assert "Alpha org" in body and "Beta org" in body
    assert "12 districts" in body
    assert "“Nobody works here” has no activity." in body
    assert "Unfunded work (Beta org)" in body
    assert "1,500.00\xa0USD" in body  # needed
    assert "300.00\xa0USD" in body  # mobilised
    assert "Submit to the secretariat" in body  # the focal point


def test_the_summary_is_edited_by_the_clusters_managers_only(s):
    client_for(s.convener).post(url("period_report", s.period.pk), {"summary": "A good half."})
    s.period.refresh_from_db()
    assert s.period.summary == "A good half."
    alpha = s.members[0]
    response = client_for(alpha.rep).post(url("period_report", s.period.pk), {"summary": "Mine"})
    assert response.status_code == 403
    s.period.refresh_from_db()
    assert s.period.summary == "A good half."
    page = client_for(alpha.rep).get(url("period_report", s.period.pk)).content.decode()
    assert "A good half." in page and "Save the summary" not in page


def test_the_summary_is_titled_once_and_its_field_keeps_a_label(s):
    page = client_for(s.convener).get(url("period_report", s.period.pk)).content.decode()
    # The section's heading names the field; its label is read by screen readers only.
    assert page.count('id="summary-title">Convener\'s summary</h2>') == 1
    assert 'class="form-label' not in page.split('id="summary-title"')[1].split("</section>")[0]
    assert '<label class="visually-hidden" for="id_summary">' in page
    assert 'id="id_summary"' in page and 'class="form-control"' in page


def test_submitting_asks_first_then_tells_the_secretariat(s, django_capture_on_commit_callbacks):
    client = client_for(s.convener)
    assert client.get(url("period_submit", s.period.pk)).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("period_submit", s.period.pk))
    s.period.refresh_from_db()
    assert s.period.submitted_at is not None
    assert [message.to for message in mail.outbox] == [[s.secretariat.email]]


def test_period_report_queries_do_not_grow_with_activities(s, django_assert_num_queries):
    client = client_for(s.convener)
    grow(s, members=2)
    client.get(url("period_report", s.period.pk))
    # session, user, period, roles (2); contributions (3: current members, activities and
    # reports per member, and one more only when a member that left has any); focus areas;
    # progress by focus area (3); needed and mobilised per focus area (3); the gaps (5); the
    # cluster's money (3); the menu's three. As sums: no row of each activity is read.
    expected = 26
    with django_assert_num_queries(expected):
        client.get(url("period_report", s.period.pk))
    grow(s, members=6, activities=4)
    with django_assert_num_queries(expected):
        client.get(url("period_report", s.period.pk))


# --- Every cluster side by side ------------------------------------------------------------------


def test_the_secretariat_sees_every_cluster_side_by_side(s):
    from builders.networks import cluster_add

    grow(s, members=2)
    s.period.submitted_at = timezone.now()
    s.period.save()
    quiet = cluster_add(s.network, s.members[0], theme="Quiet cluster")
    body = client_for(s.secretariat).get(url("reporting", s.network.pk)).content.decode()
    assert "Quiet cluster" in body and "No reporting period yet." in body
    assert "4 / 4" in body  # reported / expected of the first cluster
    assert url("period_create", quiet.pk) in body
    assert 'class="table-responsive"' in body


def test_reporting_queries_do_not_grow_with_clusters_and_activities(s, django_assert_num_queries):
    from builders.networks import cluster_add

    client = client_for(s.secretariat)
    grow(s, members=2)
    client.get(url("reporting", s.network.pk))
    # session, user, network, roles (2), clusters, periods, expected activities, reports,
    # the clusters' money (3), the menu's three (the secretariat is in a network: one query)
    expected = 15
    with django_assert_num_queries(expected):
        client.get(url("reporting", s.network.pk))
    for theme in ("Second", "Third"):
        cluster = cluster_add(s.network, s.members[0], theme=theme)
        ReportingPeriod.objects.create(
            cluster=cluster, starts_on=s.period.starts_on, ends_on=s.period.ends_on
        )
    grow(s, members=4, activities=3)
    with django_assert_num_queries(expected):
        client.get(url("reporting", s.network.pk))


# --- The PDF -------------------------------------------------------------------------------------


def test_the_consolidated_report_is_downloaded_as_a_pdf_of_the_network(
    s, django_capture_on_commit_callbacks
):
    from pypdf import PdfReader

    from cdfacil.models import ReportJob

    alpha = s.members[0]
    s.report(s.activity(alpha, title="Training of planners"), narrative="Two trainings held")
    client = client_for(alpha.rep)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("report_request", args=["cluster_report", s.period.pk]))
    job = ReportJob.objects.get()
    assert response["Location"] == reverse("report_job", args=[job.pk])
    job.refresh_from_db()
    assert job.status == ReportJob.Status.DONE, job.error
    page = client.get(reverse("report_job", args=[job.pk])).content.decode()
    assert url("period_report", s.period.pk) in page
    download = client.get(reverse("report_download", args=[job.pk]))
    import io

    pdf = PdfReader(io.BytesIO(b"".join(download.streaming_content)))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Consolidated report: " + s.cluster.theme in text.replace("\n", " ")
    assert "Training of planners" in text and "Two trainings held" in text
    # Someone outside the network may not ask for it.
    other = client_for(UserFactory())
    assert (
        other.post(reverse("report_request", args=["cluster_report", s.period.pk])).status_code
        == 404
    )


def test_the_members_are_paged_and_a_representative_keeps_their_report_buttons(s, monkeypatch):
    from networks.views import reporting as views

    monkeypatch.setattr(views, "MEMBERS_PAGE_SIZE", 2)
    alpha, beta = s.members
    mine = s.activity(beta, title="Beta's own work")
    s.activity(alpha, title="Alpha's work")
    client = client_for(beta.rep)
    first = client.get(url("period_detail", s.period.pk))
    # Alpha org and Beta org on the first page, the convener's organisation on the second
    assert [row.member for row in first.context["page"].object_list] == [alpha, beta]
    assert "Alpha&#x27;s work" in first.content.decode()
    second = client.get(url("period_detail", s.period.pk), {"page": 2}).content.decode()
    assert "Convener org" in second.split("Members and their activities")[1]
    assert "Alpha&#x27;s work" not in second.split("Members and their activities")[1]
    # Beta's own activity keeps its button on every page.
    assert url("activity_report", s.period.pk, mine.pk) in second
