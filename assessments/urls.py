from django.urls import path

from assessments import framework_views, inventory_views, views

app_name = "assessments"

event = "events/<int:event_pk>/assessment/"

urlpatterns = [
    # Frameworks (platform-wide, adapted by facilitators)
    path("frameworks/", framework_views.framework_list, name="framework_list"),
    path("frameworks/versions/<int:pk>/", framework_views.version_detail, name="version_detail"),
    path("frameworks/versions/<int:pk>/copy/", framework_views.version_copy, name="version_copy"),
    path(
        "frameworks/versions/<int:pk>/publish/",
        framework_views.version_publish,
        name="version_publish",
    ),
    path(
        "frameworks/questions/<int:pk>/edit/",
        framework_views.question_edit,
        name="question_edit",
    ),
    path(
        "frameworks/questions/<int:pk>/delete/",
        framework_views.question_delete,
        name="question_delete",
    ),
    path(
        "frameworks/questions/<int:pk>/move/",
        framework_views.question_move,
        name="question_move",
    ),
    path(
        "frameworks/dimensions/<int:pk>/questions/new/",
        framework_views.question_create,
        name="question_create",
    ),
    path(
        "frameworks/levels/<int:pk>/dimensions/new/",
        framework_views.dimension_create,
        name="dimension_create",
    ),
    path(
        "frameworks/dimensions/<int:pk>/delete/",
        framework_views.dimension_delete,
        name="dimension_delete",
    ),
    path(
        "frameworks/dimensions/<int:pk>/move/",
        framework_views.dimension_move,
        name="dimension_move",
    ),
    path(
        "frameworks/dimensions/<int:pk>/edit/",
        framework_views.dimension_edit,
        name="dimension_edit",
    ),
    # Rounds of an event
    path(event, views.round_list, name="round_list"),
    path(event + "rounds/new/", views.round_create, name="round_create"),
    path(event + "rounds/<int:pk>/consensus/", views.consensus, name="consensus"),
    path(
        event + "rounds/<int:pk>/consensus/<int:question_pk>/",
        views.consensus_question,
        name="consensus_question",
    ),
    path(event + "rounds/<int:pk>/results/", views.results, name="results"),
    path(event + "responses/<int:pk>/", views.response_form, name="response"),
    path(
        event + "responses/<int:pk>/questions/<int:question_pk>/",
        views.answer_autosave,
        name="answer_autosave",
    ),
    path(event + "responses/<int:pk>/submit/", views.response_submit, name="response_submit"),
    # Capacity-development efforts inventory, and exports of a round
    path(event + "inventory/", inventory_views.inventory, name="inventory"),
    path(event + "inventory/new/", inventory_views.initiative_create, name="initiative_create"),
    path(
        event + "inventory/<int:pk>/edit/",
        inventory_views.initiative_edit,
        name="initiative_edit",
    ),
    path(
        event + "inventory/<int:pk>/delete/",
        inventory_views.initiative_delete,
        name="initiative_delete",
    ),
    path(event + "rounds/<int:pk>/export.xlsx", inventory_views.export_xlsx, name="export_xlsx"),
    path(event + "rounds/<int:pk>/export.csv", inventory_views.export_csv, name="export_csv"),
]
