"""Every URL pattern of the project, for every role, with real objects: the answer each gets.

The patterns are read from the URL resolver, so a new page without an expectation here fails
the test. Outsiders get 404 (nothing says an object exists), participants without the right
get 403, anonymous visitors are sent to sign in. Requests that change things (POST) run inside
a transaction that is rolled back, so every check sees the same world.
"""

import pytest
from django.test import Client
from django.urls import reverse

from tests.permission_world import ROLES, World, ask, spec, url_patterns

L, OK = "login", "ok"

# The answer of each role, in the order of ROLES:
# anonymous, facilitator, other_facilitator, member, other_member, stakeholder, donor, admin.
PUBLIC = (OK,) * 8
SIGNED_IN = (L, OK, OK, OK, OK, OK, OK, OK)
PARTICIPANTS = (L, OK, 404, OK, 404, OK, 404, OK)  # events.view_event
CORE_GROUP = (L, OK, 404, OK, 404, 403, 404, OK)  # facilitators and the core group
FACILITATORS = (L, OK, 404, 403, 404, 403, 404, OK)  # events.manage_event and the like
FACILITATORS_ONLY = (L, OK, 404, 404, 404, 404, 404, OK)  # reports of facilitators' kinds
AUTHORS = (L, OK, 403, 403, 403, 403, 403, OK)  # people who may create events, frameworks
RESPONDENT = (L, 404, 404, OK, 404, 404, 404, 404)  # a member's own answers: theirs alone
VIEW_RESPONSE = (L, OK, 404, OK, 404, 404, 404, OK)  # the member and the event's facilitators

