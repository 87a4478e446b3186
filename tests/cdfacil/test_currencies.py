"""The one currency rule: every form and model that takes a currency shares it."""

import pytest
from django.core.exceptions import ValidationError

from actionplans.forms.donors import PledgeForm
from actionplans.models import Pledge
from assessments.forms.inventory import CDInitiativeForm
from assessments.models import CDInitiative
from builders.factories import EventFactory
from cdfacil.currencies import normalise_currency
from events.forms import BudgetLineForm
from events.models import BudgetLine

FORMS = [BudgetLineForm, PledgeForm, CDInitiativeForm]


def test_a_code_is_stripped_and_upper_cased():
    assert normalise_currency(" ugx ") == "UGX"
    assert normalise_currency(None) == ""


@pytest.mark.parametrize("form_class", FORMS)
def test_every_form_takes_any_case_and_says_what_to_type(form_class):
    field = form_class.base_fields["currency"]
    assert field.clean(" eur ") == "EUR"
    assert field.help_text == "Three-letter code, such as USD, EUR or UGX."
    with pytest.raises(ValidationError, match="is not an ISO 4217 currency code"):
        field.clean("XYZ")


@pytest.mark.django_db
@pytest.mark.parametrize("model", [BudgetLine, Pledge, CDInitiative])
def test_every_model_refuses_a_code_outside_iso_4217(model):
    # The inventory once took any three letters; now it holds the same rule as the others.
    instance = model(currency="abc")
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    assert "is not an ISO 4217 currency code" in str(caught.value.message_dict["currency"])


@pytest.mark.django_db
def test_a_model_stores_the_code_upper_case_after_validation():
    line = BudgetLine(event=EventFactory(), currency=" usd ")
    with pytest.raises(ValidationError):
        line.full_clean()  # other fields are missing; the currency is cleaned all the same
    assert line.currency == "USD"
