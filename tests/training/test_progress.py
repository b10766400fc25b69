"""Enrolment, lessons marked done, progress and the single moment of completion."""

import datetime

import pytest
from django.db import IntegrityError

from tests.factories import (
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
    TraineeFactory,
    TrainingClassFactory,
)
from training.enrollment.class_code import EnrollmentRefused, enroll_with_code
from training.models import Enrollment, LessonCompletion
from training.progress import mark_lesson, progress_of
from training.signals import enrollment_completed

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_with_lessons():
    course = CoursePageFactory()
    lessons = [LessonPageFactory(parent=course, title=f"Bài {n}") for n in range(1, 4)]
    return course, lessons


def test_one_enrollment_per_trainee_and_class_is_a_database_rule():
    enrollment = EnrollmentFactory()

    with pytest.raises(IntegrityError):
        Enrollment.objects.create(training_class=enrollment.training_class, trainee=enrollment.trainee)


def test_marking_lessons_moves_progress_and_undo_moves_it_back(course_with_lessons):
    course, lessons = course_with_lessons
    enrollment = EnrollmentFactory(training_class__course=course)

    mark_lesson(enrollment.trainee, lessons[0], done=True)
    mark_lesson(enrollment.trainee, lessons[0], done=True)  # a double click counts once
    progress = progress_of([enrollment])[enrollment.pk]
    assert (progress.done, progress.total, progress.percent) == (1, 3, 33)
    assert progress.next_lesson.pk == lessons[1].pk

    mark_lesson(enrollment.trainee, lessons[0], done=False)
    assert progress_of([enrollment])[enrollment.pk].done == 0


def test_completing_every_lesson_completes_the_enrollment_exactly_once(
    course_with_lessons, django_capture_on_commit_callbacks
):
    course, lessons = course_with_lessons
    enrollment = EnrollmentFactory(training_class__course=course)
    announced = []
    enrollment_completed.connect(
        lambda sender, enrollment, **kwargs: announced.append(enrollment.pk), weak=False, dispatch_uid="t"
    )

    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            mark_lesson(enrollment.trainee, lesson, done=True)
        mark_lesson(enrollment.trainee, lessons[-1], done=True)

    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None
    assert announced == [enrollment.pk]
    enrollment_completed.disconnect(dispatch_uid="t")


def test_a_trainee_not_enrolled_cannot_mark_a_lesson(course_with_lessons):
    _course, lessons = course_with_lessons

    assert mark_lesson(TraineeFactory(), lessons[0], done=True) == []
    assert not LessonCompletion.objects.exists()


def test_progress_queries_do_not_grow_with_classes(django_assert_max_num_queries):
    trainee = TraineeFactory()
    enrollments = [EnrollmentFactory(trainee=trainee) for _ in range(6)]
    for enrollment in enrollments:
        LessonPageFactory(parent=enrollment.training_class.course)

    with django_assert_max_num_queries(4):  # the enrolments, the courses, their lessons, the completions
        progress_of(list(Enrollment.objects.filter(trainee=trainee).select_related("training_class")))


def test_a_trainee_enrolls_with_an_open_class_code_typed_loosely():
    training_class = TrainingClassFactory(code="DVK-2026-01")
    trainee = TraineeFactory()

    enrollment, created = enroll_with_code(trainee, "  dvk-2026-01 ", unit="Sở Y tế")

    assert created and enrollment.training_class == training_class and enrollment.unit == "Sở Y tế"
    assert enroll_with_code(trainee, "DVK-2026-01")[1] is False


@pytest.mark.parametrize(
    "attributes, code, reason",
    [
        ({}, "KHONG-CO", "unknown"),
        ({"self_enrolment_open": False}, "DVK-X", "closed"),
        (
            {"starts_on": datetime.date(2025, 1, 1), "ends_on": datetime.date(2025, 2, 1)},
            "DVK-X",
            "ended",
        ),
    ],
)
def test_enrollment_by_code_is_refused_for_an_unknown_closed_or_ended_class(attributes, code, reason):
    TrainingClassFactory(code="DVK-X", **attributes)

    with pytest.raises(EnrollmentRefused) as refusal:
        enroll_with_code(TraineeFactory(), code)

    assert refusal.value.reason == reason
    assert not Enrollment.objects.exists()
