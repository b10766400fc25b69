from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import DatabaseError

from .certificates import issuing
from .models import Certificate

# Failures worth another try: the database or the storage briefly unavailable (object storage reports
# its client's errors as OSError too, see training/s3_storage.py), a slow render.
TRANSIENT = (DatabaseError, OSError, SoftTimeLimitExceeded)


# How every issuing task runs, whatever the kind of certificate (a contest's too).
ISSUING = {
    "bind": True,
    "acks_late": True,
    "reject_on_worker_lost": True,
    "max_retries": 5,
    "soft_time_limit": 60,
    "time_limit": 90,
}


@shared_task(**ISSUING)
def issue_certificate(self, certificate_id):
    """Issue one certificate. Safe to run twice, late or after a worker was lost (see ``issuing.issue``)."""
    return issue_with_retries(self, issuing.issue, certificate_id)


def issue_with_retries(task, issue, certificate_id, model=Certificate):
    """Run ``issue(certificate_id)`` in ``task``.

    Transient failures are retried with exponential backoff (10 s, 20 s … 160 s), well inside the
    broker's visibility timeout; after the last retry, or on any other error, the certificate (of
    ``model``) is marked failed with the reason, and an organizer can issue it again.
    """
    try:
        return issue(certificate_id)
    except TRANSIENT as error:
        if task.request.retries < task.max_retries:
            raise task.retry(exc=error, countdown=10 * 2**task.request.retries) from error
        issuing.mark_failed(certificate_id, f"{type(error).__name__}: {error}", model)
        raise
    except Exception as error:
        issuing.mark_failed(certificate_id, f"{type(error).__name__}: {error}", model)
        raise


@shared_task
def sweep_certificates():
    """The periodic sweep: certificates for completions the broker never heard of, and pending ones
    that waited too long."""
    return issuing.sweep()
