"""The inventory's service refuses what its form would."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from tests.assessments.helpers import initiative

pytestmark = pytest.mark.django_db


def test_service_refuses_what_the_form_would(event):
    with pytest.raises(ValidationError) as refused:
        initiative(event, budget=Decimal("-1"), currency="usd")
    assert "budget" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        initiative(event, budget=Decimal("10"), currency="")
    assert "currency" in refused.value.message_dict
    assert initiative(event, budget=Decimal("10"), currency=" eur ").currency == "EUR"
