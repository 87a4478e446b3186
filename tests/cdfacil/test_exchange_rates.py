"""Exchange rates: administrators record them in the admin, dated, once per pair and date, above
zero, and never change them afterwards."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from cdfacil.currencies import rate_format
from cdfacil.models import ExchangeRate, User
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

ADD = reverse("admin:cdfacil_exchangerate_add")
DAY = datetime.date(2026, 11, 30)


@pytest.fixture
def admin_client():
    admin = User.objects.create_superuser(username="root", email="root@example.org", password="x")
    return client_for(admin), admin


def rate_form(**fields):
    return {
        "from_currency": "eur",
        "to_currency": "USD",
        "rate": "1.08",
        "valid_from": DAY.isoformat(),
        **fields,
    }


def test_an_administrator_records_a_dated_rate(admin_client):
    client, admin = admin_client
    assert client.get(ADD).status_code == 200

    response = client.post(ADD, rate_form())

    assert response.status_code == 302
    stored = ExchangeRate.objects.get()
    assert (stored.from_currency, stored.to_currency) == ("EUR", "USD")
    assert (stored.rate, stored.valid_from, stored.recorded_by) == (Decimal("1.08"), DAY, admin)
    listed = client.get(reverse("admin:cdfacil_exchangerate_changelist")).content.decode()
    assert "EUR" in listed and "1.08" in listed


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"rate": "0"}, "A rate is above zero"),
        ({"rate": "-1.08"}, "A rate is above zero"),
        ({"rate": "lots"}, "Enter a number."),
        ({"to_currency": "EUR"}, "A rate converts between two different currencies."),
        ({"from_currency": "EURO"}, "is not an ISO 4217 currency code"),
        ({"valid_from": ""}, "This field is required."),
    ],
)
def test_a_bad_rate_is_refused_with_a_message(admin_client, fields, message):
    client, _admin = admin_client

    response = client.post(ADD, rate_form(**fields))

    assert response.status_code == 200
    assert message in response.content.decode()
    typed = rate_form(**fields)["rate"]
    assert f'value="{typed}"' in response.content.decode()  # what was typed stays
    assert not ExchangeRate.objects.exists()


def test_one_rate_per_pair_and_date(admin_client):
    client, _admin = admin_client
    assert client.post(ADD, rate_form()).status_code == 302

    response = client.post(ADD, rate_form(rate="1.09"))

    assert response.status_code == 200
    assert "already recorded for this date" in response.content.decode()
    assert ExchangeRate.objects.get().rate == Decimal("1.08")
    # The other way round, or another day, is another rate.
    assert client.post(ADD, rate_form(from_currency="USD", to_currency="EUR")).status_code == 302
    assert client.post(ADD, rate_form(valid_from="2026-12-01")).status_code == 302


def test_the_database_refuses_a_rate_not_above_zero():
    with pytest.raises(IntegrityError), transaction.atomic():
        ExchangeRate.objects.create(
            from_currency="EUR", to_currency="USD", rate=Decimal(0), valid_from=DAY
        )


def test_a_recorded_rate_is_not_changed(admin_client):
    client, _admin = admin_client
    client.post(ADD, rate_form())
    rate = ExchangeRate.objects.get()
    change = reverse("admin:cdfacil_exchangerate_change", args=[rate.pk])
    assert client.get(change).status_code == 200  # read-only view

    assert client.post(change, rate_form(rate="2")).status_code == 403
    assert ExchangeRate.objects.get().rate == Decimal("1.08")


def test_a_rate_is_written_as_the_language_writes_numbers():
    assert rate_format(Decimal("1.0800000000")) == "1.08"
    assert rate_format(Decimal("3700.0000000000")) == "3,700"
    with translation.override("fr"):
        assert rate_format(Decimal("1.08")) == "1,08"
