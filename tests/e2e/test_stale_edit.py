"""Two facilitators edit the same action in two browsers. A save writes only what its person
changed since their form was loaded: a change made meanwhile to another field is kept, and only
a field both changed, to different values, is shown as a conflict, with both values."""

import pytest
from playwright.sync_api import expect

from actionplans.models import Action
from builders.factories import DEFAULT_PASSWORD, UserFactory
from events.models import Participation
from events.services.people import participation_add
from tests.actionplans.helpers import build_plan, url
from tests.e2e.helpers import DESKTOP, settle, url_re

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def two_facilitators(event, facilitator):
    second = UserFactory(username="gaspard", first_name="Gaspard", last_name="Okello")
    participation_add(event=event, user=second, role=Participation.Role.FACILITATOR)
    return facilitator, second


def open_edit_form(new_page, sign_in, person, edit):
    page = new_page(*DESKTOP)
    sign_in(page, person.username, DEFAULT_PASSWORD)
    page.goto(edit)
    settle(page)
    return page


def save(page):
    page.locator("main form[method=post] button[type=submit]").click()
    page.wait_for_load_state("load")
    settle(page)


def test_two_people_edit_one_action(new_page, sign_in, event, government_org, two_facilitators):
    build_plan(event, government_org, actions=1, action_title="Coach district planners")
    action = Action.objects.get()
    edit = url("plan_part_edit", event, "action", action.pk)
    plan_page = url_re(url("plan_detail", event))
    first, second = (open_edit_form(new_page, sign_in, person, edit) for person in two_facilitators)

    # A changes the title; B, whose form still shows the old title, changes the description.
    first.locator("#id_title").fill("Coach all district planners")
    save(first)
    expect(first).to_have_url(plan_page)
    second.locator("#id_description").fill("A two-day course in each district.")
    save(second)
    expect(second).to_have_url(plan_page)
    expect(second.locator(".alert-success")).to_contain_text("The action was saved.")
    expect(second.locator(".alert-info")).to_contain_text("Someone else changed “Action”")
    action.refresh_from_db()
    assert action.title == "Coach all district planners"
    assert action.description == "A two-day course in each district."

    # Both open it again and both change the title: B's save is a conflict on the title.
    for page in (first, second):
        page.goto(edit)
        settle(page)
    first.locator("#id_title").fill("Coach planners and managers")
    save(first)
    expect(first).to_have_url(plan_page)
    second.locator("#id_title").fill("Coach planners in pairs")
    save(second)
    expect(second).to_have_url(url_re(edit))
    expect(second.locator("main form .alert")).to_contain_text(
        "Someone else also changed “Action” while you were editing."
    )
    panel = second.locator("section[aria-labelledby=meanwhile]")
    expect(panel).to_contain_text("Now saved: Coach planners and managers")
    expect(panel).to_contain_text("You typed: Coach planners in pairs")
    expect(panel.locator("dt")).to_have_text(["Action"])
    expect(second.locator("#id_title")).to_have_value("Coach planners in pairs")
    expect(second.locator("#id_description")).to_have_value("A two-day course in each district.")
    action.refresh_from_db()
    assert action.title == "Coach planners and managers"
