"""Form fields shared by the apps."""

from django import forms
from django.core.exceptions import ValidationError

# The range of the database's integer keys (PostgreSQL bigint, SQLite integer).
KEY_RANGE = range(-(2**63), 2**63)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's, answering an id the database cannot hold (a huge number) as an invalid
    choice, where Django's own would let the database fail the request."""

    def _check_values(self, value):
        for item in value:
            try:
                number = int(str(item))
            except ValueError:
                continue  # Django's own check says it is not a valid id
            if number not in KEY_RANGE:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        return super()._check_values(value)
