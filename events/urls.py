"""The events app's whole URL list: one line per page, grouped by subdomain."""

from django.urls import path

from events.views import (
    agenda,
    attendance,
    audit,
    bulk_invitations,
    event,
    funding,
    invitations,
    logos,
    methods,
    organisations,
    people,
    preparation,
    registration,
    reminders,
    reports,
)

app_name = "events"

# Every page of one event starts with this; its views receive the loaded event.
E = "events/<int:event_pk>/"

urlpatterns = [
    # Reminders of the next step: turned off from the link in the email, without signing in
    path("reminders/off/<str:token>/", reminders.reminders_off, name="reminders_off"),
    # The event
    path("events/new/", event.event_create, name="create"),
    path("events/time-zone/", event.time_zone_proposal, name="time_zone_proposal"),
    path("methods/", methods.methods, name="methods"),
    path(E, event.event_detail, name="detail"),
    path(E + "edit/", event.event_edit, name="edit"),
    path(E + "phase/", event.event_phase_advance, name="phase_advance"),
    path(E + "phase/back/", event.event_step_back, name="phase_step_back"),
    # Agenda and attendance
    path(E + "agenda/", agenda.agenda, name="agenda"),
    path(E + "agenda/run-sheet/", agenda.run_sheet, name="run_sheet"),
    path(E + "agenda/sessions/new/", agenda.session_create, name="session_create"),
    path(E + "agenda/sessions/<int:pk>/edit/", agenda.session_edit, name="session_edit"),
    path(E + "agenda/sessions/<int:pk>/delete/", agenda.session_delete, name="session_delete"),
    path(E + "agenda/sessions/<int:pk>/move/", agenda.session_move, name="session_move"),
    path(E + "agenda/order/", agenda.agenda_reorder, name="agenda_reorder"),
    path(E + "agenda/sessions/<int:pk>/attendance/", attendance.attendance, name="attendance"),
    path(E + "attendance/", attendance.attendance_days, name="attendance_days"),
    path(E + "attendance/day/<int:day>/", attendance.attendance_day, name="attendance_day"),
    # Preparation
    path(E + "checklist/", preparation.checklist, name="checklist"),
    path(E + "checklist/new/", preparation.checklist_item_create, name="checklist_item_create"),
    path(
        E + "checklist/<int:pk>/edit/", preparation.checklist_item_edit, name="checklist_item_edit"
    ),
    path(
        E + "checklist/<int:pk>/delete/",
        preparation.checklist_item_delete,
        name="checklist_item_delete",
    ),
    path(
        E + "checklist/<int:pk>/status/",
        preparation.checklist_item_status,
        name="checklist_item_status",
    ),
    # People, invitations and registration
    path(E + "people/", people.people, name="people"),
    path(E + "people/<int:pk>/edit/", people.participation_edit, name="participation_edit"),
    path(E + "people/<int:pk>/remove/", people.participation_remove, name="participation_remove"),
    path(E + "people/invite/", invitations.invite, name="invite"),
    path(E + "people/invite-many/", bulk_invitations.invite_many, name="invite_many"),
    path(
        E + "people/invite-many/send/",
        bulk_invitations.invite_many_confirm,
        name="invite_many_confirm",
    ),
    path(
        E + "invitations/<int:pk>/resend/",
        invitations.invitation_resend,
        name="invitation_resend",
    ),
    path(
        E + "invitations/<int:pk>/withdraw/",
        invitations.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path("invitations/<str:token>/", invitations.invitation_accept, name="invitation_accept"),
    path(E + "registration/", registration.registration_settings, name="registration_settings"),
    path(
        E + "registrations/<int:pk>/decide/",
        registration.registration_decide,
        name="registration_decide",
    ),
    path(
        E + "registrations/decide/",
        registration.registration_decide_many,
        name="registration_decide_many",
    ),
    path("register/<uuid:public_id>/", registration.register, name="register"),
    # Organisation pickers
    path(
        E + "organisations/search/",
        organisations.organisation_search_view,
        name="organisation_search",
    ),
    path(E + "logos/", logos.logos, name="logos"),
    path(E + "organisations/add/", organisations.organisation_add_view, name="organisation_add"),
    path(
        "register/<uuid:public_id>/organisations/",
        organisations.organisation_search_public,
        name="organisation_search_public",
    ),
    # Funding
    path(E + "budget/", funding.budget, name="budget"),
    path(E + "budget/new/", funding.budget_line_create, name="budget_line_create"),
    path(E + "budget/<int:pk>/edit/", funding.budget_line_edit, name="budget_line_edit"),
    path(E + "budget/<int:pk>/delete/", funding.budget_line_delete, name="budget_line_delete"),
    # Reports and the audit log
    path(E + "reports/", reports.event_reports, name="reports"),
    path(E + "audit/", audit.event_audit, name="audit"),
]
