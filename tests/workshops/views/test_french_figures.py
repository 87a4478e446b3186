"""Poll results in French: an average and an average place with a decimal comma."""

from django.urls import reverse

from tests.workshops.conftest import answer


def test_poll_results_in_french(fclient, facilitator, event, room, make_poll, phones):
    facilitator.language = "fr"
    facilitator.save(update_fields=["language"])
    devices = phones(3)
    rating = make_poll("rating", question="Utile ?")
    for phone, value in zip(devices, ["5", "4", "4"], strict=True):
        answer(phone, room, rating, choice=value)
    ranking = make_poll("ranking")  # Ownership, Harmonisation, Funding
    for phone, places in zip(devices, ["231", "321", "132"], strict=True):
        answer(phone, room, ranking, **{f"place_{i}": place for i, place in enumerate(places)})

    def page_of(poll):
        response = fclient.get(reverse("workshops:poll_detail", args=[event.pk, poll.pk]))
        return response.content.decode()

    assert "Moyenne 4,3 sur 5" in page_of(rating)
    ranked = page_of(ranking)
    assert "place moyenne 1,3" in ranked and "place moyenne 2,0" in ranked
    assert "1.3" not in ranked
