"""The audit trail: every change to an enrolment, an attempt, a certificate or a class is recorded through
Wagtail's log actions with who, when and what, and an organizer reads a class's trail in the admin."""

import datetime
import io
from unittest import mock

import pytest
from django.utils import timezone
from wagtail.log_actions import LogContext

from quizzes.attempts import finish_attempt, start_attempt
from quizzes.tasks import finish_overdue_attempts
from tests.factories import (
    EnrollmentFactory,
    OrganizerFactory,
    QuizFactory,
    TraineeFactory,
    TrainerFactory,
    TrainingClassFactory,
    add_questions,
)
from tests.xlsx import xlsx
from training import audit
from training.certificates import issuing
from training.enrollment.class_code import enroll_with_code
from training.enrollment.importing import import_roster
from training.enrollment.roster import read_roster
from training.models import Certificate, Enrollment, TrainingLogEntry
from training.tasks import issue_certificate

pytestmark = pytest.mark.django_db


def trail(training_class, action=None):
    entries = TrainingLogEntry.objects.filter(training_class_id=training_class.pk).order_by("timestamp", "pk")
    return [entry for entry in entries if action is None or entry.action == action]


@pytest.fixture
def organizer():
    return OrganizerFactory(full_name="Trần Văn Tổ Chức")


@pytest.fixture
def training_class(organizer):
    training_class = TrainingClassFactory(code="DVK-NHAT-KY")
    training_class.organizing_unit.organizers.add(organizer)
    return training_class


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_an_enrollment_added_by_an_organizer_is_recorded_once_with_who_and_whom(
    client, organizer, training_class
):
    trainee = TraineeFactory(full_name="Phạm Thị Học")
    client.force_login(organizer)

    client.post(
        "/admin/snippets/training/enrollment/add/",
        {"training_class": training_class.pk, "trainee": trainee.pk, "unit": "Sở Tư pháp", "position": ""},
    )

    [entry] = trail(training_class)
    assert entry.action == audit.ENROLLMENT_ADDED
    assert entry.user == organizer and entry.trainee_id == trainee.pk
    assert entry.message == "Ghi danh Phạm Thị Học (do Ban tổ chức ghi danh)"
    assert abs(entry.timestamp - timezone.now()) < datetime.timedelta(minutes=1)


def test_imported_enrollments_are_recorded_one_per_trainee_by_the_organizer(organizer, training_class):
    roster = read_roster(
        io.BytesIO(
            xlsx(["Họ và tên", "Email"], ["Lê Văn Một", "mot@example.vn"], ["Lê Văn Hai", "hai@example.vn"])
        ),
        "ds.xlsx",
    )

    with LogContext(user=organizer):
        import_roster(roster, training_class, dry_run=True)
        assert trail(training_class) == []
        import_roster(roster, training_class)

    entries = trail(training_class, audit.ENROLLMENT_ADDED)
    assert [entry.data["trainee_name"] for entry in entries] == ["Lê Văn Một", "Lê Văn Hai"]
    assert {entry.data["source"] for entry in entries} == {"import"}
    assert {entry.user for entry in entries} == {organizer}


def test_a_trainee_who_joins_by_code_is_recorded_as_the_one_who_did_it(training_class):
    trainee = TraineeFactory()

    enroll_with_code(trainee, "dvk-nhat-ky")

    [entry] = trail(training_class)
    assert entry.user == trainee and entry.data["source"] == "self"


def test_removing_an_enrollment_is_recorded_once_and_outlives_it(client, organizer, training_class):
    enrollment = EnrollmentFactory(training_class=training_class, trainee__full_name="Đỗ Văn Rời")
    client.force_login(organizer)

    client.post(f"/admin/snippets/training/enrollment/delete/{enrollment.pk}/")

    assert not Enrollment.objects.filter(pk=enrollment.pk).exists()
    [removed] = trail(training_class, audit.ENROLLMENT_REMOVED)
    assert removed.user == organizer and removed.message == "Đã xóa Đỗ Văn Rời khỏi lớp"
    assert [entry.action for entry in trail(training_class)] == [
        audit.ENROLLMENT_ADDED,
        audit.ENROLLMENT_REMOVED,
    ]


@pytest.fixture
def quiz_enrollment(training_class):
    quiz = QuizFactory(course=training_class.course, pass_mark=60)
    add_questions(quiz.course, 2)
    enrollment = EnrollmentFactory(training_class=training_class, trainee__full_name="Vũ Thị Làm Bài")
    return quiz, enrollment


