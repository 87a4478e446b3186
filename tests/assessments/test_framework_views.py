"""The framework pages: who may see, copy and edit; drafts change, published versions never do."""

import pytest
from django.contrib.auth.models import Permission
from django.db.models import Max
from django.test import Client
from django.urls import reverse

from assessments import services
from assessments.models import Dimension, Framework, FrameworkVersion, Question
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

FROZEN = "published and frozen"


def grant_add_event(user):
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="events", codename="add_event")
    )
    return user


@pytest.fixture
def default_version():
    return FrameworkVersion.objects.get(framework__name="Sector capacity framework", number=1)


@pytest.fixture
def fac(facilitator):
    return grant_add_event(facilitator)


@pytest.fixture
def fac_client(client, fac):
    client.force_login(fac)
    return client


@pytest.fixture
def draft(fac_client, default_version):
    """A draft copy of the default version made through the copy view by the facilitator."""
    response = fac_client.post(
        reverse("assessments:version_copy", args=[default_version.pk]), {"name": "Health copy"}
    )
    assert response.status_code == 302
    return FrameworkVersion.objects.get(framework__name="Health copy")


def first_question(version) -> Question:
    return (
        Question.objects.filter(dimension__level__version=version)
        .order_by("dimension__level__order", "dimension__order", "order", "pk")
        .first()
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


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


# --- Who may see the list -----------------------------------------------------------------------


def test_list_shows_frameworks_with_versions_to_facilitator(fac_client, default_version):
    response = fac_client.get(reverse("assessments:framework_list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sector capacity framework" in html
    assert default_version.fingerprint[:12] in html
    assert default_version.fingerprint not in html  # only the short form in the list
    assert "Published" in html
    question_count = Question.objects.filter(dimension__level__version=default_version).count()
    assert f"{question_count} questions" in html
    assert reverse("assessments:version_copy", args=[default_version.pk]) in html


def test_list_is_refused_to_outsider(client, outsider):
    client.force_login(outsider)
    assert client.get(reverse("assessments:framework_list")).status_code == 403


def test_list_sends_anonymous_to_login(client):
    url = reverse("assessments:framework_list")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_list_empty_state(fac_client):
    Framework.objects.all().delete()
    response = fac_client.get(reverse("assessments:framework_list"))
    assert response.status_code == 200
    assert "No frameworks yet" in response.content.decode()


def test_version_pages_are_refused_to_outsider(client, outsider, default_version):
    client.force_login(outsider)
    assert (
        client.get(reverse("assessments:version_detail", args=[default_version.pk])).status_code
        == 403
    )
    assert (
        client.get(reverse("assessments:version_copy", args=[default_version.pk])).status_code
        == 403
    )


def test_unknown_ids_give_404(fac_client):
    for name in ("version_detail", "version_copy", "question_edit", "question_delete"):
        assert fac_client.get(reverse(f"assessments:{name}", args=[999999])).status_code == 404
    for name in ("question_create", "dimension_edit"):
        assert fac_client.get(reverse(f"assessments:{name}", args=[999999])).status_code == 404
    assert fac_client.post(reverse("assessments:version_publish", args=[999999])).status_code == 404


# --- Copying --------------------------------------------------------------------------------------


def test_copy_form_proposes_a_name(fac_client, default_version):
    response = fac_client.get(reverse("assessments:version_copy", args=[default_version.pk]))
    assert response.status_code == 200
    assert "Copy of Sector capacity framework" in response.content.decode()
    assert not Framework.objects.exclude(pk=default_version.framework_id).exists()


def test_copy_through_view_makes_a_draft_with_all_questions(fac_client, fac, default_version):
    response = fac_client.post(
        reverse("assessments:version_copy", args=[default_version.pk]),
        {"name": "Health copy"},
        follow=True,
    )
    copy = FrameworkVersion.objects.get(framework__name="Health copy")
    assert response.redirect_chain[-1][0] == reverse("assessments:version_detail", args=[copy.pk])
    assert copy.status == FrameworkVersion.Status.DRAFT
    assert copy.framework.created_by == fac
    assert copy.framework.copied_from == default_version
    assert (
        Question.objects.filter(dimension__level__version=copy).count()
        == Question.objects.filter(dimension__level__version=default_version).count()
        > 0
    )
    assert any("Health copy" in message for message in messages_of(response))
    assert "Publish" in response.content.decode()


def test_copy_needs_a_name(fac_client, default_version):
    response = fac_client.post(
        reverse("assessments:version_copy", args=[default_version.pk]), {"name": "   "}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert Framework.objects.count() == 1


def test_copy_view_does_not_copy_on_get(fac_client, default_version):
    fac_client.get(reverse("assessments:version_copy", args=[default_version.pk]))
    assert Framework.objects.count() == 1


def test_post_without_csrf_token_is_refused(fac, default_version):
    client = Client(enforce_csrf_checks=True)
    client.force_login(fac)
    response = client.post(
        reverse("assessments:version_copy", args=[default_version.pk]), {"name": "Sneaky"}
    )
    assert response.status_code == 403
    assert Framework.objects.count() == 1


# --- Reading a version ----------------------------------------------------------------------------


def test_published_version_shows_content_and_is_frozen(fac_client, default_version):
    response = fac_client.get(reverse("assessments:version_detail", args=[default_version.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    question = first_question(default_version)
    assert question.code in html
    assert question.text["en"] in html
    assert question.descriptors["en"][3] in html
    for label in ("1 Not in place", "2 Emerging", "3 Established", "4 Advanced"):
        assert label in html
    assert f'<code class="text-break">{default_version.fingerprint}</code>' in html
    assert "frozen" in html
    # No editing controls on a published version, even for a superuser.
    assert reverse("assessments:question_edit", args=[question.pk]) not in html
    assert reverse("assessments:version_publish", args=[default_version.pk]) not in html


def test_draft_shows_editing_controls_to_its_author_only(fac_client, draft, client):
    question = first_question(draft)
    url = reverse("assessments:version_detail", args=[draft.pk])
    html = fac_client.get(url).content.decode()
    assert reverse("assessments:question_edit", args=[question.pk]) in html
    assert reverse("assessments:question_move", args=[question.pk]) in html
    assert reverse("assessments:question_create", args=[question.dimension_id]) in html
    assert reverse("assessments:dimension_edit", args=[question.dimension_id]) in html
    assert reverse("assessments:version_publish", args=[draft.pk]) in html

    other = grant_add_event(UserFactory())
    client.force_login(other)
    html = client.get(url).content.decode()
    assert question.code in html
    assert reverse("assessments:question_edit", args=[question.pk]) not in html
    assert reverse("assessments:version_publish", args=[draft.pk]) not in html


def test_detail_shows_the_active_language(fac_client, draft):
    question = first_question(draft)
    question.text = {"en": "English text", "fr": "Texte français"}
    question.save()
    url = reverse("assessments:version_detail", args=[draft.pk])
    assert "Texte français" in fac_client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "English text" in fac_client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()


# --- Editing a draft ------------------------------------------------------------------------------


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


# --- Who may edit -----------------------------------------------------------------------------


def test_another_facilitator_cannot_edit_a_draft(client, draft):
    other = grant_add_event(UserFactory())
    client.force_login(other)
    question = first_question(draft)
    before = (question.code, question.text, question.descriptors)
    for name, pk in (
        ("question_edit", question.pk),
        ("question_delete", question.pk),
        ("question_create", question.dimension_id),
        ("dimension_edit", question.dimension_id),
    ):
        url = reverse(f"assessments:{name}", args=[pk])
        assert client.get(url).status_code == 403, name
        assert client.post(url, question_data()).status_code == 403, name
    assert (
        client.post(
            reverse("assessments:question_move", args=[question.pk]), {"direction": "down"}
        ).status_code
        == 403
    )
    assert client.post(reverse("assessments:version_publish", args=[draft.pk])).status_code == 403
    question.refresh_from_db()
    assert (question.code, question.text, question.descriptors) == before
    draft.refresh_from_db()
    assert draft.status == FrameworkVersion.Status.DRAFT


def test_facilitator_cannot_edit_the_default_framework(fac_client, default_version):
    question = first_question(default_version)
    url = reverse("assessments:question_edit", args=[question.pk])
    assert fac_client.post(url, question_data(code=question.code)).status_code == 403


# --- Published versions are frozen ----------------------------------------------------------------


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


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
    services.version_publish(version=draft)
    question = first_question(draft)
    response = fac_client.post(
        reverse("assessments:question_edit", args=[question.pk]),
        question_data(code=question.code),
    )
    assert response.status_code == 200
    assert FROZEN in response.content.decode()
    question.refresh_from_db()
    assert question.text["en"] != question_data()["text"]


# --- Publishing -------------------------------------------------------------------------------


def test_publish_through_view_freezes_and_shows_fingerprint(fac_client, draft):
    response = fac_client.post(reverse("assessments:version_publish", args=[draft.pk]), follow=True)
    draft.refresh_from_db()
    assert draft.status == FrameworkVersion.Status.PUBLISHED
    assert len(draft.fingerprint) == 64
    html = response.content.decode()
    assert draft.fingerprint in html
    assert "frozen" in html
    assert reverse("assessments:question_edit", args=[first_question(draft).pk]) not in html


def test_publish_refused_when_a_question_lacks_a_descriptor(fac_client, draft):
    question = first_question(draft)
    question.descriptors = {"en": question.descriptors["en"][:3] + [""]}
    question.save()
    response = fac_client.post(reverse("assessments:version_publish", args=[draft.pk]), follow=True)
    draft.refresh_from_db()
    assert draft.status == FrameworkVersion.Status.DRAFT
    assert draft.fingerprint == ""
    problem = f"Question {question.code} needs a descriptor for each of the 4 scale points."
    assert problem in messages_of(response)
    assert problem in response.content.decode()


def test_publish_is_post_only(fac_client, draft):
    response = fac_client.get(reverse("assessments:version_publish", args=[draft.pk]))
    assert response.status_code == 405
    draft.refresh_from_db()
    assert draft.status == FrameworkVersion.Status.DRAFT


# --- Bad input never breaks a page ------------------------------------------------------------


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


@pytest.mark.parametrize("name", ["", "n" * 5000, "a\x00b"])
def test_bad_copy_name_gives_errors_not_500(fac_client, default_version, name):
    response = fac_client.post(
        reverse("assessments:version_copy", args=[default_version.pk]), {"name": name}
    )
    assert response.status_code == 200
    assert "name" in response.context["form"].errors
    assert Framework.objects.count() == 1


# --- Query counts do not grow with the data -------------------------------------------------------

LIST_QUERIES = 6  # session, user, 2 permission lookups, frameworks, versions
DETAIL_QUERIES = 8  # session, user, 2 permission lookups, version, levels, dimensions, questions


def test_framework_list_query_count_is_fixed(
    fac_client, fac, default_version, django_assert_num_queries
):
    url = reverse("assessments:framework_list")
    services.framework_copy(version=default_version, name="Copy 1", created_by=fac)
    with django_assert_num_queries(LIST_QUERIES):
        fac_client.get(url)
    for number in (2, 3):
        copy = services.framework_copy(
            version=default_version, name=f"Copy {number}", created_by=fac
        )
        services.framework_new_version(version=copy)
    with django_assert_num_queries(LIST_QUERIES):
        response = fac_client.get(url)
    assert "Copy 3" in response.content.decode()


def test_version_detail_query_count_is_fixed(fac_client, draft, django_assert_num_queries):
    url = reverse("assessments:version_detail", args=[draft.pk])
    with django_assert_num_queries(DETAIL_QUERIES):
        fac_client.get(url)
    dimension = first_question(draft).dimension
    for number in range(3):
        fac_client.post(
            reverse("assessments:question_create", args=[dimension.pk]),
            question_data(code=f"EXTRA{number}"),
        )
    assert dimension.questions.filter(code__startswith="EXTRA").count() == 3
    with django_assert_num_queries(DETAIL_QUERIES):
        response = fac_client.get(url)
    assert "EXTRA2" in response.content.decode()


# --- Dimensions: add, remove, reorder ---------------------------------------------------------


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


def test_another_facilitators_draft_dimensions_are_refused(draft):
    other = grant_add_event(UserFactory())
    client = Client()
    client.force_login(other)
    dimension = draft.levels.first().dimensions.first()
    assert (
        client.post(reverse("assessments:dimension_delete", args=[dimension.pk])).status_code == 403
    )
    assert (
        client.post(
            reverse("assessments:dimension_move", args=[dimension.pk]), {"direction": "down"}
        ).status_code
        == 403
    )
    assert Dimension.objects.filter(pk=dimension.pk).exists()
