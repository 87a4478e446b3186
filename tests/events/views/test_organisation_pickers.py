"""Organisation pickers: they search the event's country and the international organisations as
you type, add one in place, work without scripts, and stay small with 3,000 organisations."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bench.synthetic import _organisations
from builders.factories import OrganisationFactory
from cdfacil.models import Organisation
from cdfacil.organisations import INTERNATIONAL
from events.models import Event, Invitation
from tests.events.helpers import url

pytestmark = pytest.mark.django_db

Kind = Organisation.Kind


@pytest.fixture
def world_of_organisations(government_org):
    """Ministries of health of three countries, and an international organisation."""
    return {
        "here": government_org,  # Uganda, like the event
        "kenya": OrganisationFactory(name="Ministry of Health Kenya", country="KE"),
        "tanzania": OrganisationFactory(name="Tanzania Health Ministry", country="TZ"),
        "global": OrganisationFactory(
            name="World Health Organization", acronym="WHO", country=INTERNATIONAL
        ),
    }


def search(client, path, text, **extra):
    params = {"field": "organisation", "id": "id_organisation", "organisation__name": text}
    return client.get(path, {**params, **extra}).content.decode()


def offered(page: str, organisation) -> bool:
    return f'value="{organisation.pk}"' in page


def test_the_search_offers_the_events_country_and_international_ones(
    fclient, event, world_of_organisations
):
    page = search(fclient, url("organisation_search", event), "health")
    here, kenya, tanzania, world = (world_of_organisations[k] for k in world_of_organisations)
    assert offered(page, here) and offered(page, world)
    assert not offered(page, kenya) and not offered(page, tanzania)
    assert "Government, Uganda" in page and "International" in page
    # By acronym too; what was chosen stays ticked, first.
    page = search(fclient, url("organisation_search", event), "wh", organisation=here.pk)
    assert offered(page, world) and page.index(f'value="{here.pk}"') < page.index("WHO")
    assert f'value="{here.pk}" id="id_organisation-{here.pk}" checked' in page
    # An organisation of another country cannot be slipped in as chosen.
    page = search(fclient, url("organisation_search", event), "", organisation=kenya.pk)
    assert not offered(page, kenya)


def test_a_name_typed_without_scripts_chooses_the_organisation(
    fclient, event, world_of_organisations
):
    data = {"full_name": "Ann Other", "email": "ann@example.org", "role": "stakeholder"}
    response = fclient.post(
        url("invite", event), {**data, "organisation__name": "world health organization (who)"}
    )
    assert response.status_code == 302
    assert Invitation.objects.get().organisation == world_of_organisations["global"]
    # Another country's is not offered: said on the page, with what was typed kept.
    response = fclient.post(
        url("invite", event),
        {**data, "email": "bo@example.org", "organisation__name": "Ministry of Health Kenya"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "No organisation called “Ministry of Health Kenya” in the event" in page
    assert 'value="Ministry of Health Kenya"' in page
    assert Invitation.objects.count() == 1


def test_an_organisation_is_added_in_place_and_chosen(fclient, event, government_org):
    add = url("organisation_add", event)
    picker = {"field": "members", "id": "id_members", "multiple": "1"}
    page = fclient.post(
        add,
        {
            **picker,
            "members": [government_org.pk],
            "members__new_name": " Uganda  Red Cross Society ",
            "members__new_acronym": "URCS",
            "members__new_kind": Kind.CIVIL_SOCIETY,
            "members__new_country": "UG",
        },
    ).content.decode()
    added = Organisation.objects.get(name="Uganda Red Cross Society")
    assert (added.acronym, added.kind, added.country.code) == ("URCS", Kind.CIVIL_SOCIETY, "UG")
    assert "Uganda Red Cross Society (URCS) was added and chosen." in page
    for organisation in (government_org, added):
        assert f'value="{organisation.pk}" id="id_members-{organisation.pk}" checked' in page
    # International, by choice; another country is refused in words.
    fclient.post(
        add,
        {
            **picker,
            "members__new_name": "Global Fund",
            "members__new_kind": Kind.DEVELOPMENT_PARTNER,
            "members__new_country": INTERNATIONAL,
        },
    )
    assert Organisation.objects.get(name="Global Fund").country.code == INTERNATIONAL
    page = fclient.post(
        add,
        {
            **picker,
            "members__new_name": "Kenya Red Cross",
            "members__new_kind": Kind.CIVIL_SOCIETY,
            "members__new_country": "KE",
        },
    ).content.decode()
    assert "An organisation added here is of the event" in page
    assert not Organisation.objects.filter(name="Kenya Red Cross").exists()


def test_stakeholders_search_but_do_not_add(client, event, stakeholder):
    client.force_login(stakeholder)
    assert client.get(url("organisation_search", event)).status_code == 200
    response = client.post(url("organisation_add", event), {"organisation__new_name": "X"})
    assert response.status_code == 403
    assert not Organisation.objects.filter(name="X").exists()


def test_the_public_registration_search_shows_a_few_names_while_open(event, world_of_organisations):
    Event.objects.filter(pk=event.pk).update(registration_open=True)
    path = reverse("events:organisation_search_public", args=[event.public_id])
    anonymous = Client()
    assert not offered(search(anonymous, path, "he"), world_of_organisations["here"])
    page = search(anonymous, path, "health")
    assert offered(page, world_of_organisations["here"])
    assert offered(page, world_of_organisations["global"])
    assert not offered(page, world_of_organisations["kenya"])
    _organisations(7)  # ten of Zambia's: never offered
    Organisation.objects.bulk_create(
        Organisation(name=f"Health centre {n}", kind=Kind.OTHER, country="UG") for n in range(12)
    )
    page = search(anonymous, path, "health")
    assert page.count('type="radio"') <= 8 + 1  # at most eight, and "no organisation chosen"
    Event.objects.filter(pk=event.pk).update(registration_open=False)
    assert not offered(search(anonymous, path, "health"), world_of_organisations["here"])


def measure(client, path) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries), len(response.content)


def test_pickers_stay_small_with_the_benchmarks_3000_organisations(fclient, event, capsys):
    pages = [url("invite", event), url("budget_line_create", event)]
    for page in pages:
        fclient.get(page)  # what a first request caches (content types) is not counted
    before = [measure(fclient, page) for page in pages]
    for index in range(300):  # the benchmark's organisations at 10x: 3,000 in ten countries
        _organisations(index)
    assert Organisation.objects.count() >= 3000
    after = [measure(fclient, page) for page in pages]
    assert after == before
    with capsys.disabled():
        for page, (queries, size) in zip(pages, after, strict=True):
            print(f"\n{page} with 3,000 organisations: {size:,} bytes, {queries} queries")
    # The search answers with at most 20, in the same number of queries.
    found = search(fclient, url("organisation_search", event), "organisation")
    assert 0 < found.count('type="radio"') <= 21
