"""The event report's chapter of the live polls: every poll put to the room, with its results."""

from cdfacil import reports, services
from workshops.services import polls as poll_services


def test_the_event_report_holds_the_polls_and_their_results(event, make_poll):
    choice = make_poll("single", question="Which matters most?")
    for n, index in enumerate([0, 2, 2]):
        poll_services.poll_answer(poll=choice, phone=f"{n:032x}", choices=[index])
    text = make_poll("text", question="What do you expect?")
    poll_services.poll_answer(poll=text, phone="f" * 32, choices=[], text="Clear roles")
    make_poll("rating", question="Never started", start=False)
    kind = reports.get("event")

    html = services.report_html(kind=kind, subject=event, language="en")
    chapter = html.split("Live polls in the room", 1)[1]
    assert "Which matters most?" in chapter and "3 answers" in chapter
    assert '<td>Funding</td><td class="num">2</td><td class="num">67%</td>' in chapter
    # French puts a no-break space before the per cent sign.
    french = services.report_html(kind=kind, subject=event, language="fr")
    assert '<td class="num">67\xa0%</td>' in french.split("Sondages en direct dans la salle", 1)[1]
    assert "What do you expect?" in chapter and '<svg class="word-cloud"' in chapter
    assert "Never started" not in chapter

    # An answer more changes the report's content, so the report is drawn again.
    before = kind.content(event)
    poll_services.poll_answer(poll=text, phone="e" * 32, choices=[], text="Money")
    assert kind.content(event) != before
    assert kind.content(event)["chapters"]["polls"][1][3] == 2


def test_the_chapter_says_when_no_poll_was_put_to_the_room(event):
    html = services.report_html(kind=reports.get("event"), subject=event, language="fr")
    assert "Aucun sondage n'a été proposé à la salle." in html
