"""Two people editing the same part of the plan: a save writes only what that person changed
since their form was loaded, so a save on a stale copy merges with the other person's changes,
and a conflict is shown only where both changed the same field to different values."""

from html.parser import HTMLParser

import pytest
from django.test import Client

from actionplans.models import Action
from tests.actionplans.helpers import url
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


class PostedForm(HTMLParser):
    """What a browser would send for the page's POST form: every named field as rendered."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict[str, list[str]]] = []
        self.data: dict[str, list[str]] = {}
        self._in_form = False
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "").lower() == "post":
            self._in_form = True
            self.data = {}
            self.forms.append(self.data)
        if not self._in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name and name != "csrfmiddlewaretoken":
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data.setdefault(name, []).append(attrs.get("value", "on"))
            elif kind not in ("submit", "button", "file"):
                self.data.setdefault(name, []).append(attrs.get("value") or "")
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select].append(attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = [""]

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][0] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            if self._textarea:
                # Browsers drop the newline that follows <textarea>.
                value = self.data[self._textarea][0]
                self.data[self._textarea][0] = value[1:] if value.startswith("\n") else value
            self._textarea = None


def form_of(response) -> dict:
    """The form of the plan's part (the one carrying its lock version)."""
    reader = PostedForm()
    reader.feed(response.content.decode())
    return next(dict(form) for form in reader.forms if "lock_version" in form)


def typed(data: dict, **changes) -> dict:
    return {**data, **{name: [value] for name, value in changes.items()}}


@pytest.fixture
def action(plan):
    return Action.objects.get()


@pytest.fixture
def two_people(facilitator, core_group):
    return client_for(facilitator), client_for(core_group[0].user)


def test_a_save_on_a_stale_copy_keeps_the_change_the_person_never_touched(
    event, action, two_people
):
    first, second = two_people
    edit = url("plan_part_edit", event, "action", action.pk)
    first_form, second_form = form_of(first.get(edit)), form_of(second.get(edit))

    assert first.post(edit, typed(first_form, title="Coach all planners")).status_code == 302
    response = second.post(edit, typed(second_form, description="Two-day course"), follow=True)

    page = response.content.decode()
    assert response.redirect_chain, page  # saved, not sent back with a conflict
    assert "The action was saved." in page
    assert "Someone else changed “Action” meanwhile; their change was kept." in page
    action.refresh_from_db()
    assert (action.title, action.description) == ("Coach all planners", "Two-day course")
    assert action.lock_version == 2


def test_the_history_names_each_person_and_only_what_they_changed(
    event, action, two_people, facilitator, core_group
):
    first, second = two_people
    edit = url("plan_part_edit", event, "action", action.pk)
    first_form, second_form = form_of(first.get(edit)), form_of(second.get(edit))
    first.post(edit, typed(first_form, title="Coach all planners"))
    second.post(edit, typed(second_form, description="Two-day course"))

    latest, before = action.history.all()[:2]
    assert latest.history_user == core_group[0].user and before.history_user == facilitator
    assert (latest.title, latest.description) == ("Coach all planners", "Two-day course")
    assert [change.field for change in latest.diff_against(before).changes] == ["description"]
    page = first.get(url("plan_history", event)).content.decode()
    assert "<del>Coach all planners</del>" not in page  # nobody undid the new title


