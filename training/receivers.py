from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .certificates.issuing import request_certificate
from .models import Certificate
from .signals import enrollment_completed


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
