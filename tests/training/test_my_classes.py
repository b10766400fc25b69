"""Lớp của tôi, lesson access and marking lessons done, seen through the views."""

import pytest

from tests.factories import (
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
    OrganizerFactory,
    TraineeFactory,
    TrainingClassFactory,
)
from training.models import Enrollment, LessonCompletion

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrollment():
    course = CoursePageFactory()
    for n in range(1, 5):
        LessonPageFactory(parent=course, title=f"Bài {n}")
    return EnrollmentFactory(training_class__course=course, training_class__name="Lớp đợt 1")


def test_my_classes_shows_only_my_enrollments_with_progress_and_next_lesson(client, enrollment):
    EnrollmentFactory(training_class__name="Lớp của người khác")
    client.force_login(enrollment.trainee)

    page = client.get("/lop-cua-toi/").content.decode()

    assert "Lớp đợt 1" in page
    assert "Lớp của người khác" not in page
    assert "0 / 4 bài đã học (0%)" in page
    assert "Bắt đầu: Bài 1" in page


def test_a_trainee_joins_a_class_with_its_code(client):
    TrainingClassFactory(code="DVK-2026-07", name="Lớp đợt 7")
    trainee = TraineeFactory()
    client.force_login(trainee)

    response = client.post(
        "/lop-cua-toi/", {"code": "dvk-2026-07", "unit": "  Sở Y tế ", "position": ""}, follow=True
    )

    assert "Bạn đã được ghi danh vào lớp “Lớp đợt 7”" in response.content.decode()
    assert Enrollment.objects.get(trainee=trainee).unit == "Sở Y tế"


def test_a_wrong_code_is_explained_and_enrolls_nobody(client):
    client.force_login(TraineeFactory())

    response = client.post("/lop-cua-toi/", {"code": "KHONG-CO"})

    assert "Không có lớp nào có mã “KHONG-CO”" in response.content.decode()
    assert not Enrollment.objects.exists()


def test_a_lesson_is_for_enrolled_trainees_and_staff(client, enrollment):
    lesson = LessonPageFactory(parent=enrollment.training_class.course)

    assert client.get(lesson.url).status_code == 302  # anonymous: sign in first
    client.force_login(TraineeFactory())
    assert client.get(lesson.url).status_code == 403
    client.force_login(enrollment.trainee)
    assert client.get(lesson.url).status_code == 200
    client.force_login(OrganizerFactory())
    assert client.get(lesson.url).status_code == 200


def test_a_trainee_marks_a_lesson_done_and_can_undo(client, enrollment):
    lesson = enrollment.training_class.course.specific.lessons().first()
    client.force_login(enrollment.trainee)

    page = client.post(f"/bai-hoc/{lesson.pk}/da-hoc/", {"done": "1"}, follow=True).content.decode()
    assert "Bạn đã đánh dấu bài này là đã học" in page
    assert LessonCompletion.objects.filter(enrollment=enrollment, lesson=lesson).exists()

    client.post(f"/bai-hoc/{lesson.pk}/da-hoc/", {"done": "0"})
    assert not LessonCompletion.objects.exists()


def test_someone_not_enrolled_cannot_mark_a_lesson(client, enrollment):
    lesson = enrollment.training_class.course.specific.lessons().first()
    client.force_login(TraineeFactory())

    client.post(f"/bai-hoc/{lesson.pk}/da-hoc/", {"done": "1"})

    assert not LessonCompletion.objects.exists()
