"""The workshops app's whole URL list."""

from django.urls import path

from workshops.views import evaluation

app_name = "workshops"

evaluations = "events/<int:event_pk>/evaluations/"
one_evaluation = evaluations + "<int:pk>/"

urlpatterns = [
    # Evaluations: the facilitators' pages
    path(evaluations, evaluation.evaluation_list, name="evaluation_list"),
    path(f"{evaluations}new/", evaluation.evaluation_create, name="evaluation_create"),
    path(one_evaluation, evaluation.evaluation_detail, name="evaluation_detail"),
    path(f"{one_evaluation}open/", evaluation.evaluation_open, name="evaluation_open"),
    path(f"{one_evaluation}close/", evaluation.evaluation_close, name="evaluation_close"),
    path(f"{one_evaluation}results/", evaluation.evaluation_results, name="evaluation_results"),
    path(
        f"{one_evaluation}questions/new/",
        evaluation.evaluation_question_create,
        name="evaluation_question_create",
    ),
    path(
        f"{one_evaluation}questions/<int:question_pk>/edit/",
        evaluation.evaluation_question_edit,
        name="evaluation_question_edit",
    ),
    path(
        f"{one_evaluation}questions/<int:question_pk>/delete/",
        evaluation.evaluation_question_delete,
        name="evaluation_question_delete",
    ),
    path("evaluations/compare/", evaluation.evaluation_compare, name="evaluation_compare"),
    # Evaluations: the participants' answer page, by email link or walk-in link
    path("evaluations/answer/<str:token>/", evaluation.evaluation_answer, name="evaluation_answer"),
    path(
        "evaluations/walk-in/<uuid:public_id>/",
        evaluation.evaluation_walk_in,
        name="evaluation_walk_in",
    ),
]
