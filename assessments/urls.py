"""Every URL of assessments, one block per subdomain in the order of the process."""

from django.urls import path

from assessments.views import answers, consensus, frameworks, inventory, results, rounds

app_name = "assessments"

framework = "frameworks/"
event = "events/<int:event_pk>/assessment/"
assessment_round = event + "rounds/<int:pk>/"
response = event + "responses/<int:pk>/"

urlpatterns = [
    # Frameworks (platform-wide, adapted by facilitators)
    path(framework, frameworks.framework_list, name="framework_list"),
    path(framework + "versions/<int:pk>/", frameworks.version_detail, name="version_detail"),
    path(framework + "versions/<int:pk>/copy/", frameworks.version_copy, name="version_copy"),
    path(
        framework + "versions/<int:pk>/publish/",
        frameworks.framework_version_publish,
        name="version_publish",
    ),
    path(framework + "questions/<int:pk>/edit/", frameworks.question_edit, name="question_edit"),
    path(
        framework + "questions/<int:pk>/delete/", frameworks.question_delete, name="question_delete"
    ),
    path(framework + "questions/<int:pk>/move/", frameworks.question_move, name="question_move"),
    path(
        framework + "dimensions/<int:pk>/questions/new/",
        frameworks.question_create,
        name="question_create",
    ),
    path(
        framework + "levels/<int:pk>/dimensions/new/",
        frameworks.dimension_create,
        name="dimension_create",
    ),
    path(
        framework + "dimensions/<int:pk>/delete/",
        frameworks.dimension_delete,
        name="dimension_delete",
    ),
    path(framework + "dimensions/<int:pk>/move/", frameworks.dimension_move, name="dimension_move"),
    path(framework + "dimensions/<int:pk>/edit/", frameworks.dimension_edit, name="dimension_edit"),
    # Rounds of an event
    path(event, rounds.round_list, name="round_list"),
    path(event + "rounds/new/", rounds.round_create, name="round_create"),
    path(assessment_round + "close/", rounds.round_close, name="round_close"),
    # A member's answers
    path(response, answers.response_form, name="response"),
    path(
        response + "questions/<int:question_pk>/",
        answers.answer_autosave,
        name="answer_autosave",
    ),
    path(response + "submit/", answers.response_submit, name="response_submit"),
    # Consensus
    path(assessment_round + "consensus/", consensus.consensus, name="consensus"),
    path(
        assessment_round + "consensus/<int:question_pk>/",
        consensus.consensus_question,
        name="consensus_question",
    ),
    path(
        assessment_round + "consensus/projector/",
        consensus.consensus_projector_start,
        name="consensus_projector_start",
    ),
    path(
        assessment_round + "consensus/projector/<int:question_pk>/",
        consensus.consensus_projector,
        name="consensus_projector",
    ),
    # Results and exports
    path(assessment_round + "results/", results.results, name="results"),
    path(assessment_round + "export.xlsx", results.export_xlsx, name="export_xlsx"),
    path(assessment_round + "export.csv", results.export_csv, name="export_csv"),
    # Capacity-development efforts inventory
    path(event + "inventory/", inventory.inventory, name="inventory"),
    path(event + "inventory/new/", inventory.initiative_create, name="initiative_create"),
    path(event + "inventory/<int:pk>/edit/", inventory.initiative_edit, name="initiative_edit"),
    path(
        event + "inventory/<int:pk>/delete/", inventory.initiative_delete, name="initiative_delete"
    ),
]
