"""Load the demo: three health-sector events in Uganda, in preparation, in core-group work this
week and in follow-up, with their people, agenda, assessment and plan, and the network of
twelve organisations across East Africa they belong to.

Idempotent: running it again keeps what is there and resets the demo passwords to "demo".
The demo itself is built by `builders.demo`.
"""

from django.core.management.base import BaseCommand

from builders.demo.content import DEMO_TITLES, LOGINS
from builders.demo.event import demo_load
from builders.demo.network_content import NETWORK_NAME
from cdfacil.models import User
from events.models import Event
from networks.models import Network


class Command(BaseCommand):
    help = "Load the demo events, their people and their network (idempotent)."

    def handle(self, *args, **options):
        if demo_load():
            self.stdout.write(self.style.SUCCESS("Demo events created."))
        else:
            self.stdout.write("Demo events already present; left as they are.")
        for event in Event.objects.filter(title__in=DEMO_TITLES).order_by("day1"):
            self.stdout.write(
                f"  {event.get_phase_display():<16} day 1 {event.day1:%a %d %b %Y}  {event.title}"
            )
        for network in Network.objects.filter(name=NETWORK_NAME):
            self.stdout.write(
                f"  Network: {network.name}, {network.members.count()} members, "
                f"{network.event_links.count()} events"
            )
        self.stdout.write("\nDemo logins (password for all: demo):")
        for username in LOGINS:
            user = User.objects.select_related("organisation").get(username=username)
            self.stdout.write(f"  {username:<15} {user.display_name}, {user.organisation or '-'}")