def test_an_attempt_submitted_by_the_trainee_is_recorded_with_its_score(quiz_enrollment, training_class):
    quiz, enrollment = quiz_enrollment
    attempt = start_attempt(enrollment, quiz)

    finish_attempt(attempt)
    finish_attempt(attempt)  # a second submit finishes nothing

    [entry] = trail(training_class, audit.ATTEMPT_FINISHED)
    assert entry.user == enrollment.trainee and entry.trainee_id == enrollment.trainee_id
    assert entry.message == "Lượt 1 đã nộp: 0%, chưa đạt"


def test_an_attempt_finished_by_the_deadline_sweep_is_recorded_as_the_systems(
    quiz_enrollment, training_class
):
    quiz, enrollment = quiz_enrollment
    attempt = start_attempt(enrollment, quiz)
    attempt.deadline = timezone.now() - datetime.timedelta(hours=1)
    attempt.save()

    finish_overdue_attempts()

    [entry] = trail(training_class, audit.ATTEMPT_FINISHED)
    assert entry.user is None and entry.user_display_name == "hệ thống"
    assert entry.message == "Lượt 1: 0%, chưa đạt; hết giờ, hệ thống tự kết thúc"


@pytest.fixture
def completed(training_class):
    return EnrollmentFactory(
        training_class=training_class, trainee__full_name="Hoàng Thị Đạt", completed_at=timezone.now()
    )


def test_issuing_failing_requeuing_and_revoking_a_certificate_are_each_recorded(
    client, organizer, training_class, completed
):
    with mock.patch.object(issue_certificate, "delay"):
        certificate = issuing.request_certificate(completed)
        issuing.mark_failed(certificate.pk, "OSError: disk full")
        client.force_login(organizer)
        client.post(f"/admin/training/classes/{training_class.pk}/certificates/")
    issuing.issue(certificate.pk)
    client.post(f"/admin/training/certificates/{certificate.pk}/revoke/", {"reason": "Cấp nhầm người"})

    entries = [entry for entry in trail(training_class) if entry.action.startswith("training.certificate")]
    assert [(entry.action, entry.user) for entry in entries] == [
        (audit.CERTIFICATE_FAILED, None),
        (audit.CERTIFICATE_REQUEUED, organizer),
        (audit.CERTIFICATE_ISSUED, None),
        (audit.CERTIFICATE_REVOKED, organizer),
    ]
    serial = certificate.serial
    assert [entry.message for entry in entries] == [
        f"Không cấp được giấy chứng nhận {serial}: OSError: disk full",
        f"Giấy chứng nhận {serial} được đưa vào hàng đợi để cấp lại",
        f"Đã cấp giấy chứng nhận {serial}",
        f"Đã thu hồi giấy chứng nhận {serial}, lý do: Cấp nhầm người",
    ]
    assert {entry.trainee_id for entry in entries} == {completed.trainee_id}
    assert Certificate.objects.get(pk=certificate.pk).status == "revoked"


def class_form(training_class, **changes):
    data = {
        "code": training_class.code,
        "name": training_class.name,
        "course": training_class.course_id,
        "organizing_unit": training_class.organizing_unit_id,
        "trainers": [trainer.pk for trainer in training_class.trainers.all()],
        "starts_on": training_class.starts_on.isoformat(),
        "ends_on": training_class.ends_on.isoformat(),
        "self_enrolment_open": "on" if training_class.self_enrolment_open else "",
        "completion_rule": training_class.completion_rule,
        "certificate_template": "",
        "certificate_prefix": training_class.certificate_prefix,
    }
    return {key: value for key, value in {**data, **changes}.items() if value != ""}


def test_a_change_to_the_class_settings_is_recorded_field_by_field_old_and_new(
    client, organizer, training_class
):
    trainer = TrainerFactory(full_name="Ngô Văn Giảng")
    client.force_login(organizer)

    response = client.post(
        f"/admin/snippets/training/trainingclass/edit/{training_class.pk}/",
        class_form(
            training_class,
            completion_rule="lessons",
            ends_on="2026-12-31",
            trainers=[trainer.pk],
            self_enrolment_open="",
        ),
    )

    assert response.status_code == 302
    [entry] = trail(training_class)
    assert entry.action == audit.CHANGED and entry.user == organizer
    changes = {change["field"]: (change["old"], change["new"]) for change in entry.data["changes"]}
    assert changes == {
        "trainers": ("—", "Ngô Văn Giảng"),
        "ends_on": (training_class.ends_on.strftime("%d/%m/%Y"), "31/12/2026"),
        "self_enrolment_open": ("Có", "Không"),
        "completion_rule": (
            "Học xong mọi bài, và đạt bài kiểm tra của khóa học (nếu có)",
            "Học xong mọi bài",
        ),
    }


