"""The capacity-development efforts inventory through its pages: what it refuses, and the
budget totals per currency."""

from decimal import Decimal

import pytest
from django.urls import reverse

from assessments.models import CDInitiative
from tests.assessments.helpers import initiative, valid_data
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


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
    assert "1,500.25\xa0USD" in body and "200.00\xa0EUR" in body


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
        with django_assert_num_queries(9):
            response = client.get(url)
        assert response.status_code == 200
    assert len(response.context["page"].object_list) == 50
    assert "Page 1 of 2" in response.content.decode()
    assert "Initiative 054" in client.get(url + "?page=2").content.decode()
