"""A task only the tests queue, to see a real worker process run something to completion."""

from pathlib import Path

from celery import shared_task


@shared_task
def write_marker(path, text):
    Path(path).write_text(text, encoding="utf-8")
