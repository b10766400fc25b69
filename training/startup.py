"""The first thing every entry point does (manage.py, the WSGI application, Celery, gunicorn's master).

Reading the settings up front turns a missing or malformed variable into one line naming it and a
non-zero exit, instead of a traceback in the middle of a worker's start or, under gunicorn, workers
that fail to boot one after the other.
"""

import os
import sys

from django.core.exceptions import ImproperlyConfigured


def choose_settings():
    """The embedded default unless the environment names the settings."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training.settings.dev")


def load_settings_or_exit():
    choose_settings()
    from django.conf import settings

    try:
        settings.INSTALLED_APPS  # noqa: B018 (reading one setting loads them all)
    except ImproperlyConfigured as error:
        sys.exit(f"Dân vận khéo cannot start: {error}")
