from celery import shared_task

from .entries import finish_overdue_entries
from .models import Entry


@shared_task
def sweep_overdue_entries():
    """The periodic sweep: finish every entry left open past its deadline and grace, with the answers
    saved in time, so that the round's ranking counts it."""
    return finish_overdue_entries(Entry.objects.all())
