"""What the reminders keep: each reminder sent (so a step is reminded once per period), and who
turned them off."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReminderSent(models.Model):
    """One step reminded to one person in one period of its rule (`events.next_steps`)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders_sent"
    )
    rule = models.CharField(_("rule"), max_length=40)
    # what the step is about, as the rule names it ("pledge:12")
    subject = models.CharField(_("about"), max_length=80)
    # the period's number: days since 1 January 1970 divided by the rule's period in days
    period = models.PositiveIntegerField(_("period"))
    event = models.ForeignKey(
        "events.Event", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    sent_at = models.DateTimeField(_("sent at"))

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "rule", "subject", "period"], name="reminder_once_per_period"
            ),
        ]

    def __str__(self):
        return f"{self.user_id} {self.rule} {self.subject} {self.period}"


class ReminderOptOut(models.Model):
    """The person turned reminders off (from the link in any reminder)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_opt_out"
    )
    created_at = models.DateTimeField(_("turned off at"), auto_now_add=True)

    class Meta:
        verbose_name = _("reminders turned off")
        verbose_name_plural = _("reminders turned off")

    def __str__(self):
        return str(self.user_id)
