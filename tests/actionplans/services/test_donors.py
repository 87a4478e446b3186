"""Pledges: they follow their actions across versions, one per organisation and action, and
donors withdraw their own."""

import threading
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from actionplans.models import Action, PlanVersion, Pledge
from actionplans.selectors.donors import version_funding
from actionplans.services import donors as donor_services
from builders.factories import OrganisationFactory, UserFactory
from cdfacil.models import AuditEntry, Organisation
from tests.actionplans.helpers import endorse_and_publish, make_donor, pledge

pytestmark = pytest.mark.django_db


def donor_pledge(version, action, amount="100"):
    donor = UserFactory(
        is_donor=True, organisation=OrganisationFactory(kind=Organisation.Kind.DEVELOPMENT_PARTNER)
    )
    return donor_services.pledge_save(
        pledge=Pledge(
            action=action,
            version=version,
            donor=donor,
            organisation=donor.organisation,
            amount=amount,
            currency="USD",
        )
    )


def test_pledges_follow_their_actions_to_a_new_version(
    plan, facilitator, core_group, government_org
):
    v1 = endorse_and_publish(plan, facilitator)
    action = Action.objects.get(output__objective__plan=plan)
    donor_pledge(v1, action, "1000")
    v2 = endorse_and_publish(plan, facilitator)
    funding = version_funding(versions=[PlanVersion.objects.get(pk=v2.pk)])[v2.pk]
    assert [(row["currency"], row["pledged"]) for row in funding] == [("USD", 1000)]
    with pytest.raises(ValidationError, match="newer version of this plan"):
        donor_pledge(v1, action, "5")
    assert Pledge.objects.count() == 1


# --- One pledge per organisation and action, and its withdrawal ---------------------------------


def test_saving_the_same_pledge_twice_makes_one_pledge(version, donor):
    action = Action.objects.get(output__objective__plan=version.plan)
    pledge(version, action, donor, "1000")
    again = pledge(version, action, donor, "1500", status="committed")
    stored = Pledge.objects.get()
    assert again.pk == stored.pk
    assert (stored.amount, stored.status) == (Decimal("1500"), "committed")


def test_another_donor_of_the_same_organisation_changes_nothing(version, donor):
    action = Action.objects.get(output__objective__plan=version.plan)
    pledge(version, action, donor, "1000")
    colleague = UserFactory(is_donor=True, organisation=donor.organisation)
    with pytest.raises(ValidationError, match="already pledged"):
        pledge(version, action, colleague, "9")
    assert Pledge.objects.get().amount == Decimal("1000")


def test_the_database_holds_one_pledge_per_organisation_and_action(version, donor):
    action = Action.objects.get(output__objective__plan=version.plan)
    pledge(version, action, donor, "1000")
    fields = {"action": action, "version": version, "donor": donor, "currency": "USD"}
    with pytest.raises(IntegrityError), transaction.atomic():
        Pledge.objects.create(organisation=donor.organisation, amount=1, **fields)


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_five_concurrent_submits_make_one_pledge(require_postgresql, version, donor):
    """Five submits of the same pledge at the same moment (a nervous double-click, times five)."""
    action = Action.objects.get(output__objective__plan=version.plan)
    barrier = threading.Barrier(5)
    outcomes = []

    def submit(amount):
        try:
            barrier.wait(timeout=10)
            pledge(version, action, donor, amount)
            outcomes.append("saved")
        except Exception as error:  # noqa: BLE001
            outcomes.append(type(error).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(f"{100 + n}",)) for n in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert outcomes == ["saved"] * 5
    assert Pledge.objects.filter(action=action, organisation=donor.organisation).count() == 1


def test_a_donor_withdraws_their_pledge_and_the_history_keeps_it(version, donor):
    action = Action.objects.get(output__objective__plan=version.plan)
    kept = pledge(version, action, donor, "1000")

    def pledged():
        funding = version_funding(versions=[version])[version.pk]
        return {row["currency"]: row["pledged"] for row in funding}["USD"]

    assert pledged() == Decimal("1000")
    with pytest.raises(ValidationError, match="only your own pledges"):
        donor_services.pledge_withdraw(pledge=kept, by=make_donor())
    assert Pledge.objects.get().withdrawn_at is None

    donor_services.pledge_withdraw(pledge=kept, by=donor)

    assert pledged() == 0
    stored = Pledge.objects.get()
    assert stored.withdrawn_at is not None and stored.amount == Decimal("1000")
    assert [h.withdrawn_at is not None for h in stored.history.order_by("history_date")] == [
        False,
        True,
    ]
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.PLEDGE_SAVED, details__withdrawn=True, actor=donor
    ).exists()
    with pytest.raises(ValidationError, match="withdrawn"):
        donor_services.pledge_withdraw(pledge=stored, by=donor)
    with pytest.raises(ValidationError, match="withdrawn"):
        stored.amount = Decimal("5")
        donor_services.pledge_save(pledge=stored, by=donor)
    # Pledging again is a new pledge; the withdrawn one stays as it was.
    pledge(version, action, donor, "300")
    assert pledged() == Decimal("300")
    assert Pledge.objects.count() == 2
