"""What the management commands that act on one class (``--class CODE``) share."""

from django.core.management.base import CommandError

from training.models import TrainingClass


def class_with_code(code, classes=TrainingClass.objects):
    """The class of ``classes`` with ``code`` (``TrainingClassQuerySet.with_code``); a code that names
    no class stops the command with a message naming it."""
    training_class = classes.with_code(code).first()
    if training_class is None:
        raise CommandError(f"No class has the code {code!r}.")
    return training_class
