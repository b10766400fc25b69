from celery import Celery
from celery.signals import task_postrun, task_prerun
from django.db import close_old_connections

from .startup import load_settings_or_exit

load_settings_or_exit()

app = Celery("training")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
@task_postrun.connect
def end_database_connections(task, **kwargs):
    """Treat a task as Django treats a request: close its database connection only once CONN_MAX_AGE
    has passed or it is broken. Celery would close it after every task (CELERY_DB_REUSE_MAX stops
    that), and a new PostgreSQL connection, with its cold caches, costs more than issuing a certificate."""
    if not task.request.is_eager:  # a task run in the caller's process uses the caller's connection
        close_old_connections()
