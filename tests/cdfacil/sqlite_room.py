"""Run as a script: 20 members of one round autosave at the same moment against a SQLite file
database, each in a thread of its own with its own connection, as runserver's threads would.

Prints one JSON line: the status of every request and the answers stored afterwards.
"""

import json
import os
import sys
import threading

import django

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cdfacil.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from assessments.models import Answer, Question  # noqa: E402
from builders.events import event_at_phase  # noqa: E402
from builders.people import participations_add, people  # noqa: E402
from builders.rounds import answered_round  # noqa: E402
from cdfacil.models import Organisation  # noqa: E402
from events.models import Participation  # noqa: E402

MEMBERS = 20


def main() -> None:
    call_command("migrate", verbosity=0)
    event = event_at_phase(phase="core_group_work")
    ministry = Organisation.objects.create(name="Ministry", kind="government", country="UG")
    members = people("room", [ministry], MEMBERS)
    participations_add(event=event, users=members, role=Participation.Role.CORE_GROUP)
    assessment_round = answered_round(event=event, members=members, scores=None, submitted=False)
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    responses = {r.respondent_id: r for r in assessment_round.responses.all()}
    clients = []
    for member in members:
        client = Client(HTTP_HX_REQUEST="true")
        client.force_login(member)
        url = reverse(
            "assessments:answer_autosave",
            args=[event.pk, responses[member.pk].pk, question.pk],
        )
        clients.append((client, url))
    connection.close()
    start = threading.Barrier(MEMBERS)
    statuses = [None] * MEMBERS

    def save(index: int) -> None:
        client, url = clients[index]
        start.wait()
        data = {"kind": "rated", "current": "2", "desired": "3", "evidence": f"member {index}"}
        try:
            statuses[index] = client.post(url, data).status_code
        except Exception as error:  # a server error is what the test looks for
            statuses[index] = f"{type(error).__name__}: {error}"
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(index,)) for index in range(MEMBERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stored = sorted(Answer.objects.filter(question=question).values_list("evidence", flat=True))
    print(json.dumps({"statuses": statuses, "stored": stored}))


if __name__ == "__main__":
    main()
