"""The method library: loaded in four languages, picked on the session form and adapted."""

import pytest
from django.urls import reverse
from django.utils import translation

from events.method_library import METHODS
from events.models import Method, Session
from tests.events.helpers import url

pytestmark = pytest.mark.django_db


def new_session(**changes):
    return {
        "day": 2,
        "start_time": "16:30",
        "duration_minutes": "",
        "title": "Views of the sector",
        "kind": "other",
        "audience": "core_group",
        "library_method": "",
        "method": "",
        "objectives": "",
        "materials": "",
        "facilitator_notes": "",
    } | changes


def test_the_library_holds_cd_and_facilitation_methods_in_four_languages():
    assert Method.objects.count() == len(METHODS) >= 18
    codes = set(Method.objects.values_list("code", flat=True))
    assert {"training", "coaching_mentoring", "study_tour", "world_cafe", "fishbowl"} <= codes
    assert {"gallery_walk", "dot_voting", "problem_tree"} <= codes
    for method in Method.objects.all():
        for texts in (method.name, method.description, method.materials):
            assert set(texts) == {"en", "fr", "es", "pt"} and all(texts.values()), method.code
    cafe = Method.objects.get(code="world_cafe")
    with translation.override("fr"):
        assert cafe.materials_text.startswith("Tables ; nappes en papier")


def test_the_session_form_offers_the_library_grouped_with_durations(fclient, event):
    body = fclient.get(url("session_create", event) + "?day=2").content.decode()
    cafe = Method.objects.get(code="world_cafe")
    assert '<optgroup label="Capacity-development methods">' in body
    assert '<optgroup label="Facilitation methods">' in body
    assert f'value="{cafe.pk}" data-minutes="90" data-name="World café"' in body
    assert "World café (90 min)" in body
    assert 'src="/static/js/method-pick.js"' in body


def test_picking_a_method_fills_what_was_left_empty(fclient, event):
    cafe = Method.objects.get(code="world_cafe")

    response = fclient.post(url("session_create", event), new_session(library_method=cafe.pk))

    assert response.status_code == 302
    session = Session.objects.get(title="Views of the sector")
    assert session.library_method == cafe
    assert (session.method, session.duration_minutes) == ("World café", 90)
    assert session.materials == cafe.materials["en"]
    assert session.facilitator_notes == cafe.description["en"]


def test_a_picked_method_is_adapted(fclient, event):
    cafe = Method.objects.get(code="world_cafe")
    data = new_session(
        library_method=cafe.pk,
        method="World café, two rounds",
        duration_minutes=45,
        materials="Four tables",
    )
    assert fclient.post(url("session_create", event), data).status_code == 302
    session = Session.objects.get(title="Views of the sector")
    assert (session.method, session.duration_minutes) == ("World café, two rounds", 45)
    assert session.materials == "Four tables"


def test_without_a_method_the_duration_is_asked_for(fclient, event):
    response = fclient.post(url("session_create", event), new_session())
    assert response.status_code == 200
    assert "pick a method from the library for its typical one" in response.content.decode()
    assert not Session.objects.filter(title="Views of the sector").exists()


def test_the_library_speaks_the_pages_language(fclient, event, facilitator):
    facilitator.language = "es"
    facilitator.save()
    body = fclient.get(url("session_create", event)).content.decode()
    assert "Árbol de problemas (90 min)" in body


def test_the_library_page_lists_every_method_with_its_duration_and_materials(
    client, stakeholder, django_assert_num_queries
):
    client.force_login(stakeholder)
    # the session, the user, the methods, the user's permissions for the menu
    with django_assert_num_queries(6):
        body = client.get(reverse("events:methods")).content.decode()
    assert body.count('class="list-group-item" id="method-') == len(METHODS)
    assert "Fishbowl" in body and "Chairs in two circles; one empty chair" in body
    assert body.index("Capacity-development methods") < body.index("Facilitation methods")


def test_the_agenda_links_facilitators_to_the_library(fclient, event):
    assert reverse("events:methods") in fclient.get(url("agenda", event)).content.decode()


def test_the_generated_agenda_adapts_library_methods_and_links_them(fclient, event):
    key_issues = event.sessions.get(day=3, kind="key_issues")
    assert key_issues.library_method.code == "dot_voting"
    assert key_issues.method == "Gap analysis and dot voting"  # the library's method, adapted
    body = fclient.get(url("agenda", event)).content.decode()
    assert f'<a href="{reverse("events:methods")}#method-dot_voting"' in body
