"""The workshops app's whole URL list."""

from django.urls import path

from workshops.views import polls, room

app_name = "workshops"

urlpatterns = [
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
