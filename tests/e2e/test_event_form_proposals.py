"""The forms propose what they can: choosing Kenya on a new event proposes Africa/Nairobi at
once, and picking a method from the library on a session fills its duration, materials and
description, which stay editable. axe finds nothing serious on either form."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from playwright.sync_api import expect

from builders.factories import DEFAULT_PASSWORD
from events.models import Event, Method, Session
from tests.e2e.helpers import DESKTOP, PHONE, settle, url_re
from tests.events.helpers import url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_kenya_proposes_nairobi_and_a_method_fills_the_session(
    new_page, sign_in, check_a11y, shot, event, facilitator
):
    facilitator.user_permissions.add(Permission.objects.get(codename="add_event"))
    page = new_page(*DESKTOP)
    sign_in(page, facilitator.username, DEFAULT_PASSWORD)
    page.goto(reverse("events:create"))
    settle(page)
    expect(page.locator("#id_time_zone")).to_have_value("")
    page.locator("#id_country").select_option("KE")
    expect(page.locator("#id_time_zone")).to_have_value("Africa/Nairobi")
    settle(page)
    check_a11y(page, "new event")
    # The person may still choose another zone; the proposal came only from the country.
    page.locator("#id_country").select_option("SN")
    expect(page.locator("#id_time_zone")).to_have_value("Africa/Dakar")

    cafe = Method.objects.get(code="world_cafe")
    page.goto(url("session_create", event) + "?day=2")
    settle(page)
    page.locator("#id_title").fill("The sector's views")
    page.locator("#id_kind").select_option("other")
    page.locator("#id_start_time").fill("16:30")
    page.locator("#id_library_method").select_option(str(cafe.pk))
    expect(page.locator("#id_method")).to_have_value("World café")
    expect(page.locator("#id_duration_minutes")).to_have_value("90")
    expect(page.locator("#id_materials")).to_have_value(cafe.materials["en"])
    expect(page.locator("#id_facilitator_notes")).to_have_value(cafe.description["en"])
    page.locator("#id_duration_minutes").fill("60")
    check_a11y(page, "session form")
    shot(page, "session-method-library")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(url_re(url("agenda", event)))
    settle(page)
    session = Session.objects.get(title="The sector's views")
    assert (session.library_method_id, session.duration_minutes) == (cafe.pk, 60)
    assert Event.objects.filter(time_zone="Africa/Nairobi").count() == 0  # nothing was created

    phone = new_page(*PHONE)
    sign_in(phone, facilitator.username, DEFAULT_PASSWORD)
    phone.goto(url("session_edit", event, session.pk))
    settle(phone)
    check_a11y(phone, "session form on a phone")
    shot(phone, "session-method-library")
    phone.goto(reverse("events:methods"))
    settle(phone)
    expect(phone.locator("#method-world_cafe")).to_contain_text("90 min")
    check_a11y(phone, "method library on a phone")
    shot(phone, "method-library")
    assert check_a11y.violations == []
