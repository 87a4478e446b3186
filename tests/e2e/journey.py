"""The people of the browser journey (test_journey), the accounts nobody can create from the
site, and the record the steps share: the browsers open, the pages checked and photographed."""

from dataclasses import dataclass, field

from django.contrib.auth.models import Permission
from django.urls import reverse
from playwright.sync_api import Page, expect

from cdfacil.models import Organisation, User
from tests.e2e.helpers import SIZES

PASSWORD = "Kampala-sunbird-2031"
TIME_ZONE = "Africa/Kampala"
EVENT_TITLE = "Health sector capacity development 2031"
PLAN_TITLE = "Health sector capacity development plan 2031-2033"


@dataclass(frozen=True)
class Invitee:
    key: str
    full_name: str
    email: str
    role: str
    organisation: str
    # The kind of a new organisation, typed in the invitation form; None: chosen from the list.
    kind: str | None


INVITEES = [
    Invitee(
        "lead",
        "Sarah Nakato",
        "sarah.nakato@health.go.ug",
        "core_group",
        "Ministry of Health",
        "government",
    ),
    Invitee(
        "henry",
        "Henry Okello",
        "henry.okello@finance.go.ug",
        "core_group",
        "Ministry of Finance, Planning and Economic Development",
        "government",
    ),
    Invitee(
        "irene",
        "Irene Achieng",
        "irene.achieng@health.go.ug",
        "core_group",
        "Ministry of Health",
        None,
    ),
    Invitee(
        "jonas",
        "Jonas Weber",
        "jonas.weber@giz.de",
        "core_group",
        "Deutsche Gesellschaft für Internationale Zusammenarbeit",
        "development_partner",
    ),
    Invitee(
        "ruth",
        "Ruth Namutebi",
        "ruth.namutebi@unhco.or.ug",
        "stakeholder",
        "Uganda National Health Consumers' Organisation",
        "civil_society",
    ),
    Invitee(
        "peter",
        "Peter Ssali",
        "peter.ssali@uhpa.or.ug",
        "stakeholder",
        "Uganda Healthcare Providers Association",
        "private_sector",
    ),
]
BY_KEY = {invitee.key: invitee for invitee in INVITEES}

# Who scores the assessment, and how: the first RATED questions get (current, desired) from
# the function, the others "don't know". Different scores make a spread for the consensus.
RATED = 4
SCORES = {
    "lead": lambda i: (1 + i % 2, 4),
    "henry": lambda i: (2, 3 + i % 2),
    "jonas": lambda i: (1 + i % 3, 4),
}


@dataclass
class Journey:
    width: int
    language: str
    new_page: object
    check_a11y: object
    shot: object
    facilitator: Page | None = None
    event_pk: int | None = None
    people: dict = field(default_factory=dict)  # invitee key -> their page (own context)
    shots: list = field(default_factory=list)
    checked: set = field(default_factory=set)

    @property
    def size(self) -> tuple[int, int]:
        return SIZES[self.width]

    def open(self) -> Page:
        """A page in a new browser context: a new person's browser."""
        return self.new_page(*self.size, language=self.language)

    def seen(
        self, page: Page, name: str, *, screenshot: str | None = None, full_page: bool = True
    ) -> None:
        """Each page visited is checked by axe, once for each state and role (`name` says which:
        the invitation page of the second core-group member is not checked again); the main
        pages are photographed too."""
        if name not in self.checked:
            self.checked.add(name)
            self.check_a11y(page, name)
        if screenshot:
            self.shots.append(self.shot(page, screenshot, full_page=full_page))

    def says(self, page: Page, text: str) -> None:
        if self.language == "en":
            expect(page.locator("main")).to_contain_text(text)

    def event_url(self, name: str, *args) -> str:
        return reverse(name, args=[self.event_pk, *args])


# --- The accounts nobody can create from the site -------------------------------------------------


def make_accounts():
    facilitation = Organisation.objects.create(
        name="Joint Approach Facilitation Team", kind=Organisation.Kind.OTHER, country="UG"
    )
    facilitator = User.objects.create_user(
        username="hanna",
        email="hanna.lindqvist@example.org",
        password=PASSWORD,
        first_name="Hanna",
        last_name="Lindqvist",
        organisation=facilitation,
    )
    facilitator.user_permissions.add(
        Permission.objects.get(codename="add_event", content_type__app_label="events")
    )
    delegation = Organisation.objects.create(
        name="Delegation of the European Union to Uganda",
        kind=Organisation.Kind.DEVELOPMENT_PARTNER,
        country="UG",
    )
    User.objects.create_user(
        username="marie",
        email="marie.dubois@example.eu",
        password=PASSWORD,
        first_name="Marie",
        last_name="Dubois",
        organisation=delegation,
        is_donor=True,
    )
