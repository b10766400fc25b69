from celery import shared_task

from training.tasks import ISSUING, issue_with_retries

from . import certificates
from .models import ContestCertificate


@shared_task(**ISSUING)
def issue_contest_certificate(self, certificate_id):
    """Issue one contest certificate, as ``training.tasks.issue_certificate`` issues a class's."""
    return issue_with_retries(self, certificates.issue, certificate_id, ContestCertificate)
