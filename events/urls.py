from django.urls import path

from events import audit_views, report_views, views

app_name = "events"

event = "events/<int:event_pk>/"

urlpatterns = [
    path("events/new/", views.event_create, name="create"),
    path(event, views.event_detail, name="detail"),
    path(event + "edit/", views.event_edit, name="edit"),
    path(event + "phase/", views.event_phase_advance, name="phase_advance"),
    path(event + "agenda/", views.agenda, name="agenda"),
    path(event + "agenda/run-sheet/", views.run_sheet, name="run_sheet"),
    path(event + "agenda/sessions/new/", views.session_create, name="session_create"),
    path(event + "agenda/sessions/<int:pk>/edit/", views.session_edit, name="session_edit"),
    path(event + "agenda/sessions/<int:pk>/delete/", views.session_delete, name="session_delete"),
    path(event + "agenda/sessions/<int:pk>/move/", views.session_move, name="session_move"),
    path(event + "agenda/sessions/<int:pk>/attendance/", views.attendance, name="attendance"),
    path(event + "checklist/", views.checklist, name="checklist"),
    path(event + "checklist/new/", views.checklist_item_create, name="checklist_item_create"),
    path(event + "checklist/<int:pk>/edit/", views.checklist_item_edit, name="checklist_item_edit"),
    path(
        event + "checklist/<int:pk>/delete/",
        views.checklist_item_delete,
        name="checklist_item_delete",
    ),
    path(
        event + "checklist/<int:pk>/status/",
        views.checklist_item_status,
        name="checklist_item_status",
    ),
    path(event + "people/", views.people, name="people"),
    path(event + "people/invite/", views.invite, name="invite"),
    path(event + "people/<int:pk>/edit/", views.participation_edit, name="participation_edit"),
    path(
        event + "people/<int:pk>/remove/", views.participation_remove, name="participation_remove"
    ),
    path(
        event + "invitations/<int:pk>/withdraw/",
        views.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path(event + "registration/", views.registration_settings, name="registration_settings"),
    path(
        event + "registrations/<int:pk>/decide/",
        views.registration_decide,
        name="registration_decide",
    ),
    path(event + "budget/", views.budget, name="budget"),
    path(event + "budget/new/", views.budget_line_create, name="budget_line_create"),
    path(event + "budget/<int:pk>/edit/", views.budget_line_edit, name="budget_line_edit"),
    path(event + "budget/<int:pk>/delete/", views.budget_line_delete, name="budget_line_delete"),
    path("register/<uuid:public_id>/", views.register, name="register"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
]

urlpatterns += report_views.urlpatterns
urlpatterns += audit_views.urlpatterns
