"""What the project's middleware and load shedding read of a request before any view runs."""

from django.conf import settings
from django.urls import Resolver404, resolve


def chosen_language(request):
    """The language of the language cookie, if the site has it; else Vietnamese."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def resolve_or_none(path):
    """The view ``path`` leads to (its ``ResolverMatch``), or None for a path that leads nowhere."""
    try:
        return resolve(path)
    except Resolver404:
        return None
