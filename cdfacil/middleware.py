"""The language of the pages (a signed-in person's choice; on an event's pages, the event's for
whoever never chose one), and the error page that a person sees when something fails, even on a
development server."""

import logging

from django.conf import settings
from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404
from django.http.multipartparser import MultiPartParserError
from django.utils import translation
from django.views.defaults import server_error

logger = logging.getLogger("django.request")


class UserLanguageMiddleware:
    """After authentication: a person's chosen language (User.language) wins over the browser's
    and the cookie's, so it follows them from device to device. Without a choice, Django's
    LocaleMiddleware has already picked the cookie's or the browser's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        language = getattr(user, "language", "") if user and user.is_authenticated else ""
        if language and language != request.LANGUAGE_CODE:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)


def language_chosen(request) -> bool:
    """Whether the person chose a language: on their account, or with the switcher's cookie.
    A browser's Accept-Language is not a choice."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and getattr(user, "language", ""):
        return True
    return settings.LANGUAGE_COOKIE_NAME in request.COOKIES


def event_language_use(request, *, language: str, keep_own: bool = False) -> None:
    """On a page of an event, whoever never chose a language sees the event's: a ministry's
    staff invited to a French event read French whatever their browser says. `keep_own` (the
    event's facilitators, who work across events) leaves the language as it is."""
    if keep_own or not language or language_chosen(request):
        return
    translation.activate(language)
    request.LANGUAGE_CODE = language


class FriendlyErrorsMiddleware:
    """With DEBUG on (the demo of `make run`), an unexpected error still shows the platform's
    own error page, never a traceback: people try the demo in a workshop room. The traceback
    goes to the log; `CDFACIL_DEBUG_TRACEBACKS=1` brings Django's debug page back for developers.
    With DEBUG off Django shows that page by itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not settings.DEBUG or settings.CDFACIL_DEBUG_TRACEBACKS:
            return None
        # Http404, PermissionDenied and the like have pages of their own.
        if not isinstance(exception, Exception) or _has_own_page(exception):
            return None
        logger.error("Internal Server Error: %s", request.path, exc_info=exception)
        return server_error(request)


def _has_own_page(exception: Exception) -> bool:
    own = (Http404, PermissionDenied, BadRequest, SuspiciousOperation, MultiPartParserError)
    return isinstance(exception, own)
