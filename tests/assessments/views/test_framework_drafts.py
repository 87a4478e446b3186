"""Adapting a draft through the pages: its questions and dimensions change; published ones never."""

import pytest
from django.db.models import Max
from django.urls import reverse

from assessments.models import Dimension, Question
from assessments.services import frameworks as framework_services
from builders.factories import UserFactory
from tests.assessments.helpers import first_question, messages_of, question_data

pytestmark = pytest.mark.django_db

FROZEN = "published and frozen"


def test_edit_changes_only_the_active_language(fac_client, draft):
    question = first_question(draft)
    english_text = question.text["en"]
    english_descriptors = question.descriptors["en"]
    question.text = {"en": english_text, "es": "Texto español"}
    question.save()

    response = fac_client.post(
        reverse("assessments:question_edit", args=[question.pk]),
        question_data(code=question.code, text="Texte français"),
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.text == {"en": english_text, "es": "Texto español", "fr": "Texte français"}
    assert question.descriptors["en"] == english_descriptors
    assert question.descriptors["fr"][3] == "All have one, reviewed yearly."
    assert question.guidance["fr"] == "Look at HR files."


def test_edit_form_shows_the_active_language_entry(fac_client, draft):
    question = first_question(draft)
    url = reverse("assessments:question_edit", args=[question.pk])
    form = fac_client.get(url).context["form"]
    assert form.initial["text"] == question.text["en"]
    assert form.initial["descriptor_2"] == question.descriptors["en"][1]
    form = fac_client.get(url, HTTP_ACCEPT_LANGUAGE="fr").context["form"]
    assert form.initial["text"] == question.text["fr"]  # the shipped French
    question.text = {"en": question.text["en"]}  # a question written in English only
    question.save(update_fields=["text"])
    form = fac_client.get(url, HTTP_ACCEPT_LANGUAGE="fr").context["form"]
    assert form.initial["text"] == ""  # nothing written in French yet
    assert question.text["en"] in form.fields["text"].help_text


def test_create_adds_a_question_at_the_end_of_the_dimension(fac_client, draft):
    dimension = first_question(draft).dimension
    before = dimension.questions.count()
    response = fac_client.post(
        reverse("assessments:question_create", args=[dimension.pk]), question_data()
    )
    assert response.status_code == 302
    new = Question.objects.get(dimension=dimension, code="NEW1.1")
    assert dimension.questions.count() == before + 1
    assert new.order == dimension.questions.aggregate(last=Max("order"))["last"]
    assert new.text == {"en": "Staff have written job descriptions."}
    assert new.descriptors == {
        "en": [
            "None have one.",
            "Some have one.",
            "Most have one.",
            "All have one, reviewed yearly.",
        ]
    }


def test_create_refuses_a_code_already_used_in_the_version(fac_client, draft):
    question = first_question(draft)
    response = fac_client.post(
        reverse("assessments:question_create", args=[question.dimension_id]),
        question_data(code=question.code),
    )
    assert response.status_code == 200
    assert "code" in response.context["form"].errors


def test_delete_asks_then_removes(fac_client, draft):
    question = first_question(draft)
    url = reverse("assessments:question_delete", args=[question.pk])
    response = fac_client.get(url)
    assert response.status_code == 200
    assert Question.objects.filter(pk=question.pk).exists()
    response = fac_client.post(url)
    assert response.status_code == 302
    assert not Question.objects.filter(pk=question.pk).exists()


def test_move_down_without_javascript_redirects(fac_client, draft):
    question = first_question(draft)
    codes = list(
        question.dimension.questions.order_by("order", "pk").values_list("code", flat=True)
    )
    assert len(codes) >= 2
    response = fac_client.post(
        reverse("assessments:question_move", args=[question.pk]), {"direction": "down"}
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"#dimension-{question.dimension_id}")
    moved = list(
        question.dimension.questions.order_by("order", "pk").values_list("code", flat=True)
    )
    assert moved == [codes[1], codes[0], *codes[2:]]


def test_move_with_htmx_returns_the_dimension(fac_client, draft):
    question = first_question(draft)
    second = question.dimension.questions.order_by("order", "pk")[1]
    response = fac_client.post(
        reverse("assessments:question_move", args=[second.pk]),
        {"direction": "up"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="dimension-{question.dimension_id}"' in html
    assert "<html" not in html
    assert html.index(second.code) < html.index(question.code)


def test_move_past_the_end_changes_nothing(fac_client, draft):
    question = first_question(draft)
    codes = list(
        question.dimension.questions.order_by("order", "pk").values_list("code", flat=True)
    )
    response = fac_client.post(
        reverse("assessments:question_move", args=[question.pk]), {"direction": "up"}, follow=True
    )
    assert response.status_code == 200
    assert any("already at that end" in message for message in messages_of(response))
    assert (
        list(question.dimension.questions.order_by("order", "pk").values_list("code", flat=True))
        == codes
    )


def test_move_is_post_only(fac_client, draft):
    question = first_question(draft)
    response = fac_client.get(
        reverse("assessments:question_move", args=[question.pk]), {"direction": "down"}
    )
    assert response.status_code == 405


def test_dimension_edit_changes_only_the_active_language(fac_client, draft):
    dimension = first_question(draft).dimension
    before = dict(dimension.name)
    response = fac_client.post(
        reverse("assessments:dimension_edit", args=[dimension.pk]),
        {"name": "Compétences techniques", "description": ""},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 302
    dimension.refresh_from_db()
    assert dimension.name == {**before, "fr": "Compétences techniques"}
    assert dimension.name["en"] == before["en"] and dimension.name["es"] == before["es"]


def test_editing_published_version_is_refused(admin_client, default_version):
    question = first_question(default_version)
    before = (question.code, question.text, question.guidance, question.descriptors)
    url = reverse("assessments:question_edit", args=[question.pk])
    assert FROZEN in admin_client.get(url).content.decode()
    response = admin_client.post(
        url, question_data(code=question.code, text="Changed after publishing")
    )
    assert response.status_code == 200
    assert FROZEN in " ".join(response.context["form"].non_field_errors())
    # The typed text is kept in the form.
    assert "Changed after publishing" in response.content.decode()
    question.refresh_from_db()
    assert (question.code, question.text, question.guidance, question.descriptors) == before


def test_deleting_from_published_version_is_refused(admin_client, default_version):
    question = first_question(default_version)
    response = admin_client.post(
        reverse("assessments:question_delete", args=[question.pk]), follow=True
    )
    assert response.status_code == 200
    assert any(FROZEN in message for message in messages_of(response))
    assert Question.objects.filter(pk=question.pk).exists()


def test_adding_to_or_moving_in_published_version_is_refused(admin_client, default_version):
    question = first_question(default_version)
    count = Question.objects.filter(dimension__level__version=default_version).count()
    response = admin_client.post(
        reverse("assessments:question_create", args=[question.dimension_id]), question_data()
    )
    assert response.status_code == 200
    assert FROZEN in response.content.decode()
    response = admin_client.post(
        reverse("assessments:question_move", args=[question.pk]), {"direction": "down"}, follow=True
    )
    assert any(FROZEN in message for message in messages_of(response))
    response = admin_client.post(
        reverse("assessments:dimension_edit", args=[question.dimension_id]), {"name": "Renamed"}
    )
    assert response.status_code == 200
    assert FROZEN in response.content.decode()
    assert Question.objects.filter(dimension__level__version=default_version).count() == count
    assert first_question(default_version).pk == question.pk
    assert Dimension.objects.get(pk=question.dimension_id).name != {"en": "Renamed"}


def test_editing_own_copy_after_publishing_is_refused(fac_client, draft):
    framework_services.framework_version_publish(version=draft)
    question = first_question(draft)
    response = fac_client.post(
        reverse("assessments:question_edit", args=[question.pk]),
        question_data(code=question.code),
    )
    assert response.status_code == 200
    assert FROZEN in response.content.decode()
    question.refresh_from_db()
    assert question.text["en"] != question_data()["text"]


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"text": ""}, "text"),
        ({"code": ""}, "code"),
        ({"descriptor_3": "   "}, "descriptor_3"),
        ({"text": "x" * 5000}, "text"),
        ({"code": "C" * 50}, "code"),
        ({"text": "Null\x00byte"}, "text"),
        ({"descriptor_1": "\x00"}, "descriptor_1"),
        ({"guidance": "g" * 5000}, "guidance"),
    ],
)
def test_bad_question_input_gives_errors_not_500(fac_client, draft, overrides, field):
    question = first_question(draft)
    before = (question.code, question.text, question.descriptors)
    response = fac_client.post(
        reverse("assessments:question_edit", args=[question.pk]),
        question_data(**{"code": question.code, **overrides}),
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    question.refresh_from_db()
    assert (question.code, question.text, question.descriptors) == before


@pytest.mark.parametrize(
    "data", [{"name": ""}, {"name": "n" * 5000}, {"name": "a\x00b"}, {"description": "d" * 5000}]
)
def test_bad_dimension_input_gives_errors_not_500(fac_client, draft, data):
    dimension = first_question(draft).dimension
    response = fac_client.post(
        reverse("assessments:dimension_edit", args=[dimension.pk]), {"name": "Ok", **data}
    )
    assert response.status_code == 200
    assert response.context["form"].errors


def test_add_reorder_and_remove_a_dimension_of_a_draft(fac_client, draft):
    level = draft.levels.get(code="individual")
    response = fac_client.post(
        reverse("assessments:dimension_create", args=[level.pk]),
        {"code": "IND6", "name": "Digital skills", "description": "Use of health information"},
    )
    assert response.status_code == 302
    added = level.dimensions.get(code="IND6")
    assert added.name == {"en": "Digital skills"}
    assert list(level.dimensions.order_by("order").values_list("code", flat=True))[-1] == "IND6"

    fac_client.post(reverse("assessments:dimension_move", args=[added.pk]), {"direction": "up"})
    codes = list(level.dimensions.order_by("order").values_list("code", flat=True))
    assert codes[-2:] == ["IND6", "IND5"]

    duplicate = fac_client.post(
        reverse("assessments:dimension_create", args=[level.pk]),
        {"code": "IND6", "name": "Again", "description": ""},
    )
    assert (
        duplicate.status_code == 200 and "already has the code IND6" in duplicate.content.decode()
    )

    removed = level.dimensions.get(code="IND1")
    count = Question.objects.filter(dimension__level__version=draft).count()
    confirm = fac_client.get(reverse("assessments:dimension_delete", args=[removed.pk]))
    assert "and its 3 questions will be removed" in confirm.content.decode()
    fac_client.post(reverse("assessments:dimension_delete", args=[removed.pk]))
    assert not Dimension.objects.filter(pk=removed.pk).exists()
    assert Question.objects.filter(dimension__level__version=draft).count() == count - 3


def test_dimensions_of_a_published_version_do_not_change(client, default_version):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    level = default_version.levels.get(code="individual")
    before = list(level.dimensions.order_by("order").values_list("pk", "code"))
    response = client.post(
        reverse("assessments:dimension_create", args=[level.pk]),
        {"code": "IND9", "name": "New", "description": ""},
    )
    assert FROZEN in response.content.decode()
    first = level.dimensions.order_by("order").first()
    client.post(reverse("assessments:dimension_move", args=[first.pk]), {"direction": "down"})
    client.post(reverse("assessments:dimension_delete", args=[first.pk]))
    assert list(level.dimensions.order_by("order").values_list("pk", "code")) == before