def test_same_field_changed_by_both_is_a_conflict_naming_it_with_both_values(
    event, action, two_people
):
    first, second = two_people
    edit = url("plan_part_edit", event, "action", action.pk)
    first_form, second_form = form_of(first.get(edit)), form_of(second.get(edit))

    first.post(edit, typed(first_form, title="Coach planners (first)", lead_person="Dr Kato"))
    response = second.post(
        edit, typed(second_form, title="Coach planners (second)", description="Two-day course")
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Someone else also changed “Action” while you were editing." in page
    assert "Now saved: <strong>Coach planners (first)</strong>" in page
    assert "You typed: Coach planners (second)" in page
    conflicts = page.split('id="meanwhile"')[1].split("</dl>")[0]
    assert "Action" in conflicts and "Lead person" not in conflicts
    assert "Also changed meanwhile, and now shown in the form as saved: Lead person." in page
    action.refresh_from_db()
    assert (action.title, action.description) == ("Coach planners (first)", "")
    # The form keeps what this person typed and now shows the other person's other change.
    shown = form_of(response)
    assert shown["title"] == ["Coach planners (second)"]
    assert shown["description"] == ["Two-day course"]
    assert shown["lead_person"] == ["Dr Kato"]

    # Saved again as shown: this person's title and description, the other's lead person.
    assert second.post(edit, shown).status_code == 302
    action.refresh_from_db()
    assert (action.title, action.description, action.lead_person) == (
        "Coach planners (second)",
        "Two-day course",
        "Dr Kato",
    )


def test_both_typing_the_same_value_is_no_conflict(event, action, two_people):
    first, second = two_people
    edit = url("plan_part_edit", event, "action", action.pk)
    first_form, second_form = form_of(first.get(edit)), form_of(second.get(edit))
    first.post(edit, typed(first_form, title="Coach planners", estimated_cost="130000"))
    response = second.post(edit, typed(second_form, title="Coach planners"))
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.estimated_cost == 130000 and action.title == "Coach planners"


def test_linked_indicators_and_dates_merge_field_by_field(event, plan, action, two_people):
    first, second = two_people
    edit = url("plan_part_edit", event, "action", action.pk)
    first_form, second_form = form_of(first.get(edit)), form_of(second.get(edit))
    first.post(edit, {**first_form, "indicators": []})
    response = second.post(edit, typed(second_form, ends_on="2027-10-31"))
    assert response.status_code == 302
    action.refresh_from_db()
    assert list(action.indicators.all()) == []
    assert str(action.ends_on) == "2027-10-31"


def test_a_forged_record_of_the_loaded_values_is_not_trusted(event, action, two_people):
    """The loaded values travel signed; a form whose record was altered counts every field as
    changed by its sender, so a stale save is refused as before, never merged blindly."""
    first, second = two_people
    edit = url("plan_part_edit", event, "action", action.pk)
    first_form, second_form = form_of(first.get(edit)), form_of(second.get(edit))
    first.post(edit, typed(first_form, title="Coach all planners"))
    second_form["loaded"] = [second_form["loaded"][0][:-3] + "abc"]
    response = second.post(edit, typed(second_form, description="Two-day course"))
    assert response.status_code == 200
    assert "Now saved: <strong>Coach all planners</strong>" in response.content.decode()
    action.refresh_from_db()
    assert (action.title, action.description) == ("Coach all planners", "")


def test_saving_an_unchanged_form_writes_nothing(event, action, fclient):
    edit = url("plan_part_edit", event, "action", action.pk)
    changes = action.history.count()
    assert fclient.post(edit, form_of(fclient.get(edit))).status_code == 302
    action.refresh_from_db()
    assert action.lock_version == 0 and action.history.count() == changes


def test_the_edit_page_makes_no_more_queries_for_the_record_of_loaded_values(
    event, action, fclient, django_assert_num_queries
):
    """The record is made from the values the form loads anyway: 14 queries (the organisation
    pickers read only the chosen organisations: the responsible one)."""
    edit = url("plan_part_edit", event, "action", action.pk)
    with django_assert_num_queries(15):
        assert fclient.get(edit).status_code == 200


def test_an_old_form_without_the_record_still_refuses_a_stale_save(event, action, facilitator):
    """Forms posted without the record of their loaded values (cached before it existed) keep
    the rule they had: the whole form is checked against the version it names."""
    client = Client()
    client.force_login(facilitator)
    edit = url("plan_part_edit", event, "action", action.pk)
    data = form_of(client.get(edit))
    del data["loaded"]
    Action.objects.filter(pk=action.pk).update(lock_version=1, title="Theirs")
    response = client.post(edit, typed(data, description="Mine"))
    assert response.status_code == 200
    assert "Now saved: <strong>Theirs</strong>" in response.content.decode()
