"""The language of the pages for a signed-in person who chose one."""

from django.utils import translation


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
