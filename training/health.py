"""`GET /healthz`: can this process reach the database and the Celery broker?"""

import logging

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .celery import app as celery_app

logger = logging.getLogger(__name__)


def database_status():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        logger.exception("Health check: database unreachable")
        return "unreachable"
    return "ok"


def broker_status():
    try:
        with celery_app.connection_for_write() as broker:
            broker.ensure_connection(max_retries=1, timeout=2)
    except Exception:
        logger.exception("Health check: broker unreachable")
        return "unreachable"
    return "ok"


@never_cache
@require_GET
def healthz(request):
    report = {"database": database_status(), "broker": broker_status()}
    healthy = all(value == "ok" for value in report.values())
    return JsonResponse(report, status=200 if healthy else 503)
