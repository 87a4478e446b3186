"""Assessment pages end to end: private answers with autosave, consensus, results, privacy."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.models import Answer, ConsensusScore, FrameworkVersion, Question, Response
from events import services as event_services
from events.models import Participation
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def version():
    return FrameworkVersion.objects.get(framework__name="Sector capacity framework", number=1)


@pytest.fixture
def members(event, government_org, partner_org, add_core_member):
    group = [add_core_member(event, government_org, is_lead=True)]
    group += [add_core_member(event, government_org) for _ in range(3)]
    group += [add_core_member(event, partner_org) for _ in range(2)]
    return [member.user for member in group]


@pytest.fixture
def assessment_round(event, version, members):
    now = timezone.now()
    return services.round_create(
        event=event,
        version=version,
        opens_at=now - datetime.timedelta(hours=1),
        closes_at=now + datetime.timedelta(days=1),
        respondents=members,
    )


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def response_url(event, response):
    return reverse("assessments:response", args=[event.pk, response.pk])


def autosave_url(event, response, question):
    return reverse("assessments:answer_autosave", args=[event.pk, response.pk, question.pk])


def test_round_with_six_members_end_to_end(event, facilitator, members, version):
    facilitator_client = client_for(facilitator)
    now = timezone.localtime(timezone.now(), event.tzinfo)
    response = facilitator_client.post(
        reverse("assessments:round_create", args=[event.pk]),
        {
            "version": version.pk,
            "opens_at": (now - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "closes_at": (now + datetime.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"),
            "respondents": [member.pk for member in members],
        },
    )
    assert response.status_code == 302
    round_ = event.assessment_rounds.get()
    questions = list(Question.objects.filter(dimension__level__version=version))
    for index, member in enumerate(members):
        client = client_for(member)
        own = Response.objects.get(round=round_, respondent=member)
        page = client.get(response_url(event, own))
        assert page.status_code == 200 and "0 of 60 answered" in page.content.decode()
        for question in questions:
            saved = client.post(
                autosave_url(event, own, question),
                {"kind": "rated", "current": 1 + index % 3, "desired": 4, "evidence": "Review"},
                HTTP_HX_REQUEST="true",
            )
            assert "Saved" in saved.content.decode()
        assert f"{len(questions)} of {len(questions)} answered" in saved.content.decode()
        assert (
            client.post(reverse("assessments:response_submit", args=[event.pk, own.pk])).status_code
            == 302
        )
    assert Answer.objects.filter(response__round=round_).count() == 6 * len(questions)

    consensus_page = facilitator_client.get(
        reverse("assessments:consensus", args=[event.pk, round_.pk])
    )
    assert "6 ratings · min 1 · max 3" in consensus_page.content.decode()
    target = questions[0]
    facilitator_client.post(
        reverse("assessments:consensus_question", args=[event.pk, round_.pk, target.pk]),
        {"current": 2, "desired": 4, "rationale": "Agreed after discussion", "dissent": ""},
    )
    assert ConsensusScore.objects.get(round=round_, question=target).current == 2

    results = client_for(members[0]).get(reverse("assessments:results", args=[event.pk, round_.pk]))
    body = results.content.decode()
    assert results.status_code == 200
    assert "From 6 submitted responses." in body
    assert "consensus on 1 of 3 questions" in body


def test_autosave_keeps_typed_text_when_refused(event, assessment_round, members):
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    client = client_for(members[0])
    response = client.post(
        autosave_url(event, own, question),
        {"kind": "rated", "current": 7, "desired": 4, "evidence": "My careful notes"},
        HTTP_HX_REQUEST="true",
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Not saved" in body and "My careful notes" in body
    assert not Answer.objects.exists()

    services.response_submit(response=own)
    response = client.post(
        autosave_url(event, own, question),
        {"kind": "rated", "current": 2, "desired": 4, "evidence": "Late notes"},
        HTTP_HX_REQUEST="true",
    )
    body = response.content.decode()
    assert "locked" in body and "Late notes" in body


def test_closed_round_refuses_answers_with_a_message(event, assessment_round, members):
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    type(assessment_round).objects.filter(pk=assessment_round.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    response = client_for(members[0]).post(
        autosave_url(event, own, question),
        {"kind": "rated", "current": 2, "desired": 3, "evidence": ""},
        HTTP_HX_REQUEST="true",
    )
    assert "closed on" in response.content.decode()
    assert not Answer.objects.exists()


def test_individual_answers_are_private(
    event, assessment_round, members, facilitator, civil_society_org, outsider, make_event
):
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    services.answer_save(response=own, question=question, current=1, desired=4, evidence="Secret")
    page = response_url(event, own)

    assert "Secret" in client_for(members[0]).get(page).content.decode()
    assert "Secret" in client_for(facilitator).get(page).content.decode()

    stakeholder = UserFactory(organisation=civil_society_org)
    event_services.participation_add(
        event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER
    )
    donor = UserFactory(is_donor=True)
    other_facilitator = UserFactory()
    make_event(title="Other event", created_by=other_facilitator)
    for person in (members[1], stakeholder, donor, outsider, other_facilitator):
        assert client_for(person).get(page).status_code == 404, person
        assert (
            client_for(person)
            .post(
                autosave_url(event, own, question),
                {"kind": "rated", "current": 4, "desired": 4},
            )
            .status_code
            == 404
        ), person
    assert Answer.objects.get(response=own).current == 1


def test_aggregates_hidden_below_three_submissions(event, assessment_round, members, facilitator):
    results = reverse("assessments:results", args=[event.pk, assessment_round.pk])
    member = client_for(members[0])
    for count, response in enumerate(assessment_round.responses.order_by("pk")[:3], start=1):
        services.response_submit(response=response)
        expected = 200 if count >= 3 else 403
        assert member.get(results).status_code == expected, count
    assert client_for(facilitator).get(results).status_code == 200


def test_stakeholders_cannot_reach_consensus_or_results(
    event, assessment_round, civil_society_org, members
):
    for response in assessment_round.responses.all()[:3]:
        services.response_submit(response=response)
    stakeholder = UserFactory(organisation=civil_society_org)
    event_services.participation_add(
        event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER
    )
    client = client_for(stakeholder)
    for name in ("consensus", "results"):
        url = reverse(f"assessments:{name}", args=[event.pk, assessment_round.pk])
        assert client.get(url).status_code == 403, name
    assert (
        client_for(members[1])
        .get(reverse("assessments:consensus", args=[event.pk, assessment_round.pk]))
        .status_code
        == 403
    )


@pytest.mark.parametrize("name,queries", [("results", 11), ("consensus", 10)])
def test_results_and_consensus_queries_do_not_grow(
    event, version, members, facilitator, django_assert_num_queries, name, queries
):
    client = client_for(facilitator)
    now = timezone.now()
    questions = list(Question.objects.filter(dimension__level__version=version))
    for size in (3, 6):
        round_ = services.round_create(
            event=event,
            version=version,
            opens_at=now - datetime.timedelta(hours=1),
            closes_at=now + datetime.timedelta(days=1),
            respondents=members[:size],
        )
        for response in round_.responses.all():
            Answer.objects.bulk_create(
                Answer(response=response, question=q, current=2, desired=3) for q in questions
            )
            services.response_submit(response=response)
        url = reverse(f"assessments:{name}", args=[event.pk, round_.pk])
        with django_assert_num_queries(queries):
            assert client.get(url).status_code == 200


def test_every_assessment_page_is_closed_to_people_outside_the_event(
    event, assessment_round, members, outsider, make_event
):
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    pages = [
        reverse("assessments:round_list", args=[event.pk]),
        response_url(event, own),
        reverse("assessments:consensus", args=[event.pk, assessment_round.pk]),
        reverse("assessments:results", args=[event.pk, assessment_round.pk]),
        reverse("assessments:export_xlsx", args=[event.pk, assessment_round.pk]),
        reverse("assessments:inventory", args=[event.pk]),
    ]
    donor = UserFactory(is_donor=True)
    other_facilitator = UserFactory()
    make_event(title="Another event", created_by=other_facilitator)
    for page in pages:
        anonymous = Client().get(page)
        assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
        for person in (outsider, donor, other_facilitator):
            assert client_for(person).get(page).status_code == 404, (page, person)


def test_answers_resume_on_another_device(event, assessment_round, members):
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    laptop, phone = client_for(members[0]), client_for(members[0])
    laptop.post(
        autosave_url(event, own, question),
        {"kind": "rated", "current": 2, "desired": 4, "evidence": "Typed on the laptop"},
        HTTP_HX_REQUEST="true",
    )
    page = phone.get(response_url(event, own)).content.decode()
    assert "Typed on the laptop" in page and "1 of 60 answered" in page
