"""Sign-ins and failed sign-ins go to the audit log."""

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.utils.translation import gettext as _

from cdfacil.models import AuditEntry


def _record(**fields):
    # Imported on first use: the services module pulls in the PDF renderer, which the app
    # registry need not load.
    from cdfacil.services import audit_record

    return audit_record(**fields)


@receiver(user_logged_in, dispatch_uid="cdfacil.audit_login")
def audit_login(sender, request, user, **kwargs):
    _record(
        action=AuditEntry.Action.LOGIN,
        summary=_("%(name)s signed in.") % {"name": user.display_name},
        by=user,
        request=request,
    )


@receiver(user_login_failed, dispatch_uid="cdfacil.audit_login_failed")
def audit_login_failed(sender, credentials, request=None, **kwargs):
    # Only the username: Django masks the password in `credentials`, and nothing else in it
    # belongs in a log.
    username = str(credentials.get("username") or "")[:150]
    _record(
        action=AuditEntry.Action.LOGIN_FAILED,
        summary=_("Failed sign-in as “%(username)s”.") % {"username": username},
        actor_label=username,
        request=request,
    )
