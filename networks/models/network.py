"""A network and its people: member organisations with their representatives, the secretariat
that runs it, the events that belong to it, and the invitations by which people join."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cdfacil.models import Organisation
from events.models.event import validate_time_zone


class Network(models.Model):
    """A multi-donor basket fund's programme, or an umbrella of organisations (seeds 001, 002)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("Deadlines of the network's rounds and reporting periods are in this zone."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        ordering = ["name"]

    def __str__(self):
        return self.name

    # What a report's running header and file name read of its owner (`title`, as an event's).
    @property
    def title(self) -> str:
        return self.name


class NetworkMember(models.Model):
    """A member organisation. A member that leaves is kept, with the date, so what it reported
    stays on record."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="members")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="network_memberships",
    )
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)

    class Meta:
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")
        ordering = ["network", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "organisation"],
                name="network_member_once",
                violation_error_message=_("This organisation is already a member."),
            ),
        ]

    def __str__(self):
        return str(self.organisation)

    @property
    def is_active(self) -> bool:
        return self.left_at is None


class Representative(models.Model):
    """A person who speaks for a member organisation: submits its needs, spreads its points,
    reports on its activities. The person belongs to that organisation."""

    member = models.ForeignKey(
        NetworkMember, on_delete=models.CASCADE, related_name="representatives"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="representations"
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("member representative")
        verbose_name_plural = _("member representatives")
        constraints = [
            models.UniqueConstraint(fields=["member", "user"], name="representative_once"),
        ]

    def __str__(self):
        return f"{self.user} ({self.member})"


class SecretariatSeat(models.Model):
    """A person of the network's secretariat."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="secretariat")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="secretariat_seats"
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("secretariat member")
        verbose_name_plural = _("secretariat members")
        constraints = [
            models.UniqueConstraint(fields=["network", "user"], name="secretariat_seat_once"),
        ]

    def __str__(self):
        return f"{self.user} ({self.network})"


class NetworkEvent(models.Model):
    """An event of the network. An event belongs to one network at most; the events app does
    not know of networks, so the link is kept here."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="event_links")
    event = models.OneToOneField(
        "events.Event", on_delete=models.CASCADE, related_name="network_link"
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        blank=True,
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("event of the network")
        verbose_name_plural = _("events of the network")

    def __str__(self):
        return f"{self.network}: {self.event}"


class NetworkInvitation(models.Model):
    """An invitation to join a network's secretariat, or to represent a member organisation."""

    class Role(models.TextChoices):
        SECRETARIAT = "secretariat", _("Secretariat")
        REPRESENTATIVE = "representative", _("Member representative")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email"))
    full_name = models.CharField(_("full name"), max_length=150)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    # The organisation the representative will speak for (a member, or one that joins with it).
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        blank=True,
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("network invitation")
        verbose_name_plural = _("network invitations")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(role="representative") | Q(organisation__isnull=False),
                name="network_invitation_representative_has_organisation",
            ),
        ]

    def __str__(self):
        return f"{self.full_name} <{self.email}>"
