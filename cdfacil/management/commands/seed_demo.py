"""Load the demo: a health-sector event in Uganda with its people, agenda and preparation.

Idempotent: running it again keeps what is there and resets the demo passwords to "demo".
The demo itself is built by `builders.demo`.
"""

from django.core.management.base import BaseCommand

from builders.demo.content import LOGINS
from builders.demo.event import demo_load
from cdfacil.models import User


class Command(BaseCommand):
    help = "Load the demo event and its people (idempotent)."

    def handle(self, *args, **options):
        if demo_load():
            self.stdout.write(self.style.SUCCESS("Demo event created."))
        else:
            self.stdout.write("Demo event already present; left as it is.")
        self.stdout.write("\nDemo logins (password for all: demo):")
        for username in LOGINS:
            user = User.objects.select_related("organisation").get(username=username)
            self.stdout.write(f"  {username:<13} {user.display_name}, {user.organisation or '-'}")
