"""A class's gradebook: for each enrolment, the quiz result by the grading method and the attempts used.

Result and attempts used are SQL expressions (``with_results``), so that the organizers' dashboard
can count, average, sort and filter on them for thousands of trainees without loading a single
attempt. The result equals ``quizzes.results.quiz_result`` to the cent, rounding included (a test holds them
together); the quiz is the course quiz of the enrolment's class.
"""

from decimal import Decimal

from django.db.models import (
    Case,
    Count,
    DecimalField,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Mod, Round
from django.db.models.lookups import Exact, GreaterThan

from .models import Attempt, Quiz

RESULT_FIELD = DecimalField(max_digits=5, decimal_places=2)
COURSE_QUIZ = "training_class__course__quiz"


def with_results(enrollments):
    """``enrollments`` annotated with ``attempts_used`` (every attempt started, finished or not) and
    ``result`` (None before a finished attempt, or when the course has no quiz)."""
    return enrollments.annotate(
        attempts_used=Coalesce(
            Subquery(_attempts().values("enrollment").annotate(count=Count("pk")).values("count")),
            0,
        ),
        result=result_expression(),
    )


def result_expression():
    """The enrolment's result by its quiz's grading method, as ``quiz_result`` computes it."""
    finished = _attempts().filter(finished_at__isnull=False)
    by_grading = {
        Quiz.Grading.HIGHEST: finished.values("enrollment").annotate(result=Max("score")).values("result"),
        Quiz.Grading.FIRST: finished.order_by("number").values("score")[:1],
        Quiz.Grading.LAST: finished.order_by("-number").values("score")[:1],
        Quiz.Grading.AVERAGE: finished.values("enrollment").annotate(result=_average()).values("result"),
    }
    return Case(
        *(
            When(**{f"{COURSE_QUIZ}__grading": grading}, then=Subquery(query, output_field=RESULT_FIELD))
            for grading, query in by_grading.items()
        ),
        default=None,
        output_field=RESULT_FIELD,
    )


def _attempts():
    """The attempts the outer enrolment started at its class's course quiz (a prepared one is not)."""
    return Attempt.objects.filter(
        enrollment=OuterRef("pk"), quiz__course=OuterRef("training_class__course"), started_at__isnull=False
    ).order_by()


def _average():
    """The mean score rounded half to even to the cent, as Decimal.quantize does in ``quiz_result``.

    Worked in whole cents so that SQLite (floats) and PostgreSQL (numeric) round alike: with
    q, r = divmod(total, count), the mean rounds up when 2r > count, or when 2r = count and q is odd.
    """
    total = Sum(Cast(Round(F("score") * 100), IntegerField()))
    count = Count("pk")
    quotient = total / count
    twice_remainder = (total - quotient * count) * 2
    rounded = quotient + Case(
        When(GreaterThan(twice_remainder, count), then=Value(1)),
        When(Exact(twice_remainder, count) & Q(Exact(Mod(quotient, 2), 1)), then=Value(1)),
        default=Value(0),
    )
    return Cast(rounded * Value(Decimal("0.01")), RESULT_FIELD)
