"""The donor portfolio's workbook: amounts stay numbers, shown with their currency's minor
units (no decimals for UGX), and the file is named in the reader's language."""

import io
import re
from urllib.parse import unquote

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from actionplans.exports import money_format
from tests.actionplans.helpers import build_plan, endorse_and_publish, make_donor
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

EXPORT = reverse("actionplans:donor_portfolio_export")


def test_cell_formats_follow_iso_4217_minor_units():
    assert money_format("UGX") == "#,##0"
    assert money_format("USD") == "#,##0.00"
    assert money_format("KWD") == "#,##0.000"


def test_the_portfolio_export_in_french(event, government_org, facilitator, core_group):
    endorse_and_publish(build_plan(event, government_org, actions=2), facilitator)
    donor = make_donor()
    donor.language = "fr"
    donor.save(update_fields=["language"])

    response = client_for(donor).get(EXPORT, {"currency": "UGX"})

    book = openpyxl.load_workbook(io.BytesIO(response.content))
    rows = list(book["Par devise"].iter_rows(min_row=2))
    by_currency = {row[1].value: row for row in rows}
    assert by_currency["UGX"][2].value == 5000000 and by_currency["UGX"][2].number_format == "#,##0"
    assert by_currency["USD"][2].value == 120000
    assert by_currency["USD"][2].number_format == "#,##0.00"
    plans = list(book["Plans"].iter_rows(min_row=2, max_row=2))[0]
    assert all(cell.number_format == "#,##0" for cell in plans[8:11])  # reported in UGX
    with translation.override("fr"):
        today = date_format(timezone.localdate())
    match = re.search(r"filename\*=UTF-8''(\S+)$", response["Content-Disposition"])
    assert unquote(match.group(1)) == f"Portefeuille des bailleurs - UGX - {today}.xlsx"
