"""`GET /healthz`: can this process reach the database and the Celery broker, within three seconds?"""

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as CheckTimedOut

from django.db import DEFAULT_DB_ALIAS, connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .celery import app as celery_app

logger = logging.getLogger(__name__)

# The checks run at once and have this long: a load balancer gives up on a health check after a few seconds.
CHECK_SECONDS = 2
# Checks run here, so that one stuck on a database that hangs cannot hold the request past CHECK_SECONDS;
# while the database hangs, stuck checks fill the pool and later ones time out at once, which is the truth.
_checks = ThreadPoolExecutor(max_workers=4, thread_name_prefix="healthz")


def _query_database():
    """A connection of its own, not this request's: it is opened now, so its connect timeout applies, and a
    connection stuck on a hung server is never left to a later request."""
    connection = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    finally:
        connection.close()


def _connect_broker():
    with celery_app.connection_for_write() as broker:
        broker.ensure_connection(max_retries=1, timeout=2)


def _status(name, pending, deadline):
    """ "ok" or "unreachable"; a failure is logged as one line, not a traceback every few seconds."""
    try:
        pending.result(timeout=max(0, deadline - time.monotonic()))
    except CheckTimedOut:
        logger.warning("Health check: %s did not answer within %s s", name, CHECK_SECONDS)
    except Exception as error:
        reason = str(error).strip().splitlines()[:1] or [type(error).__name__]
        logger.warning("Health check: %s unreachable: %s", name, reason[0])
    else:
        return "ok"
    return "unreachable"


@never_cache
@require_GET
def healthz(request):
    deadline = time.monotonic() + CHECK_SECONDS
    pending = {"database": _checks.submit(_query_database), "broker": _checks.submit(_connect_broker)}
    report = {name: _status(name, check, deadline) for name, check in pending.items()}
    healthy = all(value == "ok" for value in report.values())
    response = JsonResponse(report, status=200 if healthy else 503)
    # The failing part is logged above; Django's own "Service Unavailable" line for it would be a second.
    response._has_been_logged = True
    return response
