"""The rules of the joint approach, as the services enforce them."""

import datetime
import re
import time
import types
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.utils import timezone

from cdfacil.models import Organisation, User
from events import agenda, selectors, services
from events.models import (
    Attendance,
    BudgetLine,
    ChecklistItem,
    Event,
    Invitation,
    Participation,
    RegistrationRequest,
    Session,
)
from events.services import InvitationError
from tests.conftest import BASE_URL
from tests.factories import (
    BudgetLineFactory,
    ChecklistItemFactory,
    OrganisationFactory,
    ParticipationFactory,
    SessionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Role = Participation.Role
UTC = datetime.UTC


def field_messages(error: ValidationError, field: str) -> str:
    """All messages of one field of a ValidationError, joined for `in` checks."""
    return " ".join(error.message_dict[field])


def facilitation(event: Event) -> Participation:
    return event.participations.get(role=Role.FACILITATOR)


# --- Core group -------------------------------------------------------------------------------


class TestCoreGroupLead:
    def test_lead_from_civil_society_is_refused_on_add(self, event, civil_society_org):
        person = UserFactory(organisation=civil_society_org)

        with pytest.raises(ValidationError) as caught:
            services.participation_add(event=event, user=person, role=Role.CORE_GROUP, is_lead=True)

        message = field_messages(caught.value, "is_lead")
        assert "must belong to a government organisation" in message
        assert "Civil society" in message
        assert not Participation.objects.filter(event=event, user=person).exists()

    def test_lead_from_civil_society_is_refused_on_update(self, event, civil_society_org):
        person = UserFactory(organisation=civil_society_org)
        member = services.participation_add(event=event, user=person, role=Role.CORE_GROUP)

        with pytest.raises(ValidationError) as caught:
            services.participation_update(participation=member, role=Role.CORE_GROUP, is_lead=True)

        assert "government" in field_messages(caught.value, "is_lead")
        member.refresh_from_db()
        assert member.is_lead is False

    def test_lead_from_government_is_accepted(self, event, government_org):
        person = UserFactory(organisation=government_org)

        member = services.participation_add(
            event=event, user=person, role=Role.CORE_GROUP, is_lead=True
        )

        member.refresh_from_db()
        assert member.is_lead is True
        assert member.role == Role.CORE_GROUP

    def test_only_a_core_group_member_can_be_lead(self, event, government_org):
        person = UserFactory(organisation=government_org)

        with pytest.raises(ValidationError) as caught:
            services.participation_add(
                event=event, user=person, role=Role.STAKEHOLDER, is_lead=True
            )

        assert "Only a core-group member can be the lead." in caught.value.message_dict["is_lead"]

    def test_a_second_lead_takes_the_flag_from_the_first(
        self, event, government_org, add_core_member
    ):
        first = add_core_member(event, government_org, is_lead=True)

        second = add_core_member(event, government_org, is_lead=True)

        first.refresh_from_db()
        second.refresh_from_db()
        assert first.is_lead is False
        assert second.is_lead is True
        assert list(event.participations.filter(is_lead=True)) == [second]

    def test_making_a_member_lead_by_update_moves_the_flag(
        self, event, government_org, add_core_member
    ):
        first = add_core_member(event, government_org, is_lead=True)
        second = add_core_member(event, government_org)

        services.participation_update(participation=second, role=Role.CORE_GROUP, is_lead=True)

        assert list(event.participations.filter(is_lead=True)) == [second]
        first.refresh_from_db()
        assert first.is_lead is False

    def test_a_person_takes_part_only_once(self, event, government_org, add_core_member):
        member = add_core_member(event, government_org, first_name="Grace", last_name="Auma")

        with pytest.raises(ValidationError) as caught:
            services.participation_add(event=event, user=member.user, role=Role.STAKEHOLDER)

        assert caught.value.message_dict["user"] == [
            "Grace Auma already takes part in this event (Core-group member)."
        ]


class TestDevelopmentPartnersInCoreGroup:
    def test_two_development_partners_are_fine(self, event, partner_org, add_core_member):
        add_core_member(event, partner_org)
        add_core_member(event, partner_org)

        assert event.participations.filter(role=Role.CORE_GROUP).count() == 2

    def test_a_third_development_partner_is_refused_with_the_rule(
        self, event, partner_org, add_core_member
    ):
        add_core_member(event, partner_org, first_name="Jonas", last_name="Weber")
        add_core_member(event, partner_org, first_name="Karin", last_name="Berg")
        third = UserFactory(organisation=partner_org)

        with pytest.raises(ValidationError) as caught:
            services.participation_add(event=event, user=third, role=Role.CORE_GROUP)

        message = field_messages(caught.value, "role")
        assert "At most 2 may come from development partners" in message
        assert "already has 2 members from development partners" in message
        assert "Jonas Weber" in message and "Karin Berg" in message
        assert not Participation.objects.filter(user=third).exists()

    def test_promoting_a_third_development_partner_to_core_group_is_refused(
        self, event, partner_org, add_core_member
    ):
        add_core_member(event, partner_org)
        add_core_member(event, partner_org)
        stakeholder = services.participation_add(
            event=event, user=UserFactory(organisation=partner_org), role=Role.STAKEHOLDER
        )

        with pytest.raises(ValidationError) as caught:
            services.participation_update(
                participation=stakeholder, role=Role.CORE_GROUP, is_lead=False
            )

        assert "At most 2" in field_messages(caught.value, "role")
        stakeholder.refresh_from_db()
        assert stakeholder.role == Role.STAKEHOLDER

    def test_a_member_already_counted_may_be_updated(self, event, partner_org, add_core_member):
        add_core_member(event, partner_org)
        second = add_core_member(event, partner_org)

        services.participation_update(participation=second, role=Role.CORE_GROUP, is_lead=False)

        assert event.participations.filter(role=Role.CORE_GROUP).count() == 2

    def test_a_development_partner_as_stakeholder_is_fine(
        self, event, partner_org, add_core_member
    ):
        add_core_member(event, partner_org)
        add_core_member(event, partner_org)

        participation = services.participation_add(
            event=event, user=UserFactory(organisation=partner_org), role=Role.STAKEHOLDER
        )

        assert participation.pk is not None
        assert participation.role == Role.STAKEHOLDER


class TestCoreGroupWarnings:
    @pytest.mark.parametrize("size", [3, 7])
    def test_a_size_outside_four_to_six_is_warned(
        self, event, government_org, add_core_member, size
    ):
        add_core_member(event, government_org, is_lead=True)
        for _ in range(size - 1):
            add_core_member(event, government_org)

        warnings = services.core_group_warnings(event=event)

        assert warnings == [
            f"The core group has {size} members; the process works best with 4 to 6."
        ]

    @pytest.mark.parametrize("size", [4, 5, 6])
    def test_four_to_six_with_a_lead_gives_no_warning(
        self, event, government_org, add_core_member, size
    ):
        add_core_member(event, government_org, is_lead=True)
        for _ in range(size - 1):
            add_core_member(event, government_org)

        assert services.core_group_warnings(event=event) == []

    def test_a_core_group_without_lead_is_warned(self, event, government_org, add_core_member):
        for _ in range(4):
            add_core_member(event, government_org)

        assert services.core_group_warnings(event=event) == [
            "The core group has no lead yet; the kick-off cannot start without one."
        ]

    def test_stakeholders_do_not_count_as_core_group(
        self, event, government_org, core_group, add_core_member
    ):
        for _ in range(3):
            services.participation_add(
                event=event, user=UserFactory(organisation=government_org), role=Role.STAKEHOLDER
            )

        assert services.core_group_warnings(event=event) == []


class TestFacilitators:
    def test_removing_the_last_facilitator_is_refused(self, event):
        only = facilitation(event)

        with pytest.raises(ValidationError) as caught:
            services.participation_remove(participation=only)

        assert caught.value.message_dict["role"] == [
            "An event needs at least one facilitator. Invite another one first."
        ]
        assert Participation.objects.filter(pk=only.pk).exists()

    def test_demoting_the_last_facilitator_is_refused(self, event):
        only = facilitation(event)

        with pytest.raises(ValidationError):
            services.participation_update(participation=only, role=Role.STAKEHOLDER, is_lead=False)

        only.refresh_from_db()
        assert only.role == Role.FACILITATOR

    def test_a_facilitator_may_leave_when_another_remains(self, event):
        first = facilitation(event)
        services.participation_add(event=event, user=UserFactory(), role=Role.FACILITATOR)

        services.participation_remove(participation=first)

        assert not Participation.objects.filter(pk=first.pk).exists()
        assert event.participations.filter(role=Role.FACILITATOR).count() == 1


# --- Agenda -----------------------------------------------------------------------------------


def agenda_snapshot(event: Event, **filters) -> dict[int, tuple[int, datetime.time, int]]:
    return {
        s.pk: (s.day, s.start_time, s.duration_minutes)
        for s in Session.objects.filter(event=event, **filters)
    }


def day_sessions(event: Event, day: int) -> list[Session]:
    return list(Session.objects.filter(event=event, day=day).order_by("start_time", "pk"))


def day_span(event: Event, day: int) -> tuple[datetime.datetime, datetime.datetime]:
    sessions = day_sessions(event, day)
    return min(s.starts_at for s in sessions), max(s.ends_at for s in sessions)


class TestGeneratedAgenda:
    def test_sessions_on_all_five_days(self, event):
        days = set(event.sessions.values_list("day", flat=True))

        assert days == {1, 2, 3, 4, 5}
        assert event.sessions.count() == len(agenda.default_sessions())

    def test_day_one_is_a_three_hour_kick_off_for_the_broad_group(self, event):
        day1 = day_sessions(event, 1)

        assert sum(s.duration_minutes for s in day1) == 180
        assert {s.audience for s in day1} == {Session.Audience.BROAD_GROUP}
        assert Session.Kind.KICK_OFF in {s.kind for s in day1}
        assert day_span(event, 1) == (
            datetime.datetime.combine(event.day1, datetime.time(9), tzinfo=event.tzinfo),
            datetime.datetime.combine(event.day1, datetime.time(12), tzinfo=event.tzinfo),
        )

    @pytest.mark.parametrize("day", [2, 3, 4])
    def test_days_two_to_four_are_for_the_core_group(self, event, day):
        sessions = day_sessions(event, day)

        assert sessions
        assert {s.audience for s in sessions} == {Session.Audience.CORE_GROUP}

    def test_day_five_holds_the_endorsement(self, event):
        kinds = {s.kind for s in day_sessions(event, 5)}

        assert Session.Kind.ENDORSEMENT in kinds

    def test_the_agenda_is_in_the_event_language(self, make_event):
        # Without a French catalogue the titles stay in English; the agenda must still exist.
        event = make_event(language="fr")

        assert event.sessions.count() == len(agenda.default_sessions())

    def test_starts_at_is_aware_and_in_the_event_time_zone(self, event):
        first = day_sessions(event, 1)[0]

        assert first.start_time == datetime.time(9, 0)
        assert first.starts_at.utcoffset() == datetime.timedelta(hours=3)
        assert first.starts_at == datetime.datetime.combine(
            event.day1, datetime.time(6, 0), tzinfo=UTC
        )
        assert first.ends_at == first.starts_at + datetime.timedelta(minutes=30)

    def test_a_session_on_day_three_is_two_days_after_day_one(self, event):
        first = day_sessions(event, 3)[0]

        assert first.starts_at.date() == event.day1 + datetime.timedelta(days=2)


class TestSessionRetiming:
    def test_a_longer_session_pushes_the_rest_of_its_day(self, event):
        welcome, views, coffee, mandate = day_sessions(event, 1)
        other_days = agenda_snapshot(event, day__gt=1)

        welcome.duration_minutes += 30
        services.session_save(session=welcome)

        assert [(s.title, s.start_time, s.duration_minutes) for s in day_sessions(event, 1)] == [
            (welcome.title, datetime.time(9, 0), 60),
            (views.title, datetime.time(10, 0), 75),
            (coffee.title, datetime.time(11, 15), 15),
            (mandate.title, datetime.time(11, 30), 60),
        ]
        assert agenda_snapshot(event, day__gt=1) == other_days

    def test_a_shorter_session_pulls_the_rest_of_its_day(self, event):
        welcome, views, coffee, mandate = day_sessions(event, 1)
        other_days = agenda_snapshot(event, day__gt=1)

        views.duration_minutes = 45
        services.session_save(session=views)

        assert [s.start_time for s in day_sessions(event, 1)] == [
            datetime.time(9, 0),
            datetime.time(9, 30),
            datetime.time(10, 15),
            datetime.time(10, 30),
        ]
        assert agenda_snapshot(event, day__gt=1) == other_days

    def test_a_change_past_midnight_is_refused_and_nothing_moves(self, event):
        before = agenda_snapshot(event)
        first = day_sessions(event, 4)[0]  # 09:00, 180 minutes; 14:00 and 16:15 follow

        first.duration_minutes = 12 * 60
        with pytest.raises(ValidationError) as caught:
            services.session_save(session=first)

        assert "midnight" in field_messages(caught.value, "duration_minutes")
        assert agenda_snapshot(event) == before

    def test_a_session_itself_ending_after_midnight_is_refused(self, event):
        last = day_sessions(event, 4)[-1]  # 16:15

        last.duration_minutes = 8 * 60
        with pytest.raises(ValidationError) as caught:
            services.session_save(session=last)

        assert field_messages(caught.value, "duration_minutes") == (
            "This change would make “Prepare the endorsement workshop” end after midnight. "
            "Shorten a session or move one to another day."
        )
        last.refresh_from_db()
        assert last.duration_minutes == 60

    def test_a_new_session_does_not_move_others(self, event):
        before = agenda_snapshot(event)

        session = services.session_save(
            session=Session(
                event=event,
                day=1,
                start_time=datetime.time(13, 0),
                duration_minutes=60,
                title="Press conference",
                kind=Session.Kind.OTHER,
            )
        )

        assert session.pk is not None
        after = agenda_snapshot(event)
        del after[session.pk]
        assert after == before

    def test_changing_a_session_that_ends_at_midnight_moves_no_earlier_session(self, event):
        # Regression: its end_time is 00:00, and `start_time >= 00:00` matched the whole day.
        late = SessionFactory(
            event=event, day=4, start_time=datetime.time(23, 0), duration_minutes=60
        )
        earlier = agenda_snapshot(event, day=4)
        del earlier[late.pk]

        late.duration_minutes = 30
        services.session_save(session=late)

        after = agenda_snapshot(event, day=4)
        del after[late.pk]
        assert after == earlier


class TestSessionMove:
    def test_moving_down_swaps_with_the_next_and_keeps_the_day(self, event):
        span = day_span(event, 1)
        welcome, views, coffee, mandate = day_sessions(event, 1)

        services.session_move(session=welcome, direction="down")

        assert [(s.pk, s.start_time) for s in day_sessions(event, 1)] == [
            (views.pk, datetime.time(9, 0)),
            (welcome.pk, datetime.time(10, 15)),
            (coffee.pk, datetime.time(10, 45)),
            (mandate.pk, datetime.time(11, 0)),
        ]
        assert day_span(event, 1) == span

    def test_moving_up_swaps_with_the_previous_and_keeps_the_gap(self, event):
        # Day 3: 09:00-11:00, a 15-minute gap, 11:15-13:00, then 14:00.
        span = day_span(event, 3)
        consensus, key_issues, objectives = day_sessions(event, 3)

        services.session_move(session=key_issues, direction="up")

        assert [(s.pk, s.start_time) for s in day_sessions(event, 3)] == [
            (key_issues.pk, datetime.time(9, 0)),
            (consensus.pk, datetime.time(11, 0)),
            (objectives.pk, datetime.time(14, 0)),
        ]
        assert day_span(event, 3) == span

    def test_moving_the_first_session_up_is_refused(self, event):
        before = agenda_snapshot(event)
        first = day_sessions(event, 1)[0]

        with pytest.raises(ValidationError) as caught:
            services.session_move(session=first, direction="up")

        assert caught.value.messages == [
            "“Welcome and purpose of the joint approach” is already at that end of the day."
        ]
        assert agenda_snapshot(event) == before

    def test_moving_the_last_session_down_is_refused(self, event):
        last = day_sessions(event, 5)[-1]

        with pytest.raises(ValidationError):
            services.session_move(session=last, direction="down")


# --- Checklist --------------------------------------------------------------------------------


class TestChecklist:
    def test_items_are_counted_back_over_two_to_three_months(self, event):
        due_dates = list(event.checklist_items.values_list("due_date", flat=True))

        assert len(due_dates) == len(agenda.preparation_tasks())
        assert all(due < event.day1 for due in due_dates)
        earliest = (event.day1 - min(due_dates)).days
        assert 60 <= earliest <= 92

    def test_moving_day_one_moves_every_due_date(self, event):
        before = dict(event.checklist_items.values_list("pk", "due_date"))
        new_day1 = event.day1 + datetime.timedelta(days=10)

        services.event_update(event=event, day1=new_day1)

        event.refresh_from_db()
        assert event.day1 == new_day1
        after = dict(event.checklist_items.values_list("pk", "due_date"))
        assert after == {pk: due + datetime.timedelta(days=10) for pk, due in before.items()}

    def test_an_update_without_a_new_day_one_leaves_due_dates(self, event):
        before = dict(event.checklist_items.values_list("pk", "due_date"))

        services.event_update(event=event, venue="Speke Resort, Munyonyo")

        assert dict(event.checklist_items.values_list("pk", "due_date")) == before

    def test_moving_day_one_keeps_the_agenda_wall_clock(self, event):
        first = day_sessions(event, 1)[0]
        new_day1 = event.day1 + datetime.timedelta(days=10)

        services.event_update(event=event, day1=new_day1)

        first = Session.objects.select_related("event").get(pk=first.pk)
        assert first.starts_at == datetime.datetime.combine(
            new_day1, datetime.time(9), tzinfo=event.tzinfo
        )

    def test_done_sets_completed_at_and_undone_clears_it(self, event):
        item = event.checklist_items.first()
        before = timezone.now()

        item.status = ChecklistItem.Status.DONE
        services.checklist_item_save(item=item)

        item.refresh_from_db()
        assert item.completed_at is not None
        assert before <= item.completed_at <= timezone.now()

        services.checklist_item_set_status(item=item, status=ChecklistItem.Status.IN_PROGRESS)
        item.refresh_from_db()
        assert item.completed_at is None

    def test_an_unknown_status_is_refused(self, event):
        item = event.checklist_items.first()

        with pytest.raises(ValidationError) as caught:
            services.checklist_item_set_status(item=item, status="finished")

        assert "status" in caught.value.message_dict

    def test_an_owner_outside_the_event_is_refused(self, event, outsider):
        item = event.checklist_items.first()

        item.owner = outsider
        with pytest.raises(ValidationError) as caught:
            services.checklist_item_save(item=item)

        assert caught.value.message_dict["owner"] == ["The owner must take part in this event."]
        item.refresh_from_db()
        assert item.owner is None

    def test_a_participant_may_own_a_task(self, event, facilitator):
        item = event.checklist_items.first()

        item.owner = facilitator
        services.checklist_item_save(item=item)

        item.refresh_from_db()
        assert item.owner == facilitator

    def test_overdue_is_past_due_and_not_done(self, event):
        today = datetime.date(2030, 6, 15)
        yesterday, tomorrow = today - datetime.timedelta(days=1), today + datetime.timedelta(days=1)
        late = ChecklistItemFactory(event=event, due_date=yesterday)
        late_done = ChecklistItemFactory(
            event=event, due_date=yesterday, status=ChecklistItem.Status.DONE
        )
        due_today = ChecklistItemFactory(event=event, due_date=today)
        upcoming = ChecklistItemFactory(event=event, due_date=tomorrow)

        assert late.is_overdue(today) is True
        assert late_done.is_overdue(today) is False
        assert due_today.is_overdue(today) is False
        assert upcoming.is_overdue(today) is False

    def test_overdue_defaults_to_today_in_the_event_time_zone(self, event):
        local_today = event.local_today()
        late = ChecklistItemFactory(
            event=event,
            due_date=local_today - datetime.timedelta(days=1),
            status=ChecklistItem.Status.IN_PROGRESS,
        )
        fresh = ChecklistItemFactory(event=event, due_date=local_today)

        assert late.is_overdue() is True
        assert fresh.is_overdue() is False


# --- Invitations ------------------------------------------------------------------------------

LINK = re.compile(re.escape(BASE_URL) + r"/invitations/(?P<token>[^/\s]+)/")


def invite(event, inviter, organisation, role=Role.STAKEHOLDER, **overrides):
    fields = {
        "email": "amina.okello@example.org",
        "full_name": "Amina Okello",
    } | overrides
    return services.invitation_send(
        event=event,
        invited_by=inviter,
        organisation=organisation,
        role=role,
        base_url=BASE_URL + "/",
        **fields,
    )


def token_from_outbox() -> str:
    assert len(mail.outbox) == 1
    match = LINK.search(mail.outbox[0].body)
    assert match, mail.outbox[0].body
    return match["token"]


class TestInvitationSend:
    def test_records_the_invitation_and_mails_one_link_after_commit(
        self, event, facilitator, government_org, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            invitation = invite(event, facilitator, government_org, role=Role.CORE_GROUP)
            assert mail.outbox == []  # nothing leaves before the commit

        assert len(callbacks) == 1
        stored = Invitation.objects.get(pk=invitation.pk)
        assert stored.email == "amina.okello@example.org"
        assert stored.role == Role.CORE_GROUP
        assert stored.organisation == government_org
        assert stored.invited_by == facilitator
        assert stored.is_pending
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["amina.okello@example.org"]
        assert message.subject == f"Invitation: {event.title}"
        assert services.invitation_from_token(token_from_outbox()) == stored

    def test_expires_after_the_configured_days(self, event, facilitator, government_org, settings):
        settings.CDFACIL_INVITATION_MAX_AGE_DAYS = 5

        invitation = invite(event, facilitator, government_org)

        expected = timezone.now() + datetime.timedelta(days=5)
        assert abs(invitation.expires_at - expected) < datetime.timedelta(minutes=1)

    def test_a_new_invitation_withdraws_the_pending_one(self, event, facilitator, government_org):
        first = invite(event, facilitator, government_org)

        second = invite(event, facilitator, government_org, email="AMINA.okello@example.org")

        first.refresh_from_db()
        assert first.revoked_at is not None
        assert second.is_pending

    def test_a_participant_cannot_be_invited_again(self, event, facilitator, government_org):
        with pytest.raises(ValidationError) as caught:
            invite(event, facilitator, government_org, email=facilitator.email.upper())

        assert "already takes part in this event" in field_messages(caught.value, "email")
        assert not Invitation.objects.exists()

    def test_a_third_existing_development_partner_is_refused_as_core_group(
        self, event, facilitator, partner_org, add_core_member
    ):
        add_core_member(event, partner_org)
        add_core_member(event, partner_org)
        known = UserFactory(organisation=partner_org, email="jonas@example.org")

        with pytest.raises(ValidationError) as caught:
            invite(event, facilitator, partner_org, role=Role.CORE_GROUP, email=known.email)

        assert "At most 2 may come from development partners" in field_messages(
            caught.value, "role"
        )
        assert not Invitation.objects.exists()
        assert mail.outbox == []

    def test_a_third_new_development_partner_is_refused_as_core_group(
        self, event, facilitator, partner_org, add_core_member
    ):
        # A person without an account: the rules are checked on an unsaved User.
        add_core_member(event, partner_org)
        add_core_member(event, partner_org)

        with pytest.raises(ValidationError) as caught:
            invite(event, facilitator, partner_org, role=Role.CORE_GROUP)

        assert "At most 2 may come from development partners" in field_messages(
            caught.value, "role"
        )
        assert not Invitation.objects.exists()

    def test_a_second_new_development_partner_may_be_invited_to_the_core_group(
        self, event, facilitator, partner_org, add_core_member, django_capture_on_commit_callbacks
    ):
        add_core_member(event, partner_org)

        with django_capture_on_commit_callbacks(execute=True):
            invitation = invite(event, facilitator, partner_org, role=Role.CORE_GROUP)

        assert invitation.role == Role.CORE_GROUP
        assert len(mail.outbox) == 1
        user = services.invitation_accept(invitation=invitation)
        assert Participation.objects.get(event=event, user=user).role == Role.CORE_GROUP
        assert event.participations.filter(role=Role.CORE_GROUP).count() == 2


class TestInvitationToken:
    def test_a_good_token_gives_the_invitation(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)

        found = services.invitation_from_token(services.invitation_token(invitation))

        assert found == invitation

    def test_a_tampered_token_is_invalid(self, event, facilitator, government_org):
        token = services.invitation_token(invite(event, facilitator, government_org))
        position = len(token) // 2
        tampered = (
            token[:position] + ("A" if token[position] != "A" else "B") + token[position + 1 :]
        )

        with pytest.raises(InvitationError) as caught:
            services.invitation_from_token(tampered)

        assert caught.value.reason == InvitationError.INVALID == "invalid"

    def test_a_token_signed_for_something_else_is_invalid(self):
        token = signing.dumps({"invitation": 1}, salt="another.purpose")

        with pytest.raises(InvitationError) as caught:
            services.invitation_from_token(token)

        assert caught.value.reason == "invalid"

    def test_a_token_of_a_deleted_invitation_is_invalid(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)
        token = services.invitation_token(invitation)
        invitation.delete()

        with pytest.raises(InvitationError) as caught:
            services.invitation_from_token(token)

        assert caught.value.reason == "invalid"

    def test_a_token_older_than_the_max_age_is_expired(
        self, event, facilitator, government_org, settings, monkeypatch
    ):
        settings.CDFACIL_INVITATION_MAX_AGE_DAYS = 14
        token = services.invitation_token(invite(event, facilitator, government_org))
        later = time.time() + datetime.timedelta(days=15).total_seconds()
        monkeypatch.setattr(signing, "time", types.SimpleNamespace(time=lambda: later))

        with pytest.raises(InvitationError) as caught:
            services.invitation_from_token(token)

        assert caught.value.reason == "expired"

    def test_a_token_within_the_max_age_is_accepted(
        self, event, facilitator, government_org, settings, monkeypatch
    ):
        settings.CDFACIL_INVITATION_MAX_AGE_DAYS = 14
        invitation = invite(event, facilitator, government_org)
        token = services.invitation_token(invitation)
        later = time.time() + datetime.timedelta(days=13).total_seconds()
        monkeypatch.setattr(signing, "time", types.SimpleNamespace(time=lambda: later))

        assert services.invitation_from_token(token) == invitation

    def test_an_invitation_past_its_expiry_is_expired(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)
        Invitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - datetime.timedelta(minutes=1)
        )

        with pytest.raises(InvitationError) as caught:
            services.invitation_from_token(services.invitation_token(invitation))

        assert caught.value.reason == "expired"
        with pytest.raises(InvitationError) as caught:
            services.invitation_accept(invitation=invitation)
        assert caught.value.reason == "expired"
        assert not User.objects.filter(email=invitation.email).exists()

    def test_a_used_invitation_cannot_be_used_again(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)
        token = services.invitation_token(invitation)
        services.invitation_accept(invitation=invitation)

        with pytest.raises(InvitationError) as caught:
            services.invitation_from_token(token)
        assert caught.value.reason == "used"

        with pytest.raises(InvitationError) as caught:
            services.invitation_accept(invitation=invitation)
        assert caught.value.reason == "used"

    def test_a_withdrawn_invitation_cannot_be_used(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)
        token = services.invitation_token(invitation)

        services.invitation_withdraw(invitation=invitation)

        with pytest.raises(InvitationError) as caught:
            services.invitation_from_token(token)
        assert caught.value.reason == "withdrawn"
        with pytest.raises(InvitationError) as caught:
            services.invitation_accept(invitation=invitation)
        assert caught.value.reason == "withdrawn"
        assert not User.objects.filter(email=invitation.email).exists()

    def test_an_accepted_invitation_cannot_be_withdrawn(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)
        services.invitation_accept(invitation=invitation)

        # `invitation` was loaded before the acceptance, as by a page opened earlier.
        with pytest.raises(ValidationError) as caught:
            services.invitation_withdraw(invitation=invitation)

        assert caught.value.messages == ["This invitation has already been accepted."]
        invitation.refresh_from_db()
        assert invitation.revoked_at is None


class TestInvitationAccept:
    def test_creates_a_person_without_password_with_the_role(
        self, event, facilitator, government_org
    ):
        invitation = invite(event, facilitator, government_org, role=Role.CORE_GROUP)

        user = services.invitation_accept(invitation=invitation)

        user.refresh_from_db()
        assert user.email == "amina.okello@example.org"
        assert (user.first_name, user.last_name) == ("Amina", "Okello")
        assert user.organisation == government_org
        assert user.has_usable_password() is False
        participation = Participation.objects.get(event=event, user=user)
        assert participation.role == Role.CORE_GROUP
        invitation.refresh_from_db()
        assert invitation.accepted_by == user
        assert invitation.accepted_at is not None

    def test_reuses_the_existing_person_whatever_the_case_of_the_email(
        self, event, facilitator, government_org, civil_society_org
    ):
        existing = UserFactory(email="Amina.Okello@Example.org", organisation=civil_society_org)
        users_before = User.objects.count()
        invitation = invite(event, facilitator, government_org, email="amina.okello@example.org")

        user = services.invitation_accept(invitation=invitation)

        assert user == existing
        assert User.objects.count() == users_before
        assert Participation.objects.get(event=event, user=existing).role == Role.STAKEHOLDER
        existing.refresh_from_db()
        assert existing.organisation == civil_society_org

    def test_an_email_with_an_apostrophe_can_accept(self, event, facilitator, government_org):
        # Regression: the username was the email's local part as is, apostrophe included, and
        # user.full_clean() refused it, so such a person could never accept.
        invitation = invite(
            event,
            facilitator,
            government_org,
            email="patrick.o'neill@example.org",
            full_name="Patrick O'Neill",
        )

        user = services.invitation_accept(invitation=invitation)

        assert user.email == "patrick.o'neill@example.org"
        assert re.fullmatch(r"[\w.@+-]+", user.username)
        assert Participation.objects.filter(event=event, user=user).exists()

    def test_a_username_already_taken_gets_a_suffix(self, event, facilitator, government_org):
        UserFactory(username="amina.okello", email="someone.else@example.org")
        invitation = invite(event, facilitator, government_org)

        user = services.invitation_accept(invitation=invitation)

        assert user.username != "amina.okello"
        assert user.username.startswith("amina.okello-")


# --- Public registration ----------------------------------------------------------------------


@pytest.fixture
def open_event(event):
    event.registration_open = True
    event.save()
    return event


def register(event, **overrides):
    fields = {"full_name": "Brian Ssempa", "email": "brian@example.org"} | overrides
    if "organisation" not in fields and "organisation_name" not in fields:
        fields["organisation"] = OrganisationFactory(kind=Organisation.Kind.CIVIL_SOCIETY)
    return services.registration_submit(event=event, **fields)


class TestRegistrationSubmit:
    def test_a_request_is_stored_pending(self, open_event, civil_society_org):
        registration = register(
            open_event, organisation=civil_society_org, email="  Brian@EXAMPLE.org "
        )

        registration.refresh_from_db()
        assert registration.status == RegistrationRequest.Status.PENDING
        assert registration.organisation == civil_society_org
        assert registration.email == "Brian@example.org"

    def test_refused_when_registration_is_not_open(self, event):
        with pytest.raises(ValidationError) as caught:
            register(event)

        assert caught.value.messages == ["Registration for this event is not open."]
        assert not RegistrationRequest.objects.exists()

    def test_refused_after_the_deadline(self, open_event):
        open_event.registration_deadline = datetime.datetime(2020, 1, 31, 9, 0, tzinfo=UTC)
        open_event.save()

        with pytest.raises(ValidationError) as caught:
            register(open_event)

        # 09:00 UTC is 12:00 in Kampala.
        assert caught.value.messages == ["Registration closed on 31 January 2020, 12:00."]
        assert not RegistrationRequest.objects.exists()

    def test_accepted_before_the_deadline(self, open_event):
        open_event.registration_deadline = timezone.now() + datetime.timedelta(days=1)
        open_event.save()

        assert register(open_event).pk is not None

    def test_refused_when_full_and_a_decline_frees_a_place(self, open_event, facilitator):
        open_event.registration_capacity = 2
        open_event.save()
        first = register(open_event, email="one@example.org")
        register(open_event, email="two@example.org")

        with pytest.raises(ValidationError) as caught:
            register(open_event, email="three@example.org")
        assert caught.value.messages == ["This event is full: all 2 places have been taken."]
        assert open_event.registrations.count() == 2

        services.registration_decline(registration=first, decided_by=facilitator)
        third = register(open_event, email="three@example.org")

        assert third.pk is not None
        assert open_event.registrations.exclude(status="declined").count() == 2

    def test_a_second_request_from_the_same_address_is_refused(self, open_event):
        register(open_event, email="brian@example.org")

        with pytest.raises(ValidationError) as caught:
            register(open_event, email="BRIAN@example.org")

        assert caught.value.message_dict["email"] == [
            "A request from this address is already waiting or was approved."
        ]
        assert open_event.registrations.count() == 1

    def test_the_same_address_may_ask_again_after_a_decline(self, open_event, facilitator):
        first = register(open_event)
        services.registration_decline(registration=first, decided_by=facilitator)

        assert register(open_event).pk != first.pk

    def test_an_organisation_is_required(self, open_event):
        with pytest.raises(ValidationError) as caught:
            register(open_event, organisation=None, organisation_name="")

        assert caught.value.message_dict["organisation"] == [
            "Choose your organisation, or give its name and kind below."
        ]
        assert not RegistrationRequest.objects.exists()

    def test_a_new_organisation_needs_its_kind(self, open_event):
        with pytest.raises(ValidationError) as caught:
            register(open_event, organisation_name="Kampala Youth Health Network")

        assert "organisation_kind" in caught.value.message_dict


class TestRegistrationDecision:
    def test_approving_creates_the_new_organisation_and_invites_a_stakeholder(
        self, open_event, facilitator, django_capture_on_commit_callbacks
    ):
        registration = register(
            open_event,
            organisation_name=" Kampala Youth Health Network ",
            organisation_kind=Organisation.Kind.CIVIL_SOCIETY,
        )

        with django_capture_on_commit_callbacks(execute=True):
            invitation = services.registration_approve(
                registration=registration, decided_by=facilitator, base_url=BASE_URL
            )

        organisation = Organisation.objects.get(name="Kampala Youth Health Network")
        assert organisation.country.code == "UG"
        assert organisation.kind == Organisation.Kind.CIVIL_SOCIETY
        assert invitation.organisation == organisation
        assert invitation.role == Role.STAKEHOLDER
        assert invitation.email == "brian@example.org"
        registration.refresh_from_db()
        assert registration.status == RegistrationRequest.Status.APPROVED
        assert registration.decided_by == facilitator
        assert registration.decided_at is not None
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["brian@example.org"]
        assert services.invitation_from_token(token_from_outbox()) == invitation

    def test_approving_with_a_known_organisation_creates_none(
        self, open_event, facilitator, civil_society_org
    ):
        registration = register(open_event, organisation=civil_society_org)
        organisations_before = Organisation.objects.count()

        invitation = services.registration_approve(
            registration=registration, decided_by=facilitator, base_url=BASE_URL
        )

        assert Organisation.objects.count() == organisations_before
        assert invitation.organisation == civil_society_org

    def test_deciding_twice_is_refused(self, open_event, facilitator):
        registration = register(open_event)
        services.registration_approve(
            registration=registration, decided_by=facilitator, base_url=BASE_URL
        )

        with pytest.raises(ValidationError) as caught:
            services.registration_approve(
                registration=registration, decided_by=facilitator, base_url=BASE_URL
            )
        assert caught.value.messages == ["This request has already been decided."]

        with pytest.raises(ValidationError) as caught:
            services.registration_decline(registration=registration, decided_by=facilitator)
        assert caught.value.messages == ["This request has already been decided."]

        registration.refresh_from_db()
        assert registration.status == RegistrationRequest.Status.APPROVED
        assert Invitation.objects.count() == 1

    def test_declining_records_the_decision_and_sends_nothing(
        self, open_event, facilitator, django_capture_on_commit_callbacks
    ):
        registration = register(open_event)

        with django_capture_on_commit_callbacks(execute=True):
            services.registration_decline(registration=registration, decided_by=facilitator)

        registration.refresh_from_db()
        assert registration.status == RegistrationRequest.Status.DECLINED
        assert registration.decided_by == facilitator
        assert registration.decided_at is not None
        assert not Invitation.objects.exists()
        assert mail.outbox == []

        with pytest.raises(ValidationError):
            services.registration_approve(
                registration=registration, decided_by=facilitator, base_url=BASE_URL
            )


# --- Phases -----------------------------------------------------------------------------------


class TestPhases:
    def test_kick_off_is_refused_without_a_lead(self, event, government_org, add_core_member):
        for _ in range(4):
            add_core_member(event, government_org)

        with pytest.raises(ValidationError) as caught:
            services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        assert caught.value.messages == [
            "The core group has no lead. Mark one core-group member from a government "
            "organisation as lead on the People page."
        ]
        event.refresh_from_db()
        assert event.phase == Event.Phase.PREPARATION

    def test_kick_off_is_refused_with_a_lead_outside_government(self, event, civil_society_org):
        # Written directly: the services would not allow this lead in the first place.
        ParticipationFactory(
            event=event,
            user=UserFactory(organisation=civil_society_org, first_name="Lucy", last_name="Apio"),
            role=Role.CORE_GROUP,
            is_lead=True,
        )

        with pytest.raises(ValidationError) as caught:
            services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        assert caught.value.messages == [
            "The lead of the core group, Lucy Apio, does not belong to a government "
            "organisation; the process is government-led."
        ]

    def test_skipping_a_phase_is_refused(self, event, core_group):
        with pytest.raises(ValidationError) as caught:
            services.event_advance_phase(event=event, to_phase=Event.Phase.CORE_GROUP_WORK)

        assert caught.value.messages == [
            "The event is in the Preparation phase; the next phase is Kick-off."
        ]
        event.refresh_from_db()
        assert event.phase == Event.Phase.PREPARATION

    def test_kick_off_starts_with_a_government_lead(self, event, core_group):
        advanced = services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        assert advanced.phase == Event.Phase.KICK_OFF
        event.refresh_from_db()
        assert event.phase == Event.Phase.KICK_OFF

    def test_kick_off_needs_a_day_one_in_the_agenda(self, event, core_group):
        event.sessions.filter(day=1).delete()

        with pytest.raises(ValidationError) as caught:
            services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        assert caught.value.messages == [
            "Day 1 has no sessions in the agenda. Add the kick-off workshop first."
        ]

    def test_a_closed_event_has_no_further_phase(self, event):
        Event.objects.filter(pk=event.pk).update(phase=Event.Phase.CLOSED)

        with pytest.raises(ValidationError) as caught:
            services.event_advance_phase(event=event, to_phase=Event.Phase.FOLLOW_UP)

        assert caught.value.messages == ["The event is closed; it has no further phase."]

    def test_the_whole_process_runs_through(self, event, core_group):
        for phase in Event.Phase.values[1:]:
            services.event_advance_phase(event=event, to_phase=phase)

        event.refresh_from_db()
        assert event.phase == Event.Phase.CLOSED
        assert services.event_next_phase(event) is None


@pytest.fixture
def custom_guard():
    """A guard for the kick-off that records its calls; removed again after the test."""
    calls = []
    answer = ["The terms of reference are not signed yet."]

    def guard(event):
        calls.append(event.pk)
        return list(answer)

    services.phase_guard_register(Event.Phase.KICK_OFF, guard)
    yield types.SimpleNamespace(calls=calls, answer=answer)
    services._PHASE_GUARDS[Event.Phase.KICK_OFF].remove(guard)


class TestPhaseGuards:
    def test_a_registered_guard_is_consulted(self, event, core_group, custom_guard):
        with pytest.raises(ValidationError) as caught:
            services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        assert caught.value.messages == ["The terms of reference are not signed yet."]
        assert custom_guard.calls == [event.pk]
        event.refresh_from_db()
        assert event.phase == Event.Phase.PREPARATION

    def test_a_satisfied_guard_lets_the_event_through(self, event, core_group, custom_guard):
        custom_guard.answer.clear()

        services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        event.refresh_from_db()
        assert event.phase == Event.Phase.KICK_OFF
        assert custom_guard.calls == [event.pk]

    def test_blockers_list_every_reason(self, event, custom_guard):
        blockers = services.event_phase_blockers(event=event, phase=Event.Phase.KICK_OFF)

        assert len(blockers) == 2
        assert blockers[0].startswith("The core group has no lead.")
        assert blockers[1] == "The terms of reference are not signed yet."


# --- Attendance -------------------------------------------------------------------------------


class TestAttendance:
    def test_records_and_updates_who_was_present(self, event, facilitator, core_group):
        session = day_sessions(event, 2)[0]
        lead, second, third, partner = core_group

        count = services.attendance_record(
            session=session, present_ids={lead.pk, second.pk}, recorded_by=facilitator
        )

        assert count == 2
        assert set(
            Attendance.objects.filter(session=session).values_list("participation_id", "present")
        ) == {(lead.pk, True), (second.pk, True)}
        assert {a.recorded_by for a in Attendance.objects.filter(session=session)} == {facilitator}

        services.attendance_record(
            session=session, present_ids={lead.pk, partner.pk}, recorded_by=facilitator
        )

        assert set(
            Attendance.objects.filter(session=session).values_list("participation_id", "present")
        ) == {(lead.pk, True), (second.pk, False), (partner.pk, True)}
        assert selectors.session_attendance(session=session) is not None

    def test_unknown_participations_are_refused(self, event, facilitator, core_group, make_event):
        session = day_sessions(event, 2)[0]
        elsewhere = facilitation(make_event(title="Education sector"))

        with pytest.raises(ValidationError) as caught:
            services.attendance_record(
                session=session,
                present_ids={core_group[0].pk, elsewhere.pk},
                recorded_by=facilitator,
            )

        assert caught.value.messages == [
            "Some of the people ticked do not take part in this event."
        ]
        assert not Attendance.objects.exists()


# --- Budget -----------------------------------------------------------------------------------


class TestBudget:
    def test_the_currency_is_upper_cased(self, event, partner_org):
        line = BudgetLine(
            event=event,
            category=BudgetLine.Category.TRAVEL,
            funder=partner_org,
            source=BudgetLine.Source.BASKET_FUND,
            amount=Decimal("1250.50"),
            currency="eur",
        )

        services.budget_line_save(line=line)

        line.refresh_from_db()
        assert line.currency == "EUR"
        assert line.amount == Decimal("1250.50")

    @pytest.mark.parametrize("currency", ["US", "USDX", "U$D", "12A", ""])
    def test_a_bad_currency_code_is_refused(self, event, partner_org, currency):
        line = BudgetLine(
            event=event,
            category=BudgetLine.Category.TRAVEL,
            funder=partner_org,
            source=BudgetLine.Source.BASKET_FUND,
            amount=Decimal("10"),
            currency=currency,
        )

        with pytest.raises(ValidationError) as caught:
            services.budget_line_save(line=line)

        assert "currency" in caught.value.message_dict
        assert not BudgetLine.objects.exists()

    def test_a_negative_amount_is_refused(self, event, partner_org):
        line = BudgetLine(
            event=event,
            category=BudgetLine.Category.OTHER,
            funder=partner_org,
            source=BudgetLine.Source.OTHER,
            amount=Decimal("-1.00"),
            currency="USD",
        )

        with pytest.raises(ValidationError) as caught:
            services.budget_line_save(line=line)

        assert caught.value.message_dict["amount"] == ["An amount cannot be negative."]

    def test_totals_per_source_and_currency_and_per_currency(self, event, make_event):
        basket, country = BudgetLine.Source.BASKET_FUND, BudgetLine.Source.COUNTRY_PARTNER
        for source, amount, currency in [
            (basket, "1000.50", "USD"),
            (basket, "499.50", "USD"),
            (basket, "200.00", "EUR"),
            (country, "300.25", "USD"),
            (country, "1500000.00", "UGX"),
        ]:
            BudgetLineFactory(event=event, source=source, amount=Decimal(amount), currency=currency)
        BudgetLineFactory(event=make_event(), amount=Decimal("99999.00"), currency="USD")

        totals = selectors.budget_totals(event=event)

        assert [
            (row["source"], row["source_label"], row["currency"], row["total"])
            for row in totals["by_source"]
        ] == [
            ("basket_fund", "Donor basket fund", "EUR", Decimal("200.00")),
            ("basket_fund", "Donor basket fund", "USD", Decimal("1500.00")),
            ("country_partner", "Country partner", "UGX", Decimal("1500000.00")),
            ("country_partner", "Country partner", "USD", Decimal("300.25")),
        ]
        assert [(row["currency"], row["total"]) for row in totals["by_currency"]] == [
            ("EUR", Decimal("200.00")),
            ("UGX", Decimal("1500000.00")),
            ("USD", Decimal("1800.25")),
        ]
        assert all(isinstance(row["total"], Decimal) for row in totals["by_currency"])

    def test_totals_of_an_event_without_lines_are_empty(self, event):
        assert selectors.budget_totals(event=event) == {"by_source": [], "by_currency": []}


# --- Permissions and visibility ---------------------------------------------------------------


class TestPermissions:
    def test_participants_may_view_and_outsiders_may_not(
        self, event, facilitator, core_group, outsider
    ):
        stakeholder = ParticipationFactory(event=event, role=Role.STAKEHOLDER).user

        assert facilitator.has_perm("events.view_event", event)
        assert core_group[0].user.has_perm("events.view_event", event)
        assert stakeholder.has_perm("events.view_event", event)
        assert not outsider.has_perm("events.view_event", event)
        assert not AnonymousUser().has_perm("events.view_event", event)

    def test_only_facilitators_may_manage(self, event, facilitator, core_group, outsider):
        stakeholder = ParticipationFactory(event=event, role=Role.STAKEHOLDER).user

        assert facilitator.has_perm("events.manage_event", event)
        assert not core_group[0].user.has_perm("events.manage_event", event)
        assert not stakeholder.has_perm("events.manage_event", event)
        assert not outsider.has_perm("events.manage_event", event)

    def test_a_facilitator_of_another_event_may_not_manage_this_one(
        self, event, make_event, outsider
    ):
        make_event(created_by=outsider, title="Water sector")

        assert not outsider.has_perm("events.manage_event", event)
        assert not outsider.has_perm("events.view_event", event)

    def test_an_administrator_may_do_everything(self, event):
        admin = User.objects.create_superuser("root", "root@example.org", "demo")

        assert admin.has_perm("events.view_event", event)
        assert admin.has_perm("events.manage_event", event)

    def test_the_core_group_may_see_the_core_group(self, event, core_group):
        stakeholder = ParticipationFactory(event=event, role=Role.STAKEHOLDER).user

        assert core_group[1].user.has_perm("events.view_core_group", event)
        assert not stakeholder.has_perm("events.view_core_group", event)


class TestVisibility:
    def test_a_person_sees_only_the_events_they_take_part_in(
        self, event, facilitator, government_org, make_event, outsider
    ):
        others = make_event(created_by=outsider, title="Water sector")
        member = UserFactory(organisation=government_org)
        services.participation_add(event=others, user=member, role=Role.STAKEHOLDER)

        assert list(selectors.event_visible_to(user=facilitator)) == [event]
        assert list(selectors.event_visible_to(user=outsider)) == [others]
        visible = selectors.event_visible_to(user=member)
        assert list(visible) == [others]
        assert visible.get().viewer_role == Role.STAKEHOLDER

    def test_the_viewer_role_is_annotated(self, event, facilitator, core_group):
        assert selectors.event_visible_to(user=facilitator).get().viewer_role == Role.FACILITATOR
        lead = core_group[0].user
        assert selectors.event_visible_to(user=lead).get().viewer_role == Role.CORE_GROUP

    def test_anonymous_sees_nothing_and_an_administrator_everything(
        self, event, make_event, outsider
    ):
        others = make_event(created_by=outsider, title="Water sector")
        admin = User.objects.create_superuser("root", "root@example.org", "demo")

        assert list(selectors.event_visible_to(user=AnonymousUser())) == []
        assert set(selectors.event_visible_to(user=admin)) == {event, others}

    def test_the_annotated_role_drives_the_permissions(self, event, facilitator, core_group):
        seen_by_facilitator = selectors.event_visible_to(user=facilitator).get()
        member = core_group[1].user
        seen_by_member = selectors.event_visible_to(user=member).get()

        assert facilitator.has_perm("events.manage_event", seen_by_facilitator)
        assert member.has_perm("events.view_event", seen_by_member)
        assert not member.has_perm("events.manage_event", seen_by_member)

    def test_a_role_annotated_for_one_person_grants_nothing_to_another(
        self, event, facilitator, outsider
    ):
        # Regression: `_role` trusted `event.viewer_role` whoever asked.
        seen_by_facilitator = selectors.event_visible_to(user=facilitator).get()

        assert not outsider.has_perm("events.manage_event", seen_by_facilitator)
