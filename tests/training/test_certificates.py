"""Issuing certificates: one per completed enrolment, serial numbers, the task's failures, the sweep."""

import datetime
from unittest import mock

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import IntegrityError, OperationalError
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerUnreachable

from tests.factories import (
    CertificateFactory,
    CertificateTemplateFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
    TrainingClassFactory,
)
from training.certificates import issuing
from training.certificates.content import content_of, template_of
from training.models import Certificate, SerialCounter
from training.progress import mark_lesson
from training.storage import certificate_storage
from training.tasks import issue_certificate, sweep_certificates

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path, certificate_files):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def queued():
    """The certificate ids handed to the broker (nothing is sent)."""
    with mock.patch.object(issue_certificate, "delay") as delay:
        yield delay


@pytest.fixture
def completed():
    return EnrollmentFactory(
        trainee__full_name="Nguyễn Thị Ngọc Huyền",
        completed_at=timezone.now(),
        training_class__starts_on=datetime.date(2026, 3, 2),
    )


def test_completing_a_class_queues_its_certificate_only_after_the_commit(
    django_capture_on_commit_callbacks, queued
):
    course = CoursePageFactory()
    lesson = LessonPageFactory(parent=course)
    enrollment = EnrollmentFactory(training_class__course=course, training_class__completion_rule="lessons")

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        mark_lesson(enrollment.trainee, lesson, done=True)
    assert not Certificate.objects.exists() and not queued.called

    for callback in callbacks:
        callback()
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.status == Certificate.Status.PENDING
    assert certificate.queued_at is not None
    queued.assert_called_once_with(certificate.pk)


def test_serial_numbers_follow_each_other_under_the_class_prefix(queued):
    training_class = TrainingClassFactory(starts_on=datetime.date(2026, 3, 2))
    other = TrainingClassFactory(certificate_prefix="BDV-KT")
    serials = [
        issuing.request_certificate(EnrollmentFactory(training_class=cls, completed_at=timezone.now())).serial
        for cls in (training_class, training_class, other, training_class)
    ]

    assert serials == ["DVK-2026-000001", "DVK-2026-000002", "BDV-KT-000001", "DVK-2026-000003"]


def test_verification_codes_are_long_random_and_distinct(queued):
    codes = {
        issuing.request_certificate(EnrollmentFactory(completed_at=timezone.now())).code for _ in range(20)
    }
    assert len(codes) == 20
    assert all(len(code) >= 24 for code in codes)


def test_one_certificate_per_enrollment_is_a_database_rule(completed, queued):
    first = issuing.request_certificate(completed)
    again = issuing.request_certificate(completed)

    assert again == first
    with pytest.raises(IntegrityError):
        CertificateFactory(enrollment=completed, serial="X-000001", code="x")


def test_a_racing_insert_gets_the_existing_certificate_and_gives_back_its_serial(completed, queued):
    winner = issuing.request_certificate(completed)
    lookup = Certificate.objects.filter(enrollment=completed)
    with mock.patch.object(Certificate.objects, "filter", side_effect=[Certificate.objects.none(), lookup]):
        loser, created = issuing.pending_certificate(completed)

    assert (loser, created) == (winner, False)
    assert SerialCounter.reserve(completed.training_class.serial_prefix)[0].endswith("000002")


def test_issuing_for_an_enrollment_that_is_not_complete_is_refused(queued):
    with pytest.raises(issuing.NotCompleted):
        issuing.request_certificate(EnrollmentFactory())
    assert not Certificate.objects.exists()


def test_issuing_stores_one_pdf_under_its_serial_and_tells_the_trainee(completed, queued):
    certificate = issuing.request_certificate(completed)

    with mock.patch("django.db.transaction.on_commit", side_effect=lambda callback: callback()):
        assert issuing.issue(certificate.pk) is True

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    assert certificate.issued_at is not None
    assert certificate.file.name == f"{certificate.serial}.pdf"
    assert certificate_storage().exists(certificate.file.name)
    assert len(mail.outbox) == 1
    assert completed.trainee.email in mail.outbox[0].to
    assert certificate.serial in mail.outbox[0].body
    assert f"/xac-minh/{certificate.code}/" in mail.outbox[0].body