def test_saving_a_class_unchanged_records_nothing(client, organizer, training_class):
    client.force_login(organizer)

    client.post(
        f"/admin/snippets/training/trainingclass/edit/{training_class.pk}/", class_form(training_class)
    )

    assert trail(training_class) == []


@pytest.fixture
def busy_class(training_class, completed):
    """A class with two trainees in its trail: one enrolled and completed, one enrolled and removed."""
    EnrollmentFactory(training_class=training_class, trainee__full_name="Bùi Văn Khác").delete()
    with mock.patch.object(issue_certificate, "delay"):
        certificate = issuing.request_certificate(completed)
    issuing.issue(certificate.pk)
    return training_class


def test_an_organizer_reads_the_class_trail_and_filters_it_by_trainee(
    client, organizer, busy_class, completed
):
    client.force_login(organizer)
    url = f"/admin/snippets/training/trainingclass/history/{busy_class.pk}/"

    everything = client.get(url)
    one = client.get(f"{url}?trainee={completed.trainee_id}")

    assert everything.status_code == 200 and one.status_code == 200
    page = everything.content.decode()
    assert "Nhật ký lớp" in page and "Bùi Văn Khác" in page and "Hoàng Thị Đạt" in page
    assert "Đã cấp giấy chứng nhận" in page
    filtered = one.content.decode()
    assert "Đã xóa Bùi Văn Khác khỏi lớp" not in filtered
    assert "Đã cấp giấy chứng nhận" in filtered


def test_the_trail_is_for_the_units_organizers_only(client, busy_class):
    url = f"/admin/snippets/training/trainingclass/history/{busy_class.pk}/"
    trainer = TrainerFactory()
    busy_class.trainers.add(trainer)
    another = OrganizerFactory()
    TrainingClassFactory().organizing_unit.organizers.add(another)

    client.force_login(another)
    assert client.get(url).status_code == 404
    client.force_login(trainer)
    assert client.get(url).status_code == 302


def test_site_history_shows_an_organizer_only_their_units_entries(client, organizer, busy_class):
    another = OrganizerFactory()
    TrainingClassFactory().organizing_unit.organizers.add(another)

    client.force_login(another)
    theirs = client.get("/admin/reports/site-history/")
    client.force_login(organizer)
    ours = client.get("/admin/reports/site-history/")

    assert theirs.status_code == 200 and ours.status_code == 200
    assert "Hoàng Thị Đạt" not in theirs.content.decode()
    assert "Hoàng Thị Đạt" in ours.content.decode()


def test_the_trail_shows_every_trainee_enrolled_by_one_import(client, organizer, training_class):
    roster = read_roster(
        io.BytesIO(
            xlsx(["Họ và tên", "Email"], ["Lê Văn Một", "mot@example.vn"], ["Lê Văn Hai", "hai@example.vn"])
        ),
        "ds.xlsx",
    )
    with LogContext(user=organizer):  # one request: one uuid for every entry
        import_roster(roster, training_class)
    client.force_login(organizer)

    page = client.get(f"/admin/snippets/training/trainingclass/history/{training_class.pk}/").content.decode()

    assert "Ghi danh Lê Văn Một" in page and "Ghi danh Lê Văn Hai" in page


def test_an_enrollments_history_holds_its_trainees_attempts_and_certificate(
    client, organizer, busy_class, completed
):
    client.force_login(organizer)

    page = client.get(f"/admin/snippets/training/enrollment/history/{completed.pk}/").content.decode()

    assert "Ghi danh Hoàng Thị Đạt" in page and "Đã cấp giấy chứng nhận" in page
    assert "Bùi Văn Khác" not in page


def test_a_change_to_an_enrollment_records_its_old_and_new_unit(client, organizer, training_class):
    enrollment = EnrollmentFactory(training_class=training_class, unit="Sở Y tế", position="Chuyên viên")
    client.force_login(organizer)

    client.post(
        f"/admin/snippets/training/enrollment/edit/{enrollment.pk}/",
        {
            "training_class": training_class.pk,
            "trainee": enrollment.trainee_id,
            "unit": "Sở Tư pháp",
            "position": "Chuyên viên",
        },
    )

    [entry] = trail(training_class, audit.CHANGED)
    assert entry.trainee_id == enrollment.trainee_id
    assert entry.message == "Đã thay đổi Đơn vị: Sở Y tế → Sở Tư pháp"
