"""A class's gradebook: for each enrolment, the quiz result by the grading method, attempts used, pass."""

from dataclasses import dataclass
from decimal import Decimal

from training.models import Enrollment

from .models import Attempt, Quiz
from .results import quiz_result


@dataclass
class GradebookRow:
    enrollment: Enrollment
    result: Decimal | None
    attempts_used: int
    passed: bool


def gradebook(training_class):
    """Rows in trainee order, in three queries whatever the class size; [] when the course has no quiz."""
    quiz = Quiz.objects.filter(course_id=training_class.course_id).first()
    if quiz is None:
        return []
    enrollments = list(training_class.enrollments.select_related("trainee").order_by("trainee__full_name"))
    attempts = {}
    for attempt in Attempt.objects.filter(enrollment__training_class=training_class, quiz=quiz):
        attempts.setdefault(attempt.enrollment_id, []).append(attempt)
    rows = []
    for enrollment in enrollments:
        own = attempts.get(enrollment.pk, [])
        result = quiz_result(own, quiz.grading)
        rows.append(
            GradebookRow(enrollment, result, len(own), result is not None and result >= quiz.pass_mark)
        )
    return rows
