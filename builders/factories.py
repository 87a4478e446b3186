"""factory-boy factories for the core and the events app, used by the tests, the demo and the bench.

`EventFactory` creates events through `events.services.event_create`, so every event it makes
has its facilitator participation, five-day agenda and preparation checklist, exactly as one
made through the site. The other factories write rows directly: use them to set up a state,
and call the services when the rule being tested is the service's own.
"""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from cdfacil.models import Organisation, User
from events.models import BudgetLine, ChecklistItem, Event, Participation, Session
from events.services.event import event_create

DEFAULT_PASSWORD = "demo"


def default_day1() -> datetime.date:
    """Far enough ahead that the whole preparation checklist lies in the future."""
    return timezone.now().date() + datetime.timedelta(days=120)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    acronym = ""
    kind = Organisation.Kind.GOVERNMENT
    country = "UG"


class PartnerOrganisationFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"Development partner {n}")
    kind = Organisation.Kind.DEVELOPMENT_PARTNER


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    organisation = factory.SubFactory(OrganisationFactory)
    password = factory.django.Password(DEFAULT_PASSWORD)


class EventFactory(factory.django.DjangoModelFactory):
    """An event made by `events.services.event_create`; other Event fields are set afterwards."""

    class Meta:
        model = Event

    created_by = factory.SubFactory(UserFactory, organisation__kind=Organisation.Kind.OTHER)
    title = factory.Sequence(lambda n: f"Health sector capacity development {n}")
    sector = "health"
    country = "UG"
    day1 = factory.LazyFunction(default_day1)
    time_zone = "Africa/Kampala"
    language = "en"
    venue = "Kampala Serena"

    _SERVICE_FIELDS = (
        "created_by",
        "title",
        "sector",
        "country",
        "day1",
        "time_zone",
        "language",
        "venue",
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        service_kwargs = {name: kwargs.pop(name) for name in cls._SERVICE_FIELDS if name in kwargs}
        # The model's field is `created_by`; the service calls the actor `by`.
        event = event_create(by=service_kwargs.pop("created_by"), **service_kwargs)
        if kwargs:
            for name, value in kwargs.items():
                setattr(event, name, value)
            event.full_clean()
            event.save()
        return event


class ParticipationFactory(factory.django.DjangoModelFactory):
    """A participation written directly, without the core-group rules of the services."""

    class Meta:
        model = Participation

    event = factory.SubFactory(EventFactory)
    user = factory.SubFactory(UserFactory)
    role = Participation.Role.STAKEHOLDER
    is_lead = False


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    event = factory.SubFactory(EventFactory)
    day = 1
    start_time = datetime.time(14, 0)
    duration_minutes = 60
    title = factory.Sequence(lambda n: f"Session {n}")
    kind = Session.Kind.OTHER
    audience = Session.Audience.CORE_GROUP


class ChecklistItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChecklistItem

    event = factory.SubFactory(EventFactory)
    title = factory.Sequence(lambda n: f"Task {n}")
    due_date = factory.LazyAttribute(lambda item: item.event.day1 - datetime.timedelta(days=7))
    status = ChecklistItem.Status.TODO


class BudgetLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BudgetLine

    event = factory.SubFactory(EventFactory)
    category = BudgetLine.Category.TRAVEL
    description = ""
    funder = factory.SubFactory(PartnerOrganisationFactory)
    source = BudgetLine.Source.BASKET_FUND
    amount = Decimal("1000.00")
    currency = "USD"
