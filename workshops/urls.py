"""The workshops app's whole URL list."""

from django.urls import path

from workshops.views import evaluation, polls, room

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
    # The room: the projector view and the facilitator's polls
    path("events/<int:event_pk>/room/", room.room, name="room"),
    path("events/<int:event_pk>/room/live/", room.room_live, name="room_live"),
    path("events/<int:event_pk>/room/polls/", polls.poll_list, name="poll_list"),
    path("events/<int:event_pk>/room/polls/new/", polls.poll_create, name="poll_create"),
    path("events/<int:event_pk>/room/polls/<int:pk>/", polls.poll_detail, name="poll_detail"),
    path("events/<int:event_pk>/room/polls/<int:pk>/start/", polls.poll_start, name="poll_start"),
    path("events/<int:event_pk>/room/polls/<int:pk>/stop/", polls.poll_stop, name="poll_stop"),
    # Phones in the room, signed out or not: the join code is the key
    path("room/", room.join, name="join"),
    path("room/<str:code>/", room.phone, name="phone"),
    path("room/<str:code>/live/", room.phone_live, name="phone_live"),
    path("room/<str:code>/polls/<int:pk>/", polls.phone_answer, name="phone_answer"),
]
