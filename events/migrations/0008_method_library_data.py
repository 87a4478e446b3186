"""Load the method library: capacity-development and facilitation methods in four languages."""

from django.db import migrations


def load(apps, schema_editor):
    from events.method_library import METHODS

    Method = apps.get_model("events", "Method")
    for order, (code, family, minutes, name, description, materials) in enumerate(METHODS):
        Method.objects.update_or_create(
            code=code,
            defaults={
                "family": family,
                "duration_minutes": minutes,
                "name": name,
                "description": description,
                "materials": materials,
                "order": order,
            },
        )


def unload(apps, schema_editor):
    from events.method_library import METHODS

    apps.get_model("events", "Method").objects.filter(
        code__in=[method[0] for method in METHODS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("events", "0007_method_library")]

    operations = [migrations.RunPython(load, unload)]
