"""The capacity-development efforts inventory through its pages: who may keep it, what it refuses,
and the budget totals per currency."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from assessments import services
from assessments.models import CDInitiative, CDMethod, Level
from events import services as event_services
from events.models import Participation
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def valid_data(partner_org, government_org, **changes):
    data = {
        "title": "Health financing training",
        "supporting_partner": partner_org.pk,
        "target_organisation": government_org.pk,
        "level": Level.Code.INDIVIDUAL,
        "method": CDMethod.TRAINING,
        "budget": "12000.50",
        "currency": "usd",
        "starts_on": "2025-01-01",
        "ends_on": "2025-12-31",
        "rating": "3",
        "notes": "Two cohorts of district planners.",
    }
    data.update(changes)
    return data


@pytest.fixture
def member(event, government_org, add_core_member):
    return add_core_member(event, government_org).user


@pytest.fixture
def stakeholder(event, civil_society_org):
    user = UserFactory(organisation=civil_society_org)
    event_services.participation_add(event=event, user=user, role=Participation.Role.STAKEHOLDER)
    return user


def initiative(event, **fields):
    fields.setdefault("title", "Coaching of district teams")
    fields.setdefault("level", Level.Code.ORGANIZATIONAL)
    fields.setdefault("method", CDMethod.COACHING)
    return services.cd_initiative_save(initiative=CDInitiative(event=event, **fields))


@pytest.mark.parametrize("who", ["facilitator", "member"])
def test_facilitator_and_member_add_edit_and_see_initiatives(
    request, who, event, partner_org, government_org
):
    client = client_for(request.getfixturevalue(who))
    create = reverse("assessments:initiative_create", args=[event.pk])
    assert client.get(create).status_code == 200
    response = client.post(create, valid_data(partner_org, government_org))
    assert response.status_code == 302
    assert response.url == reverse("assessments:inventory", args=[event.pk])
    saved = CDInitiative.objects.get(event=event)
    assert saved.currency == "USD" and saved.rating == 3
    assert saved.budget == Decimal("12000.50")

    edit = reverse("assessments:initiative_edit", args=[event.pk, saved.pk])
    assert "Health financing training" in client.get(edit).content.decode()
    response = client.post(edit, valid_data(partner_org, government_org, rating="", budget=""))
    assert response.status_code == 302
    saved.refresh_from_db()
    assert saved.rating is None and saved.budget is None

    page = client.get(reverse("assessments:inventory", args=[event.pk])).content.decode()
    assert "Health financing training" in page
    assert "Individual" in page and "Training" in page
    assert "Deutsche Gesellschaft" in page and "Ministry of Health" in page


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


@pytest.mark.parametrize(
    "changes,field",
    [
        ({"budget": "-5"}, "budget"),
        ({"starts_on": "2025-06-01", "ends_on": "2025-05-31"}, "ends_on"),
        ({"rating": "9"}, "rating"),
        ({"title": "x" * 5000}, "title"),
        ({"title": "Null\x00byte"}, "title"),
        ({"notes": "Null\x00byte"}, "notes"),
        ({"currency": "US"}, "currency"),
        ({"currency": "€€€"}, "currency"),
        ({"currency": ""}, "currency"),
        ({"level": "galactic"}, "level"),
        ({"supporting_partner": "999999"}, "supporting_partner"),
    ],
)
def test_bad_input_shows_field_errors_and_keeps_the_rest(
    event, facilitator, partner_org, government_org, changes, field
):
    response = client_for(facilitator).post(
        reverse("assessments:initiative_create", args=[event.pk]),
        valid_data(partner_org, government_org, **{"notes": "Keep this text", **changes}),
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors, form.errors
    if "notes" not in changes:
        assert "Keep this text" in response.content.decode()
    assert not CDInitiative.objects.exists()


def test_service_refuses_what_the_form_would(event):
    with pytest.raises(ValidationError) as refused:
        initiative(event, budget=Decimal("-1"), currency="usd")
    assert "budget" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        initiative(event, budget=Decimal("10"), currency="")
    assert "currency" in refused.value.message_dict
    assert initiative(event, budget=Decimal("10"), currency=" eur ").currency == "EUR"


def test_delete_needs_post(event, member):
    existing = initiative(event)
    client = client_for(member)
    url = reverse("assessments:initiative_delete", args=[event.pk, existing.pk])
    page = client.get(url)
    assert page.status_code == 200 and "Remove this initiative?" in page.content.decode()
    assert CDInitiative.objects.filter(pk=existing.pk).exists()
    response = client.post(url)
    assert response.status_code == 302
    assert not CDInitiative.objects.filter(pk=existing.pk).exists()


def test_empty_state(event, facilitator):
    page = client_for(facilitator).get(reverse("assessments:inventory", args=[event.pk]))
    assert "No initiative in the inventory yet" in page.content.decode()


def test_totals_per_currency(event, facilitator):
    initiative(event, title="A", budget=Decimal("1000"), currency="USD")
    initiative(event, title="B", budget=Decimal("500.25"), currency="usd")
    initiative(event, title="C", budget=Decimal("200"), currency="EUR")
    initiative(event, title="D")
    response = client_for(facilitator).get(reverse("assessments:inventory", args=[event.pk]))
    totals = {row["currency"]: row for row in response.context["totals"]}
    assert set(totals) == {"EUR", "USD"}
    assert totals["USD"]["total"] == Decimal("1500.25") and totals["USD"]["count"] == 2
    assert totals["EUR"]["total"] == Decimal("200")
    body = response.content.decode()
    assert "1,500.25 USD" in body and "200.00 EUR" in body


def test_list_queries_do_not_grow_and_paginate(
    event, facilitator, partner_org, government_org, django_assert_num_queries
):
    client = client_for(facilitator)
    url = reverse("assessments:inventory", args=[event.pk])
    for size in (2, 55):
        while CDInitiative.objects.count() < size:
            initiative(
                event,
                title=f"Initiative {CDInitiative.objects.count():03d}",
                supporting_partner=partner_org,
                target_organisation=government_org,
                budget=Decimal("1"),
                currency="USD",
            )
        with django_assert_num_queries(8):
            response = client.get(url)
        assert response.status_code == 200
    assert len(response.context["page"].object_list) == 50
    assert "Page 1 of 2" in response.content.decode()
    assert "Initiative 054" in client.get(url + "?page=2").content.decode()
