"""Small helpers of the assessment tests: signed-in clients, URLs, form data, a round opened."""

from django.urls import reverse

from assessments.models import CDInitiative, CDMethod, Level, Question
from assessments.services import inventory as inventory_services


def autosave_url(event, response, question):
    return reverse("assessments:answer_autosave", args=[event.pk, response.pk, question.pk])


def first_question(version) -> Question:
    return (
        Question.objects.filter(dimension__level__version=version)
        .order_by("dimension__level__order", "dimension__order", "order", "pk")
        .first()
    )


def initiative(event, **fields):
    fields.setdefault("title", "Coaching of district teams")
    fields.setdefault("level", Level.Code.ORGANIZATIONAL)
    fields.setdefault("method", CDMethod.COACHING)
    return inventory_services.cd_initiative_save(initiative=CDInitiative(event=event, **fields))


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def question_data(**overrides):
    data = {
        "code": "NEW1.1",
        "text": "Staff have written job descriptions.",
        "guidance": "Look at HR files.",
        "descriptor_1": "None have one.",
        "descriptor_2": "Some have one.",
        "descriptor_3": "Most have one.",
        "descriptor_4": "All have one, reviewed yearly.",
    }
    data.update(overrides)
    return data


def response_url(event, response):
    return reverse("assessments:response", args=[event.pk, response.pk])


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
