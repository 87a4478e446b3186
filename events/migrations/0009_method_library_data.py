"""Load the method library: capacity-development and facilitation methods in four languages."""

from django.db import migrations


def load(apps, schema_editor):
    from events import method_library

    method_library.load(apps.get_model("events", "Method"))


def unload(apps, schema_editor):
    from events.method_library import METHODS

    apps.get_model("events", "Method").objects.filter(
        code__in=[method[0] for method in METHODS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("events", "0008_method_library")]

    operations = [migrations.RunPython(load, unload)]
