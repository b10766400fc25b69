from celery import Celery
from celery.signals import task_postrun, task_prerun
from django.db import close_old_connections

from .startup import choose_settings, load_settings_or_exit

# Before the app exists, so that Celery's Django fix-up sees the settings module.
choose_settings()

app = Celery("training")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_configure.connect
def read_settings_first(sender, **kwargs):
    """A worker or beat whose environment lacks a variable stops with one line naming it. Importing this
    module reads no setting (training.wsgi must be able to choose some before they are read)."""
    load_settings_or_exit()


@task_prerun.connect
@task_postrun.connect
def end_database_connections(task, **kwargs):
    """Treat a task as Django treats a request: close its database connection only once CONN_MAX_AGE
    has passed or it is broken. Celery would close it after every task (CELERY_DB_REUSE_MAX stops
    that), and a new PostgreSQL connection, with its cold caches, costs more than issuing a certificate."""
    if not task.request.is_eager:  # a task run in the caller's process uses the caller's connection
        close_old_connections()
