"""Typed, strict reading of the environment.

A variable that is set but malformed stops start-up with a message naming it, rather than
silently falling back to a default.
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}
_MISSING = object()


def _raw(name, default):
    value = os.environ.get(name)
    if value is None:
        if default is _MISSING:
            raise ImproperlyConfigured(f"Environment variable {name} is required but not set.")
        return None
    return value.strip()


def str_(name, default=_MISSING):
    value = _raw(name, default)
    return default if value is None else value


def bool_(name, default=_MISSING):
    value = _raw(name, default)
    if value is None:
        return default
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise ImproperlyConfigured(f"Environment variable {name}={value!r} is not a boolean (use true or false).")


def int_(name, default=_MISSING):
    value = _raw(name, default)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"Environment variable {name}={value!r} is not a whole number.") from None


def list_(name, default=_MISSING):
    """A comma-separated list; blank items are dropped."""
    value = _raw(name, default)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def database(name, default):
    value = _raw(name, default)
    try:
        return dj_database_url.parse(value or default, conn_max_age=600, conn_health_checks=True)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"Environment variable {name} is not a valid database URL: {error}"
        ) from None


def url(name, default=_MISSING, schemes=("http", "https")):
    value = str_(name, default)
    if value is not None and value.split("://", 1)[0] not in schemes:
        raise ImproperlyConfigured(
            f"Environment variable {name}={value!r} must be a URL starting with {' or '.join(schemes)}://."
        )
    return value
