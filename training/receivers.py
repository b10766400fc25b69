from django.dispatch import receiver

from .certificates import request_certificate
from .signals import enrollment_completed


@receiver(enrollment_completed)
def issue_certificate_on_completion(sender, enrollment, **kwargs):
    request_certificate(enrollment)
