from django import template
from django.utils.formats import number_format

from assessments import scoring
from assessments.forms.answers import RATING_CHOICES
from assessments.models import translated as translated_text

register = template.Library()


@register.filter
def translated(texts):
    """A framework text in the active language: {{ question.text|translated }}."""
    return translated_text(texts)


@register.filter
def score(value):
    """A score with one decimal as the active language writes it ("1,8" in French), or a dash
    when there is none."""
    return "-" if value is None else number_format(round(float(value), 1), decimal_pos=1)


@register.filter
def rating_range(ratings):
    """The ratings of an agreement (a row of the consensus list) from lowest to highest."""
    return scoring.rating_range(ratings)


@register.filter
def rating_label(value):
    """A point of the scale with its word ("2 Emerging"), or a dash when there is none."""
    return dict(RATING_CHOICES).get(value, "-")
