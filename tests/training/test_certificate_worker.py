"""Certificates issued by real worker processes on the configured broker (Redis in CI): nothing lost,
nothing twice, whatever the broker and the workers do."""

import datetime
import os
import shutil
import signal
from pathlib import Path

import pytest
from celery import current_app
from django.conf import settings
from django.utils import timezone

from tests.conftest import wait_for
from tests.factories import EnrollmentFactory, UserFactory
from tests.threads import at_once
from training.certificates import issuing
from training.models import Certificate
from training.progress import record_completion
from training.tasks import issue_certificate, sweep_certificates

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CERTIFICATES_DIR = Path(settings.STORAGES["certificates"]["OPTIONS"]["location"])


@pytest.fixture(autouse=True)
def empty_certificates_folder():
    shutil.rmtree(CERTIFICATES_DIR, ignore_errors=True)


def files_of(certificate):
    if not CERTIFICATES_DIR.exists():
        return []
    return sorted(
        path.name for path in CERTIFICATES_DIR.iterdir() if path.name.startswith(certificate.serial)
    )


def issued(certificate, worker, timeout=60):
    try:
        wait_for(
            lambda: Certificate.objects.filter(pk=certificate.pk, status=Certificate.Status.ISSUED).exists(),
            timeout=timeout,
        )
    except AssertionError:
        raise AssertionError(f"certificate not issued; worker log:\n{worker.log()}") from None
    return Certificate.objects.get(pk=certificate.pk)


def enrollment(completed_at=None):
    # No role: the trainee group is migrated data, which transactional tests do not keep.
    return EnrollmentFactory(
        trainee=UserFactory(full_name="Nguyễn Thị Ngọc Huyền"), completed_at=completed_at
    )


def test_a_completion_is_issued_by_the_worker_once_it_commits(start_worker):
    worker = start_worker()
    trainee_enrollment = enrollment()

    record_completion(trainee_enrollment)  # autocommit: the completion commits, then it is queued

    certificate = issued(Certificate.objects.get(enrollment=trainee_enrollment), worker)
    assert files_of(certificate) == [f"{certificate.serial}.pdf"]
    assert (CERTIFICATES_DIR / f"{certificate.serial}.pdf").read_bytes().startswith(b"%PDF")


def test_duplicate_deliveries_to_two_worker_processes_give_one_certificate_and_one_file(start_worker):
    worker = start_worker(concurrency=2)
    certificate = issuing.request_certificate(enrollment(completed_at=timezone.now()))
    for _ in range(5):
        issue_certificate.delay(certificate.pk)

    certificate = issued(certificate, worker)
    wait_for(lambda: worker.log().count("succeeded") >= 6, timeout=60)
    assert Certificate.objects.count() == 1
    assert files_of(certificate) == [f"{certificate.serial}.pdf"]


def test_two_completions_racing_yield_one_certificate(start_worker):
    worker = start_worker()
    completed = enrollment(completed_at=timezone.now())
    serials = []

    def complete():
        serials.append(issuing.request_certificate(completed).serial)

    at_once(*[complete] * 4)

    assert len(serials) == 4 and len(set(serials)) == 1
    certificate = issued(Certificate.objects.get(), worker)
    assert files_of(certificate) == [f"{certificate.serial}.pdf"]


def unreachable_broker():
    """Point the app's producers at a port where nothing listens."""
    current_app.conf.broker_write_url = "redis://127.0.0.1:9/0"
    reset_producers()


def reachable_broker():
    current_app.conf.broker_write_url = None
    reset_producers()


def reset_producers():
    current_app._pool = None
    current_app.amqp._producer_pool = None


def test_a_completion_while_the_broker_is_down_is_issued_once_it_is_back(start_worker):
    trainee_enrollment = enrollment()
    unreachable_broker()
    try:
        assert record_completion(trainee_enrollment) is True
    finally:
        reachable_broker()
    trainee_enrollment.refresh_from_db()
    assert trainee_enrollment.completed_at is not None
    certificate = Certificate.objects.get(enrollment=trainee_enrollment)
    assert (certificate.status, certificate.queued_at) == (Certificate.Status.PENDING, None)

    worker = start_worker()
    sweep_certificates.delay()  # what beat sends every minute

    certificate = issued(certificate, worker)
    assert files_of(certificate) == [f"{certificate.serial}.pdf"]


def test_a_worker_killed_while_rendering_leads_after_a_restart_to_exactly_one_certificate(
    start_worker, tmp_path
):
    rendering = tmp_path / "rendering"
    doomed = start_worker(env={"DVK_TEST_SLOW_RENDER": str(rendering)})
    record_completion(enrollment())
    certificate = Certificate.objects.get()
    wait_for(rendering.exists, timeout=60)

    os.killpg(doomed.pid, signal.SIGKILL)
    doomed.wait()
    assert Certificate.objects.get().status == Certificate.Status.PENDING

    worker = start_worker()
    # The sweep queues again what waited too long; here, at once. A redelivery of the lost message
    # would do the same, later.
    issuing.sweep(waited=datetime.timedelta(0))

    certificate = issued(certificate, worker)
    assert Certificate.objects.count() == 1
    assert files_of(certificate) == [f"{certificate.serial}.pdf"]