EXPECTED = {
    "dashboard": SIGNED_IN,
    "login": PUBLIC,
    "logout": (L,) * 8,  # POST only; it signs out and goes to the sign-in page
    "password_set": SIGNED_IN,
    # Each person's own organisation's logo; the administrator, in none, is sent to the admin.
    "organisation_logo": SIGNED_IN,
    "set_language": PUBLIC,
    "admin:index": (L, L, L, L, L, L, L, OK),
    "report_job": FACILITATORS_ONLY,
    "report_retry": FACILITATORS_ONLY,
    "report_download": FACILITATORS_ONLY,
    "report_request": FACILITATORS_ONLY,
    "events:create": AUTHORS,
    "events:detail": PARTICIPANTS,
    "events:edit": FACILITATORS,
    "events:phase_advance": FACILITATORS,
    "events:phase_step_back": FACILITATORS,
    "events:agenda": PARTICIPANTS,
    "events:run_sheet": FACILITATORS,
    "events:session_create": FACILITATORS,
    "events:session_edit": FACILITATORS,
    "events:session_delete": FACILITATORS,
    "events:session_move": FACILITATORS,
    "events:attendance": FACILITATORS,
    "events:attendance_days": FACILITATORS,
    "events:attendance_day": FACILITATORS,
    # The agenda's drag and drop, the method library and the time zone of a country
    "events:agenda_reorder": FACILITATORS,
    "events:time_zone_proposal": SIGNED_IN,
    "events:methods": SIGNED_IN,
    "events:checklist": FACILITATORS,
    "events:checklist_item_create": FACILITATORS,
    "events:checklist_item_edit": FACILITATORS,
    "events:checklist_item_delete": FACILITATORS,
    "events:checklist_item_status": FACILITATORS,
    "events:people": FACILITATORS,
    "events:invite": FACILITATORS,
    # People in bulk: inviting many, deciding requests in place
    "events:invite_many": FACILITATORS,
    "events:invite_many_confirm": FACILITATORS,  # without a checked list: back to the form
    "events:registration_decide_many": FACILITATORS,
    "events:participation_edit": FACILITATORS,
    "events:participation_remove": FACILITATORS,
    "events:invitation_withdraw": FACILITATORS,
    "events:invitation_resend": FACILITATORS,
    "events:registration_settings": FACILITATORS,
    "events:registration_decide": FACILITATORS,
    "events:budget": FACILITATORS,
    "events:budget_line_create": FACILITATORS,
    "events:budget_line_edit": FACILITATORS,
    "events:budget_line_delete": FACILITATORS,
    "events:register": PUBLIC,
    "events:organisation_search": PARTICIPANTS,
    "events:organisation_add": CORE_GROUP,
    "events:logos": FACILITATORS,  # the logos the reports' covers print
    # Only while registration is open, and a few names of the event's country for 3+ letters.
    "events:organisation_search_public": PUBLIC,
    "events:invitation_accept": PUBLIC,
    "events:reports": PARTICIPANTS,
    "events:audit": FACILITATORS,
    "assessments:framework_list": AUTHORS,
    "assessments:version_detail": AUTHORS,
    "assessments:version_copy": AUTHORS,
    "assessments:version_publish": AUTHORS,
    "assessments:question_edit": AUTHORS,
    "assessments:question_delete": AUTHORS,
    "assessments:question_move": AUTHORS,
    "assessments:question_create": AUTHORS,
    "assessments:dimension_create": AUTHORS,
    "assessments:dimension_delete": AUTHORS,
    "assessments:dimension_move": AUTHORS,
    "assessments:dimension_edit": AUTHORS,
    "assessments:round_list": CORE_GROUP,  # stakeholders see the plan, not the assessment
    "assessments:round_create": FACILITATORS,
    "assessments:round_close": FACILITATORS,
    "assessments:consensus": FACILITATORS,
    "assessments:consensus_question": FACILITATORS,
    # The consensus session on the projector (its form's POST: tests/assessments/views)
    "assessments:consensus_projector_start": FACILITATORS,
    "assessments:consensus_projector": FACILITATORS,
    # The demo's followed-up event: its round has closed, so its members see the results too.
    "assessments:results": CORE_GROUP,
    "assessments:response": VIEW_RESPONSE,
    "assessments:answer_autosave": RESPONDENT,
    "assessments:response_submit": RESPONDENT,
    "assessments:inventory": CORE_GROUP,
    "assessments:initiative_create": CORE_GROUP,
    "assessments:initiative_edit": CORE_GROUP,
    "assessments:initiative_delete": CORE_GROUP,
    "assessments:export_xlsx": FACILITATORS,
    "assessments:export_csv": FACILITATORS,
    "actionplans:key_issue_list": CORE_GROUP,
    "actionplans:key_issue_create": CORE_GROUP,
    "actionplans:key_issue_from_gaps": CORE_GROUP,
    "actionplans:key_issue_edit": CORE_GROUP,
    "actionplans:key_issue_delete": CORE_GROUP,
    "actionplans:ballot_vote": (L, 403, 404, OK, 404, 403, 404, 403),  # core-group members only
    "actionplans:ballot_settings": FACILITATORS,
    "actionplans:ballot_close": FACILITATORS,
    "actionplans:ballot_reveal": FACILITATORS,
    "actionplans:plan_detail": CORE_GROUP,
    "actionplans:plan_create": CORE_GROUP,
    "actionplans:plan_history": FACILITATORS,
    "actionplans:plan_freeze": FACILITATORS,
    "actionplans:plan_part_create": CORE_GROUP,
    "actionplans:plan_part_edit": CORE_GROUP,
    "actionplans:plan_part_delete": CORE_GROUP,
    "actionplans:version_detail": PARTICIPANTS,
    # Each participant records their own organisation's position; administrators do not.
    "actionplans:version_position": (L, OK, 404, OK, 404, OK, 404, 403),
    "actionplans:version_close": FACILITATORS,
    "actionplans:version_publish": FACILITATORS,
    "actionplans:version_withdraw": FACILITATORS,
    "actionplans:donor_portfolio": (L, 403, 403, 403, 403, 403, OK, OK),
    "actionplans:donor_plan": (L, OK, 404, OK, 404, OK, OK, OK),
    # The canonical JSON of the version: whoever reads the plan may check its fingerprint.
    "actionplans:version_json": (L, OK, 404, OK, 404, OK, OK, OK),
    # The portfolio's XLSX: whoever reads the portfolio (donors, administrators).
    "actionplans:donor_portfolio_export": (L, 403, 403, 403, 403, 403, OK, OK),
    "actionplans:pledge_create": (L, 403, 404, 403, 404, 403, OK, 403),  # donors only
    "actionplans:pledge_edit": (L, 404, 404, 404, 404, 404, OK, 404),  # the pledge's donor
    "actionplans:pledge_withdraw": (L, 404, 404, 404, 404, 404, OK, 404),  # the pledge's donor
    "actionplans:plan_pledges": CORE_GROUP,
    # Everyone in the event reads the follow-up; recording stays with the planners.
    "actionplans:plan_dashboard": PARTICIPANTS,
    "actionplans:progress_create": CORE_GROUP,
    "actionplans:measurement_create": CORE_GROUP,
    # The next step: donors follow a published plan's progress (the event's people too).
    "actionplans:version_progress": (L, OK, 404, OK, 404, OK, OK, OK),
    # The link in a reminder is the key: no sign-in; GET only shows the button.
    "events:reminders_off": PUBLIC,
    "workshops:room": FACILITATORS,
    "workshops:room_live": FACILITATORS,
    "workshops:poll_list": FACILITATORS,
    "workshops:poll_create": FACILITATORS,
    "workshops:poll_detail": FACILITATORS,
    "workshops:poll_start": FACILITATORS,
    "workshops:poll_stop": FACILITATORS,
    # Phones need no account: the room's join code is the key (a wrong one answers 404, see
    # tests/workshops/views/test_room.py).
    "workshops:join": PUBLIC,
    "workshops:phone": PUBLIC,
    "workshops:phone_live": PUBLIC,
    "workshops:phone_answer": PUBLIC,
    "workshops:evaluation_list": FACILITATORS,
    "workshops:evaluation_create": FACILITATORS,
    "workshops:evaluation_detail": FACILITATORS,
    "workshops:evaluation_open": FACILITATORS,
    "workshops:evaluation_close": FACILITATORS,
    "workshops:evaluation_results": FACILITATORS,
    "workshops:evaluation_question_create": FACILITATORS,
    "workshops:evaluation_question_edit": FACILITATORS,
    "workshops:evaluation_question_delete": FACILITATORS,
    "workshops:evaluation_compare": SIGNED_IN,  # each sees their own events' only
    # With the link (a person's signed token, the walk-in id), anyone, signed in or not;
    # without it, 404 (tests/workshops/views/test_evaluation_answer.py).
    "workshops:evaluation_answer": PUBLIC,
    "workshops:evaluation_walk_in": PUBLIC,
}


