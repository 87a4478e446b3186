"""Small helpers of the assessment tests: signed-in clients, URLs, form data, a round opened."""

import datetime

from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assessments.models import (
    Answer,
    CDInitiative,
    CDMethod,
    Level,
    Question,
)
from assessments.services import answers as answer_services
from assessments.services import inventory as inventory_services
from assessments.services import rounds as round_services


def autosave_url(event, response, question):
    return reverse("assessments:answer_autosave", args=[event.pk, response.pk, question.pk])


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def fill(assessment_round, ratings):
    """Each respondent gives every question (current, desired) from `ratings` and submits."""
    questions = list(Question.objects.filter(dimension__level__version=assessment_round.version))
    for response, (current, desired) in zip(
        assessment_round.responses.order_by("pk"), ratings, strict=False
    ):
        Answer.objects.bulk_create(
            Answer(response=response, question=q, current=current, desired=desired)
            for q in questions
        )
        answer_services.response_submit(response=response)
    return questions


def first_question(version) -> Question:
    return (
        Question.objects.filter(dimension__level__version=version)
        .order_by("dimension__level__order", "dimension__order", "order", "pk")
        .first()
    )


def grant_add_event(user):
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="events", codename="add_event")
    )
    return user


def initiative(event, **fields):
    fields.setdefault("title", "Coaching of district teams")
    fields.setdefault("level", Level.Code.ORGANIZATIONAL)
    fields.setdefault("method", CDMethod.COACHING)
    return inventory_services.cd_initiative_save(initiative=CDInitiative(event=event, **fields))


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def open_round(event, version, members):
    now = timezone.now()
    return round_services.round_create(
        event=event,
        version=version,
        opens_at=now - datetime.timedelta(hours=1),
        closes_at=now + datetime.timedelta(days=2),
        respondents=[member.user for member in members],
    )


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
