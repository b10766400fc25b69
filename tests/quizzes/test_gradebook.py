"""The result the database computes for the dashboard is the result the trainee sees, to the cent."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from quizzes.gradebook import with_results
from quizzes.models import Quiz
from quizzes.results import quiz_result
from tests.factories import AttemptFactory, EnrollmentFactory, QuizFactory
from training.models import Enrollment

pytestmark = pytest.mark.django_db

SCORE_SETS = [
    ["50", "90"],
    ["90", "50"],
    ["70.00", "65.25"],  # mean 67.625: half to even gives 67.62, half up would give 67.63
    ["66.67", "66.66"],  # 66.665 → 66.66
    ["66.67", "66.68"],  # 66.675 → 66.68
    ["100", "0", "0"],  # 33.333… → 33.33
    ["0"],
]


@pytest.mark.parametrize("grading", Quiz.Grading.values)
def test_the_database_result_equals_quiz_result_for_every_grading_method(grading):
    quiz = QuizFactory(grading=grading)
    now = timezone.now()
    expected = {}
    for scores in SCORE_SETS:
        enrollment = EnrollmentFactory(training_class__course=quiz.course)
        attempts = [
            AttemptFactory(
                enrollment=enrollment,
                quiz=quiz,
                number=number,
                started_at=now,
                deadline=now + datetime.timedelta(minutes=20),
                finished_at=now,
                score=Decimal(score),
            )
            for number, score in enumerate(scores, start=1)
        ]
        expected[enrollment.pk] = quiz_result(attempts, grading)

    computed = dict(with_results(Enrollment.objects.all()).values_list("pk", "result"))

    assert computed == expected


def test_an_open_attempt_is_used_but_gives_no_result_and_a_course_without_quiz_gives_none():
    quiz = QuizFactory()
    taking = EnrollmentFactory(training_class__course=quiz.course)
    now = timezone.now()
    AttemptFactory(enrollment=taking, quiz=quiz, number=1, started_at=now, deadline=now)
    without_quiz = EnrollmentFactory()

    rows = {row.pk: row for row in with_results(Enrollment.objects.all())}

    assert (rows[taking.pk].attempts_used, rows[taking.pk].result) == (1, None)
    assert (rows[without_quiz.pk].attempts_used, rows[without_quiz.pk].result) == (0, None)
