"""The embedded default: `make run` on one machine. Only this file carries a not-a-secret key."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-not-a-secret-7c1e0b5f3d9a4e2b8f6c1d0a")
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
os.environ.setdefault("SERVE_MEDIA", "true")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
os.environ.setdefault("SMS_BACKEND", "contests.sms.ConsoleBackend")

from .base import *  # noqa: F403

DEMO_DATA_ALLOWED = True
