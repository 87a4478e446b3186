"""Who may see and do what in assessments: private answers, facilitators' pages, the inventory
and the frameworks, 403 inside an event and 404 outside it."""

import pytest
from django.test import Client
from django.urls import reverse

from assessments.models import Answer, CDInitiative, Dimension, FrameworkVersion, Question, Response
from assessments.services import answers as answer_services
from builders.factories import UserFactory
from events.models import Participation
from events.services.people import participation_add
from tests.assessments.helpers import (
    autosave_url,
    first_question,
    initiative,
    question_data,
    response_url,
    valid_data,
)
from tests.helpers import client_for, grant_add_event

pytestmark = pytest.mark.django_db

FROZEN = "published and frozen"


def test_individual_answers_are_private(
    event, assessment_round, members, facilitator, civil_society_org, outsider, make_event
):
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    answer_services.answer_save(
        response=own, question=question, current=1, desired=4, evidence="Secret"
    )
    page = response_url(event, own)

    assert "Secret" in client_for(members[0]).get(page).content.decode()
    assert "Secret" in client_for(facilitator).get(page).content.decode()

    stakeholder = UserFactory(organisation=civil_society_org)
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
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


def test_stakeholders_cannot_reach_consensus_or_results(
    event, assessment_round, civil_society_org, members
):
    for response in assessment_round.responses.all()[:3]:
        answer_services.response_submit(response=response)
    stakeholder = UserFactory(organisation=civil_society_org)
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
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


def test_stakeholder_gets_403_and_outsider_404(
    event, stakeholder, outsider, partner_org, government_org
):
    existing = initiative(event)
    urls = [
        reverse("assessments:inventory", args=[event.pk]),
        reverse("assessments:initiative_create", args=[event.pk]),
        reverse("assessments:initiative_edit", args=[event.pk, existing.pk]),
        reverse("assessments:initiative_delete", args=[event.pk, existing.pk]),
    ]
    for user, status in ((stakeholder, 403), (outsider, 404)):
        client = client_for(user)
        for url in urls:
            assert client.get(url).status_code == status, (user, url)
            assert (
                client.post(url, valid_data(partner_org, government_org)).status_code == status
            ), (user, url)
    assert list(CDInitiative.objects.all()) == [existing]


def test_initiative_of_another_event_is_404(event, make_event, facilitator):
    other = make_event(title="Another event")
    foreign = initiative(other)
    client = client_for(facilitator)
    for name in ("initiative_edit", "initiative_delete"):
        assert (
            client.get(reverse(f"assessments:{name}", args=[event.pk, foreign.pk])).status_code
            == 404
        )


def test_list_is_refused_to_outsider(client, outsider):
    client.force_login(outsider)
    assert client.get(reverse("assessments:framework_list")).status_code == 403


def test_list_sends_anonymous_to_login(client):
    url = reverse("assessments:framework_list")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_version_pages_are_refused_to_outsider(client, outsider, default_version):
    client.force_login(outsider)
    assert (
        client.get(reverse("assessments:version_detail", args=[default_version.pk])).status_code
        == 403
    )
    assert (
        client.get(reverse("assessments:version_copy", args=[default_version.pk])).status_code
        == 403
    )


def test_unknown_ids_give_404(fac_client):
    for name in ("version_detail", "version_copy", "question_edit", "question_delete"):
        assert fac_client.get(reverse(f"assessments:{name}", args=[999999])).status_code == 404
    for name in ("question_create", "dimension_edit"):
        assert fac_client.get(reverse(f"assessments:{name}", args=[999999])).status_code == 404
    assert fac_client.post(reverse("assessments:version_publish", args=[999999])).status_code == 404


def test_draft_shows_editing_controls_to_its_author_only(fac_client, draft, client):
    question = first_question(draft)
    url = reverse("assessments:version_detail", args=[draft.pk])
    html = fac_client.get(url).content.decode()
    assert reverse("assessments:question_edit", args=[question.pk]) in html
    assert reverse("assessments:question_move", args=[question.pk]) in html
    assert reverse("assessments:question_create", args=[question.dimension_id]) in html
    assert reverse("assessments:dimension_edit", args=[question.dimension_id]) in html
    assert reverse("assessments:version_publish", args=[draft.pk]) in html

    other = grant_add_event(UserFactory())
    client.force_login(other)
    html = client.get(url).content.decode()
    assert question.code in html
    assert reverse("assessments:question_edit", args=[question.pk]) not in html
    assert reverse("assessments:version_publish", args=[draft.pk]) not in html


def test_another_facilitator_cannot_edit_a_draft(client, draft):
    other = grant_add_event(UserFactory())
    client.force_login(other)
    question = first_question(draft)
    before = (question.code, question.text, question.descriptors)
    for name, pk in (
        ("question_edit", question.pk),
        ("question_delete", question.pk),
        ("question_create", question.dimension_id),
        ("dimension_edit", question.dimension_id),
    ):
        url = reverse(f"assessments:{name}", args=[pk])
        assert client.get(url).status_code == 403, name
        assert client.post(url, question_data()).status_code == 403, name
    assert (
        client.post(
            reverse("assessments:question_move", args=[question.pk]), {"direction": "down"}
        ).status_code
        == 403
    )
    assert client.post(reverse("assessments:version_publish", args=[draft.pk])).status_code == 403
    question.refresh_from_db()
    assert (question.code, question.text, question.descriptors) == before
    draft.refresh_from_db()
    assert draft.status == FrameworkVersion.Status.DRAFT


def test_facilitator_cannot_edit_the_default_framework(fac_client, default_version):
    question = first_question(default_version)
    url = reverse("assessments:question_edit", args=[question.pk])
    assert fac_client.post(url, question_data(code=question.code)).status_code == 403


def test_another_facilitators_draft_dimensions_are_refused(draft):
    other = grant_add_event(UserFactory())
    client = Client()
    client.force_login(other)
    dimension = draft.levels.first().dimensions.first()
    assert (
        client.post(reverse("assessments:dimension_delete", args=[dimension.pk])).status_code == 403
    )
    assert (
        client.post(
            reverse("assessments:dimension_move", args=[dimension.pk]), {"direction": "down"}
        ).status_code
        == 403
    )
    assert Dimension.objects.filter(pk=dimension.pk).exists()
