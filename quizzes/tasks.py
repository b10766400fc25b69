from datetime import timedelta

from celery import shared_task
from django.apps import apps
from django.utils import timezone

from .attempts import finish_overdue, prepare_attempts
from .models import Attempt

PREPARE_BEFORE_OPENING = timedelta(hours=1)


@shared_task
def finish_overdue_attempts():
    """The periodic sweep: finish every attempt left open past its deadline and grace."""
    return finish_overdue(Attempt.objects.all())


@shared_task
def prepare_opening_attempts():
    """The periodic sweep before exams: prepare the attempts of the running classes whose quiz opens
    within the hour (``prepare_attempts``); returns how many."""
    now = timezone.now()
    today = timezone.localdate(now)
    TrainingClass = apps.get_model("training", "TrainingClass")
    classes = TrainingClass.objects.filter(
        starts_on__lte=today,
        ends_on__gte=today,
        course__quiz__opens_at__gt=now,
        course__quiz__opens_at__lte=now + PREPARE_BEFORE_OPENING,
    )
    return sum(prepare_attempts(training_class, now) for training_class in classes)
