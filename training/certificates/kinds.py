"""The kinds of certificate the site issues, verifies, lists and serves: a class's (registered by
``training.apps``) and those another app registers (a contest's, from ``contests.apps``), so that one
queue, one verification page, one lookup by serial number and one "my certificates" page cover them
all while ``training`` imports none of those apps, nor its own tasks.

Each kind is an ``AbstractCertificate`` whose manager offers ``for_display()``, ``held_by(user)`` and
``downloadable_by(user)``, registered with the Celery task that issues it (``issuing.queue`` hands its
pending certificates there).
"""

from ..models import AbstractCertificate

PUBLIC_STATUSES = (AbstractCertificate.Status.ISSUED, AbstractCertificate.Status.REVOKED)

_registered = {}  # kind -> the task that issues it, in the order the apps registered them


def register(model, task):
    _registered[model] = task


def kinds():
    return list(_registered)


def issuing_task(model):
    return _registered[model]


def find_public(**lookup):
    """The issued or revoked certificate of any kind matching ``lookup`` (its code or serial), or None."""
    for model in kinds():
        found = model.objects.for_display().filter(status__in=PUBLIC_STATUSES, **lookup).first()
        if found is not None:
            return found
    return None


def find_downloadable(user, serial):
    for model in kinds():
        found = (
            model.objects.downloadable_by(user)
            .filter(serial=serial, status=AbstractCertificate.Status.ISSUED)
            .first()
        )
        if found is not None:
            return found
    return None


def held_by(user):
    """Every certificate of ``user``, of all kinds, the latest requested first."""
    held = [certificate for model in kinds() for certificate in model.objects.for_display().held_by(user)]
    return sorted(held, key=lambda certificate: certificate.requested_at, reverse=True)