@pytest.fixture
def world(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return World(tmp_path)


@pytest.fixture
def matrix_report(request):
    """The figures of the matrix, printed in the run's summary."""
    from tests.services_plugin import summary_line

    def report(*, patterns, roles, checks):
        summary_line(
            request.config,
            f"permission matrix: {patterns} URL patterns x {roles} roles = {checks} checks",
        )

    return report


# The network's pages answer the network's roles: their own matrix,
# tests/networks/test_permission_matrix.py, covers each of them.
OWN_MATRIX = ("networks:",)


def test_every_url_pattern_answers_every_role_as_expected(world, matrix_report):
    names = sorted({name for name, _route in url_patterns() if not name.startswith(OWN_MATRIX)})
    without = [name for name in names if name not in EXPECTED or name not in spec(world)]
    assert not without, f"URL patterns with no expectation in the matrix: {without}"
    assert not set(EXPECTED) - set(names), "expectations for patterns that no longer exist"
    specs = spec(world)
    wrong = []
    checks = 0
    for name in names:
        method, kwargs = specs[name]
        for role, expected in zip(ROLES, EXPECTED[name], strict=True):
            got = ask(world, role, name, method, kwargs)
            checks += 1
            if got != expected:
                wrong.append(f"{name} as {role}: expected {expected}, got {got}")
    matrix_report(patterns=len(names), roles=len(ROLES), checks=checks)
    assert not wrong, "\n".join(wrong)


def test_a_signed_out_phone_with_a_wrong_join_code_gets_404(world):
    """Every phone page with a code that names no room, or another event's room for this
    event's poll: 404, signed out or signed in."""
    from workshops.services.room import room_open

    other = room_open(event=world.other_event).code
    specs = spec(world)
    for role in ["anonymous", "facilitator"]:
        for name in ["workshops:phone", "workshops:phone_live", "workshops:phone_answer"]:
            method, kwargs = specs[name]
            for code in ["WRONG1", other if name == "workshops:phone_answer" else "WRONG1"]:
                got = ask(world, role, name, method, {**kwargs, "code": code})
                assert got == 404, f"{name} as {role} with the code {code}: {got}"


def test_object_ids_of_another_event_get_404(world):
    """The facilitator of another event, on their own event's URLs, with this event's object
    ids: 404 every time, so nothing says whether the object exists."""
    specs = spec(world)
    other = world.other_event.pk
    checked = 0
    for name, (method, kwargs) in specs.items():
        if "event_pk" not in kwargs or len(kwargs) == 1 or "kind" in kwargs and len(kwargs) == 2:
            continue
        if set(kwargs) == {"event_pk", "day"}:  # a day of the event, not an object of it
            continue
        moved = {**kwargs, "event_pk": other}
        got = ask(world, "other_facilitator", name, method, moved)
        assert got == 404, f"{name} with another event's object: {got}"
        checked += 1
    print(f"{checked} URL patterns checked with another event's object ids")
    assert checked >= 30


def _database_state():
    """Every row of every model but the sign-in and audit records, to compare."""
    from django.apps import apps

    skipped = {"sessions", "axes", "admin"}
    state = {}
    for model in apps.get_models():
        if model._meta.app_label in skipped or model._meta.model_name == "auditentry":
            continue
        state[model._meta.label] = list(model.objects.order_by("pk").values_list())
    return state


def test_get_never_changes_anything(world):
    specs = spec(world)
    clients = {}
    for role in ROLES:
        clients[role] = Client()
        if role != "anonymous":
            clients[role].force_login(world.people[role])
    before = _database_state()
    asked = 0
    for name, (method, kwargs) in specs.items():
        if name == "logout":
            continue
        for role in ROLES:
            clients[role].get(reverse(name, kwargs=kwargs))
            asked += 1
    assert asked > 600
    after = _database_state()
    changed = [label for label in before if before[label] != after[label]]
    assert not changed, f"GET requests changed {changed}"


def test_every_post_needs_the_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.people["facilitator"])
    for name, (_method, kwargs) in spec(world).items():
        response = client.post(reverse(name, kwargs=kwargs), {})
        assert response.status_code == 403, name
        assert b"CSRF" in response.content, name
