from django.contrib import messages
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from common.requests import chosen_language, resolve_or_none


class LanguageCookieMiddleware:
    """Vietnamese first: the language is the one the user chose (the language cookie), else Vietnamese.

    Django's LocaleMiddleware would follow the browser's Accept-Language, and most browsers here
    ship set to English.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = chosen_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", language)
        return response


class OneTimePasswordMiddleware:
    """An account created with a one-time password must choose its own before anything else."""

    ALLOWED = ("password_change", "password_change_done", "logout", "set_language")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.must_change_password:
            match = resolve_or_none(request.path_info)
            if match is None or match.url_name not in self.ALLOWED:
                messages.info(
                    request, _("Welcome! Choose your own password to replace the one-time password.")
                )
                return redirect("password_change")
        return self.get_response(request)
