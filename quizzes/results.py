"""An enrolment's quiz result, by the quiz's grading method over its finished attempts."""

from decimal import Decimal

from .models import Quiz


def attempt_score(fractions):
    """An attempt's score (percent, to the cent) from the fractions its questions earned."""
    fractions = list(fractions)
    if not fractions:
        return Decimal(0)
    return (100 * sum(fractions, Decimal(0)) / len(fractions)).quantize(Decimal("0.01"))


def quiz_result(attempts, grading):
    """The result (percent) over the finished ``attempts``; None before any is finished."""
    scores = [
        attempt.score
        for attempt in sorted(attempts, key=lambda attempt: attempt.number)
        if attempt.finished_at
    ]
    if not scores:
        return None
    if grading == Quiz.Grading.HIGHEST:
        return max(scores)
    if grading == Quiz.Grading.FIRST:
        return scores[0]
    if grading == Quiz.Grading.LAST:
        return scores[-1]
    return (sum(scores) / len(scores)).quantize(Decimal("0.01"))


def quiz_passed(enrollment, quiz):
    result = quiz_result(enrollment.attempts.filter(quiz=quiz).order_by("number"), quiz.grading)
    return result is not None and result >= quiz.pass_mark
