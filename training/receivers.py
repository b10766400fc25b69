from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from quizzes.signals import attempt_finished, passed_by_regrade

from . import audit
from .certificates.issuing import request_certificate
from .models import Certificate
from .progress import complete_if_rule_met
from .signals import enrollment_completed


@receiver(attempt_finished)
def record_finished_attempt(sender, attempt, **kwargs):
    audit.attempt_finished(attempt)
    complete_if_rule_met(attempt.enrollment)


@receiver(passed_by_regrade)
def complete_on_regraded_pass(sender, enrollment, **kwargs):
    complete_if_rule_met(enrollment)


@receiver(enrollment_completed)
def issue_certificate_on_completion(sender, enrollment, **kwargs):
    request_certificate(enrollment)


@receiver(post_delete, sender=Certificate)
def delete_certificate_file(sender, instance, **kwargs):
    """A deleted certificate takes its PDF with it, once the deletion commits (a storage that fails
    then leaves the file behind, logged, and the deletion stands)."""
    if instance.file:
        name, storage = instance.file.name, instance.file.storage
        transaction.on_commit(lambda: storage.delete(name), robust=True)
