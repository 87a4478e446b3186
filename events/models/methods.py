"""The method library: capacity-development and facilitation methods a session picks from.

Its texts are content, stored per language as {"en": "...", "fr": "..."} like the framework's,
and loaded from `events/method_library.py` by a data migration."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def text_in_language(texts: dict, language: str | None = None) -> str:
    """The text in `language` (or the active one), else English, else any."""
    if not isinstance(texts, dict) or not texts:
        return texts or ""
    language = (language or get_language() or "en").split("-")[0]
    return texts.get(language) or texts.get("en") or next(iter(texts.values()))


class Method(models.Model):
    class Family(models.TextChoices):
        CAPACITY_DEVELOPMENT = "capacity_development", _("Capacity-development methods")
        FACILITATION = "facilitation", _("Facilitation methods")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    family = models.CharField(_("family"), max_length=30, choices=Family.choices)
    name = models.JSONField(_("name"), default=dict)
    description = models.JSONField(_("description"), default=dict)
    materials = models.JSONField(_("materials"), default=dict, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("typical duration (minutes)"),
        validators=[MinValueValidator(5), MaxValueValidator(12 * 60)],
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("method")
        verbose_name_plural = _("methods")
        ordering = ["family", "order", "pk"]

    def __str__(self):
        return self.name_text

    @property
    def name_text(self) -> str:
        return text_in_language(self.name)

    @property
    def description_text(self) -> str:
        return text_in_language(self.description)

    @property
    def materials_text(self) -> str:
        return text_in_language(self.materials)
