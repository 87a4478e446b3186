"""Load the default sector capacity framework, published as version 1."""

from django.db import migrations
from django.utils import timezone


def load(apps, schema_editor):
    from assessments import default_framework, scoring

    Framework = apps.get_model("assessments", "Framework")
    FrameworkVersion = apps.get_model("assessments", "FrameworkVersion")
    Level = apps.get_model("assessments", "Level")
    Dimension = apps.get_model("assessments", "Dimension")
    Question = apps.get_model("assessments", "Question")
    if Framework.objects.filter(name=default_framework.NAME).exists():
        return
    content = scoring.framework_content_from_data(default_framework.LEVELS)
    framework = Framework.objects.create(
        name=default_framework.NAME, description=default_framework.DESCRIPTION
    )
    version = FrameworkVersion.objects.create(framework=framework, number=1)
    for level_order, level_data in enumerate(content):
        level = Level.objects.create(
            version=version,
            code=level_data["code"],
            order=level_order,
            name=level_data["name"],
            description=level_data["description"],
        )
        for dimension_order, dimension_data in enumerate(level_data["dimensions"]):
            dimension = Dimension.objects.create(
                level=level,
                code=dimension_data["code"],
                order=dimension_order,
                name=dimension_data["name"],
                description=dimension_data["description"],
            )
            Question.objects.bulk_create(
                Question(
                    dimension=dimension,
                    code=question["code"],
                    order=order,
                    text=question["text"],
                    guidance=question["guidance"],
                    descriptors=question["descriptors"],
                )
                for order, question in enumerate(dimension_data["questions"])
            )
    version.fingerprint = scoring.fingerprint(content)
    version.status = "published"
    version.published_at = timezone.now()
    version.save()


class Migration(migrations.Migration):
    dependencies = [("assessments", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
