"""The default framework's texts in French, Spanish and Portuguese, beside the English.

The texts are content, so the version's fingerprint is computed again over all of them, in the
shape of `services.framework_version_content`.
"""

from django.db import migrations

FIELDS = {"level": ("name", "description"), "dimension": ("name", "description")}


def _with(texts: dict, language: str, value) -> dict:
    return {**texts, language: value} if value and texts else texts


def add_translations(apps, schema_editor):
    from assessments import default_framework, scoring
    from assessments.framework_translations import es, fr, pt

    FrameworkVersion = apps.get_model("assessments", "FrameworkVersion")
    version = FrameworkVersion.objects.filter(
        framework__name=default_framework.NAME, number=1
    ).first()
    if version is None:
        return
    languages = {"fr": fr, "es": es, "pt": pt}
    content = []
    for level in version.levels.order_by("order", "pk"):
        for language, texts in languages.items():
            found = texts.LEVELS.get(level.code, {})
            level.name = _with(level.name, language, found.get("name"))
            level.description = _with(level.description, language, found.get("description"))
        level.save(update_fields=["name", "description"])
        dimensions = []
        for dimension in level.dimensions.order_by("order", "pk"):
            for language, texts in languages.items():
                found = texts.DIMENSIONS.get(dimension.code, {})
                dimension.name = _with(dimension.name, language, found.get("name"))
                dimension.description = _with(
                    dimension.description, language, found.get("description")
                )
            dimension.save(update_fields=["name", "description"])
            questions = []
            for question in dimension.questions.order_by("order", "pk"):
                for language, texts in languages.items():
                    found = texts.QUESTIONS.get(question.code, {})
                    question.text = _with(question.text, language, found.get("text"))
                    question.guidance = _with(question.guidance, language, found.get("guidance"))
                    question.descriptors = _with(
                        question.descriptors, language, found.get("descriptors")
                    )
                question.save(update_fields=["text", "guidance", "descriptors"])
                questions.append(
                    {
                        "code": question.code,
                        "text": question.text,
                        "guidance": question.guidance,
                        "descriptors": question.descriptors,
                    }
                )
            dimensions.append(
                {
                    "code": dimension.code,
                    "name": dimension.name,
                    "description": dimension.description,
                    "questions": questions,
                }
            )
        content.append(
            {
                "code": level.code,
                "name": level.name,
                "description": level.description,
                "dimensions": dimensions,
            }
        )
    version.fingerprint = scoring.fingerprint(content)
    version.save(update_fields=["fingerprint"])


class Migration(migrations.Migration):
    dependencies = [("assessments", "0002_default_framework")]

    operations = [migrations.RunPython(add_translations, migrations.RunPython.noop)]