def test_a_second_delivery_changes_nothing(completed, queued):
    certificate = issuing.request_certificate(completed)
    issuing.issue(certificate.pk)
    certificate.refresh_from_db()
    stamp = certificate.issued_at

    assert issuing.issue(certificate.pk) is False
    certificate.refresh_from_db()
    assert certificate.issued_at == stamp
    assert certificate_storage().listdir("")[1].count(f"{certificate.serial}.pdf") == 1


def test_a_file_left_by_a_killed_worker_is_overwritten_not_doubled(completed, queued):
    certificate = issuing.request_certificate(completed)
    name = f"{certificate.serial}.pdf"
    certificate_storage().save(name, ContentFile(b"half"))

    issuing.issue(certificate.pk)

    certificate.refresh_from_db()
    assert certificate.file.name == name
    assert [file for file in certificate_storage().listdir("")[1] if certificate.serial in file] == [
        f"{certificate.serial}.pdf"
    ]
    with certificate_storage().open(name) as file:
        assert file.read() != b"half"


def test_a_revoked_certificate_is_never_reissued(completed, queued):
    certificate = issuing.request_certificate(completed)
    issuing.issue(certificate.pk)
    certificate.refresh_from_db()
    issuing.revoke(certificate, "Cấp nhầm lớp")

    assert issuing.issue(certificate.pk) is False
    certificate.refresh_from_db()
    assert (certificate.status, certificate.reason) == (Certificate.Status.REVOKED, "Cấp nhầm lớp")
    assert certificate.revoked_at is not None


def test_a_broker_that_is_down_leaves_the_completion_and_a_pending_certificate_for_the_sweep(completed):
    with mock.patch.object(issue_certificate, "delay", side_effect=BrokerUnreachable("connection refused")):
        certificate = issuing.request_certificate(completed)
    assert certificate.status == Certificate.Status.PENDING
    assert Certificate.objects.get().queued_at is None

    with mock.patch.object(issue_certificate, "delay") as delay:
        assert sweep_certificates() == 1
    delay.assert_called_once_with(certificate.pk)
    assert Certificate.objects.get().queued_at is not None


def test_the_sweep_gives_forgotten_completions_a_certificate_and_requeues_only_what_waited_too_long(
    queued, settings
):
    settings.CERTIFICATE_REQUEUE_AFTER_SECONDS = 300
    forgotten = EnrollmentFactory(completed_at=timezone.now())
    waiting = issuing.request_certificate(EnrollmentFactory(completed_at=timezone.now()))
    recent = issuing.request_certificate(EnrollmentFactory(completed_at=timezone.now()))
    Certificate.objects.filter(pk=waiting.pk).update(
        queued_at=timezone.now() - datetime.timedelta(minutes=10)
    )
    EnrollmentFactory()  # not complete: no certificate
    queued.reset_mock()

    assert issuing.sweep() == 2

    requeued = {call.args[0] for call in queued.call_args_list}
    assert requeued == {waiting.pk, Certificate.objects.get(enrollment=forgotten).pk}
    assert recent.pk not in requeued
    assert Certificate.objects.count() == 3


def test_the_task_marks_a_certificate_failed_with_the_reason_on_a_lasting_error(completed, queued):
    certificate = issuing.request_certificate(completed)
    with mock.patch.object(issuing, "render_certificate", side_effect=ValueError("ảnh chữ ký hỏng")):
        issue_certificate.apply(args=[certificate.pk])

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.FAILED
    assert "ảnh chữ ký hỏng" in certificate.reason


def test_the_task_retries_a_transient_error_then_gives_up_with_the_reason(completed, queued):
    certificate = issuing.request_certificate(completed)
    with (
        mock.patch.object(issuing, "render_certificate", side_effect=OperationalError("database gone")),
        mock.patch.object(issue_certificate, "retry", side_effect=RuntimeError("retry")) as retry,
    ):
        issue_certificate.apply(args=[certificate.pk])
        certificate.refresh_from_db()
        assert certificate.status == Certificate.Status.PENDING
        assert retry.call_args.kwargs["countdown"] == 10

        issue_certificate.apply(args=[certificate.pk], retries=issue_certificate.max_retries)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.FAILED
    assert "database gone" in certificate.reason


