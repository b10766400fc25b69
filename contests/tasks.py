from celery import shared_task

from training.tasks import ISSUING, issue_with_retries

from . import certificates
from .entries import finish_overdue_entries
from .models import ContestCertificate, Entry


@shared_task(**ISSUING)
def issue_contest_certificate(self, certificate_id):
    """Issue one contest certificate, as ``training.tasks.issue_certificate`` issues a class's."""
    return issue_with_retries(self, certificates.issue, certificate_id, ContestCertificate)


@shared_task
def sweep_overdue_entries():
    """The periodic sweep: finish every entry left open past its deadline and grace, with the answers
    saved in time, so that the round's ranking counts it."""
    return finish_overdue_entries(Entry.objects.all())
