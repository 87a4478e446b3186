"""What the evaluation tests share: answering as a person would, and the links people get."""

import re

from django.core import mail
from django.urls import reverse

from builders.evaluations import evaluation_answers as answers  # noqa: F401

EMAIL_LINK = re.compile(r"https?://\S+/evaluations/answer/\S+/")


def url(name: str, evaluation, **kwargs) -> str:
    return reverse(
        f"workshops:{name}", kwargs={"event_pk": evaluation.event_id, "pk": evaluation.pk, **kwargs}
    )


def walk_in_url(evaluation) -> str:
    return reverse("workshops:evaluation_walk_in", kwargs={"public_id": evaluation.public_id})


def form_data(evaluation, *, rating: int | None = 4, comment: str = "", only=None) -> dict:
    """What the answer page posts: a choice on each rating (none with `rating=None`) and
    `comment` on each question, or only on the questions whose code is in `only`."""
    data = {}
    for question in evaluation.questions.all():
        if question.is_rating and rating is not None:
            data[f"rating_{question.pk}"] = str(rating)
        if only is None or question.code in only:
            data[f"comment_{question.pk}"] = comment
    return data


def email_links() -> dict[str, str]:
    """The evaluation link in each email sent, by recipient."""
    links = {}
    for message in mail.outbox:
        found = EMAIL_LINK.search(message.body)
        if found:
            for recipient in message.to:
                links[recipient] = found.group(0)
    return links


def path_of(link: str) -> str:
    return "/" + link.split("://", 1)[1].split("/", 1)[1]