def test_the_certificate_reads_the_class_template_else_the_unit_s_first(completed):
    unit = completed.training_class.organizing_unit
    assert template_of(completed.training_class).issuing_body == unit.name.upper()

    first = CertificateTemplateFactory(
        organizing_unit=unit, name="A", issuing_body="TỈNH ỦY KON TUM\nBAN DÂN VẬN", place="Kon Tum",
        signer_title="TRƯỞNG BAN", signer_name="Lê Thị Mai",
    )  # fmt: skip
    chosen = CertificateTemplateFactory(
        organizing_unit=unit, name="B", issuing_body="SỞ Y TẾ", place="Kon Tum", signer_title="GIÁM ĐỐC",
        signer_name="Y Bình",
    )  # fmt: skip
    assert template_of(completed.training_class) == first
    completed.training_class.certificate_template = chosen
    assert template_of(completed.training_class) == chosen


def test_the_certificate_content_comes_from_the_enrollment(completed, queued):
    issuing.request_certificate(completed)
    certificate = Certificate.objects.select_related(
        "enrollment__trainee", "enrollment__training_class__course"
    ).get()
    certificate.issued_at = timezone.make_aware(datetime.datetime(2026, 9, 16, 23, 30))
    content = content_of(certificate)

    assert content.full_name == "Nguyễn Thị Ngọc Huyền"
    assert content.unit == "Sở Y tế" and content.position == "Chuyên viên"
    assert content.course == completed.training_class.course.title
    assert completed.training_class.code in content.training_class
    assert content.serial == certificate.serial
    assert content.verification_url.endswith(f"/xac-minh/{certificate.code}/")
    assert content.date == datetime.date(2026, 9, 16)  # the day of issue, in Vietnam


def test_issue_certificates_command_ends_with_the_counts(queued):
    training_class = TrainingClassFactory(code="DVK-2026-07")
    for _ in range(3):
        EnrollmentFactory(training_class=training_class, completed_at=timezone.now())
    EnrollmentFactory(training_class=training_class)
    output = mock.Mock(lines=[])

    call_command("issue_certificates", "--class", "dvk-2026-07", stdout=output_stream(output))

    assert output.lines[-1] == "issued: 0, pending: 3, failed: 0"
    assert queued.call_count == 3


def test_issue_certificates_command_waits_for_the_worker(queued):
    training_class = TrainingClassFactory(code="DVK-2026-08")
    EnrollmentFactory(training_class=training_class, completed_at=timezone.now())
    queued.side_effect = issuing.issue
    output = mock.Mock(lines=[])

    call_command("issue_certificates", "--class", "DVK-2026-08", "--wait", stdout=output_stream(output))

    assert output.lines[-1] == "issued: 1, pending: 0, failed: 0"


def test_render_certificate_sample_writes_a_pdf_for_the_class(tmp_path):
    TrainingClassFactory(code="DVK-2026-09")
    target = tmp_path / "mau.pdf"

    call_command(
        "render_certificate_sample", "--class", "DVK-2026-09", "--name", "Đặng Hữu Phước", "-o", target
    )

    assert target.read_bytes().startswith(b"%PDF")


def output_stream(recorder):
    class Stream:
        def write(self, text):
            recorder.lines.extend(line for line in text.splitlines() if line)

        def flush(self):
            pass

    return Stream()


def test_issuing_reads_all_it_prints_in_two_queries(completed, queued, django_assert_num_queries):
    training_class = completed.training_class
    training_class.certificate_template = CertificateTemplateFactory(
        organizing_unit=training_class.organizing_unit, name="A", issuing_body="BAN DÂN VẬN", place="Kon Tum",
        signer_title="TRƯỞNG BAN", signer_name="Lê Thị Mai",
    )  # fmt: skip
    training_class.save()
    certificate = issuing.request_certificate(completed)

    # savepoint, the certificate with its enrolment and trainee, the class with its course, unit and
    # template, the quiz attempts, the update, the audit entry (its content type checked, then
    # inserted), release
    with django_assert_num_queries(8):
        assert issuing.issue(certificate.pk) is True
