"""The framework pages: the list, a version's content, copying and publishing."""

import pytest
from django.test import Client
from django.urls import reverse

from assessments.models import Framework, FrameworkVersion, Question
from assessments.services import frameworks as framework_services
from tests.assessments.helpers import first_question, messages_of, question_data

pytestmark = pytest.mark.django_db

FROZEN = "published and frozen"
# session, user, 2 permission lookups and the menu's Networks entry, then the page's own
LIST_QUERIES = 7  # frameworks, versions
DETAIL_QUERIES = 9  # version, levels, dimensions, questions


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


def test_list_empty_state(fac_client):
    Framework.objects.all().delete()
    response = fac_client.get(reverse("assessments:framework_list"))
    assert response.status_code == 200
    assert "No frameworks yet" in response.content.decode()


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


def test_detail_shows_the_active_language(fac_client, draft):
    question = first_question(draft)
    question.text = {"en": "English text", "fr": "Texte français"}
    question.save()
    url = reverse("assessments:version_detail", args=[draft.pk])
    assert "Texte français" in fac_client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "English text" in fac_client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()


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


@pytest.mark.parametrize("name", ["", "n" * 5000, "a\x00b"])
def test_bad_copy_name_gives_errors_not_500(fac_client, default_version, name):
    response = fac_client.post(
        reverse("assessments:version_copy", args=[default_version.pk]), {"name": name}
    )
    assert response.status_code == 200
    assert "name" in response.context["form"].errors
    assert Framework.objects.count() == 1


def test_framework_list_query_count_is_fixed(
    fac_client, fac, default_version, django_assert_num_queries
):
    url = reverse("assessments:framework_list")
    framework_services.framework_copy(version=default_version, name="Copy 1", by=fac)
    with django_assert_num_queries(LIST_QUERIES):
        fac_client.get(url)
    for number in (2, 3):
        copy = framework_services.framework_copy(
            version=default_version, name=f"Copy {number}", by=fac
        )
        framework_services.framework_new_version(version=copy)
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
