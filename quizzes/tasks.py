from celery import shared_task

from .attempts import finish_overdue
from .models import Attempt


@shared_task
def finish_overdue_attempts():
    """The periodic sweep: finish every attempt left open past its deadline and grace."""
    return finish_overdue(Attempt.objects.all())
