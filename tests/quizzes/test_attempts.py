"""Taking a quiz: drawing, saving answers against the server's deadline, finishing once, grading."""

import datetime
from decimal import Decimal
from functools import partial

import pytest
import time_machine
from django.db import IntegrityError
from django.utils import timezone

from quizzes.attempts import QuizRefused, finish_attempt, save_answer, start_attempt
from quizzes.drawing import draw_questions
from quizzes.gradebook import with_results
from quizzes.models import Attempt
from quizzes.results import quiz_result
from quizzes.tasks import finish_overdue_attempts
from tests.factories import AttemptFactory, EnrollmentFactory, LessonPageFactory, QuizFactory, add_questions
from tests.threads import at_once

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 20, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def setup():
    quiz = QuizFactory()
    questions = add_questions(quiz.course, 3)
    enrollment = EnrollmentFactory(
        training_class__course=quiz.course,
        training_class__starts_on=datetime.date(2026, 11, 1),
        training_class__ends_on=datetime.date(2026, 12, 31),
    )
    return quiz, questions, enrollment


def answer_all(attempt, right=True, now=NOW):
    for slot in attempt.slots.select_related("question").prefetch_related("question__options"):
        options = sorted(
            slot.question.options.all(), key=lambda option: -option.weight if right else option.weight
        )
        save_answer(attempt, slot, [options[0].pk], slot.sequence + 1, now=now)


def test_starting_draws_and_fixes_the_questions_and_resuming_returns_the_same_attempt(setup):
    quiz, questions, enrollment = setup

    attempt = start_attempt(enrollment, quiz, now=NOW)

    assert [slot.question_id for slot in attempt.slots.all()] == [question.pk for question in questions]
    assert attempt.deadline == NOW + datetime.timedelta(minutes=20)
    assert start_attempt(enrollment, quiz, now=NOW + datetime.timedelta(minutes=5)) == attempt


def test_one_open_attempt_per_trainee_and_quiz_is_a_database_rule(setup):
    quiz, _questions, enrollment = setup
    start_attempt(enrollment, quiz, now=NOW)

    with pytest.raises(IntegrityError):
        AttemptFactory(enrollment=enrollment, quiz=quiz, number=2, started_at=NOW, deadline=NOW)


def test_questions_are_drawn_evenly_from_each_category(setup):
    quiz, _questions, _enrollment = setup
    add_questions(quiz.course, 3, category="Bài 2")
    quiz.questions_drawn = 4

    drawn = draw_questions(quiz)

    assert sorted(question.category.name for question in drawn) == ["Bài 1", "Bài 1", "Bài 2", "Bài 2"]


def test_a_stale_answer_never_overwrites_a_newer_one(setup):
    quiz, _questions, enrollment = setup
    attempt = start_attempt(enrollment, quiz, now=NOW)
    slot = attempt.slots.select_related("question").first()
    first, second = slot.option_order[:2]

    assert save_answer(attempt, slot, [second], 2, now=NOW)
    later = NOW + datetime.timedelta(seconds=5)
    assert not save_answer(attempt, slot, [first], 1, now=later)  # arrives late, was sent earlier

    slot.refresh_from_db()
    assert (slot.chosen, slot.sequence, slot.answered_at) == ([second], 2, NOW)


def test_an_answer_arriving_while_its_attempt_is_submitted_is_refused_and_the_grade_stands(setup):
    quiz, _questions, enrollment = setup
    attempt = start_attempt(enrollment, quiz, now=NOW)
    answer_all(attempt)
    slot = attempt.slots.select_related("question").first()  # read while the attempt was open
    finish_attempt(Attempt.objects.get(pk=attempt.pk), now=NOW)

    with pytest.raises(QuizRefused) as refusal:
        save_answer(attempt, slot, [slot.option_order[1]], 2, now=NOW)

    assert refusal.value.reason == "finished"
    slot.refresh_from_db()
    assert slot.chosen == [slot.option_order[0]] and slot.fraction == 1
    assert Attempt.objects.get().score == 100


def test_an_answer_after_the_deadline_and_grace_is_refused_and_the_saved_one_kept(setup, settings):
    quiz, _questions, enrollment = setup
    attempt = start_attempt(enrollment, quiz, now=NOW)
    slot = attempt.slots.select_related("question").first()
    save_answer(attempt, slot, [slot.option_order[0]], 1, now=NOW)
    within_grace = attempt.deadline + datetime.timedelta(seconds=settings.QUIZ_ANSWER_GRACE_SECONDS - 1)

    assert save_answer(attempt, slot, [slot.option_order[1]], 2, now=within_grace)
    with pytest.raises(QuizRefused) as refusal:
        save_answer(
            attempt, slot, [slot.option_order[2]], 3, now=attempt.deadline + datetime.timedelta(seconds=61)
        )

    assert refusal.value.reason == "late"
    slot.refresh_from_db()
    assert slot.chosen == [slot.option_order[1]]


@pytest.mark.parametrize("forged", ["other question", "two options"])
def test_a_tampered_answer_is_refused_and_nothing_saved(setup, forged):
    quiz, _questions, enrollment = setup
    attempt = start_attempt(enrollment, quiz, now=NOW)
    first, second = attempt.slots.select_related("question")[:2]
    options = [second.option_order[0]] if forged == "other question" else first.option_order[:2]

    with pytest.raises(QuizRefused):
        save_answer(attempt, first, options, 1, now=NOW)

    first.refresh_from_db()
    assert first.chosen == []


def test_grading_scores_the_attempt_and_passing_completes_the_enrollment(setup):
    quiz, _questions, enrollment = setup
    lesson = LessonPageFactory(parent=quiz.course)
    enrollment.lesson_completions.create(lesson=lesson)
    attempt = start_attempt(enrollment, quiz, now=NOW)
    answer_all(attempt)

    finished = finish_attempt(attempt, now=NOW + datetime.timedelta(minutes=3))

    assert (finished.score, finished.passed) == (Decimal("100.00"), True)
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None


def test_every_lesson_done_is_not_enough_while_the_quiz_is_not_passed(setup):
    quiz, _questions, enrollment = setup
    enrollment.lesson_completions.create(lesson=LessonPageFactory(parent=quiz.course))
    attempt = start_attempt(enrollment, quiz, now=NOW)
    answer_all(attempt, right=False)

    finish_attempt(attempt, now=NOW)

    enrollment.refresh_from_db()
    assert enrollment.completed_at is None


def test_attempts_are_limited(setup):
    quiz, _questions, enrollment = setup
    for _ in range(quiz.attempts_allowed):
        finish_attempt(start_attempt(enrollment, quiz, now=NOW), now=NOW)

    with pytest.raises(QuizRefused) as refusal:
        start_attempt(enrollment, quiz, now=NOW)

    assert refusal.value.reason == "no_attempts_left"


@pytest.mark.parametrize(
    "opens, closes, reason",
    [
        (NOW + datetime.timedelta(days=1), None, "not_open"),
        (None, NOW - datetime.timedelta(days=1), "closed"),
    ],
)
def test_a_quiz_not_open_yet_or_closed_cannot_be_started(setup, opens, closes, reason):
    quiz, _questions, enrollment = setup
    quiz.opens_at, quiz.closes_at = opens, closes
    quiz.save()

    with pytest.raises(QuizRefused) as refusal:
        start_attempt(enrollment, quiz, now=NOW)

    assert refusal.value.reason == reason


def test_the_sweep_finishes_attempts_left_open_with_the_answers_saved_in_time(setup):
    quiz, _questions, enrollment = setup
    attempt = start_attempt(enrollment, quiz, now=NOW)
    answer_all(attempt)

    with time_machine.travel(attempt.deadline + datetime.timedelta(minutes=5), tick=False):
        assert finish_overdue_attempts() == 1

    attempt.refresh_from_db()
    assert attempt.ending == Attempt.Ending.TIMED_OUT and attempt.score == 100


@pytest.mark.parametrize(
    "grading, expected", [("highest", 100), ("first", 0), ("last", 100), ("average", 50)]
)
def test_the_result_follows_the_grading_method(setup, grading, expected):
    quiz, _questions, enrollment = setup
    first = start_attempt(enrollment, quiz, now=NOW)
    finish_attempt(first, now=NOW)
    second = start_attempt(enrollment, quiz, now=NOW)
    answer_all(second)
    finish_attempt(second, now=NOW)

    assert quiz_result(enrollment.attempts.all(), grading) == expected


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_concurrent_submits_give_one_finished_attempt_and_one_grade(setup):
    quiz, _questions, enrollment = setup
    attempt = start_attempt(enrollment, quiz, now=timezone.now())
    answer_all(attempt, now=timezone.now())
    finished_at = []

    def submit():
        finished_at.append(finish_attempt(Attempt.objects.get(pk=attempt.pk)).finished_at)

    at_once(*[submit] * 20)

    assert len(finished_at) == 20 and len(set(finished_at)) == 1
    assert Attempt.objects.filter(finished_at__isnull=False).count() == 1
    assert Attempt.objects.get().score == 100


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_answers_racing_a_submit_are_graded_as_stored_and_none_acknowledged_is_lost(setup):
    quiz, _questions, enrollment = setup
    attempt = start_attempt(enrollment, quiz, now=timezone.now())
    slots = list(attempt.slots.select_related("question"))
    acknowledged = {}

    def answer(slot):
        try:
            for sequence, option in enumerate(slot.option_order * 5, start=1):
                if save_answer(attempt, slot, [option], sequence):
                    acknowledged[slot.pk] = [option]
        except QuizRefused:
            pass

    at_once(
        *(partial(answer, slot) for slot in slots), lambda: finish_attempt(Attempt.objects.get(pk=attempt.pk))
    )

    stored = {
        slot.pk: slot
        for slot in attempt.slots.select_related("question").prefetch_related("question__options")
    }
    for pk, chosen in acknowledged.items():
        assert stored[pk].chosen == chosen
    for slot in stored.values():
        right = {option.pk for option in slot.question.options.all() if option.weight == 100}
        assert slot.fraction == (1 if set(slot.chosen) == right else 0)


def test_the_gradebook_gives_each_trainee_a_result_and_the_attempts_used_in_one_query(
    setup, django_assert_num_queries
):
    quiz, _questions, enrollment = setup
    other = EnrollmentFactory(training_class=enrollment.training_class, trainee__full_name="Zô Văn Chưa Làm")
    attempt = start_attempt(enrollment, quiz, now=NOW)
    answer_all(attempt)
    finish_attempt(attempt, now=NOW)

    with django_assert_num_queries(1):
        rows = list(with_results(enrollment.training_class.enrollments.order_by("trainee__full_name")))

    assert [(row, row.result, row.attempts_used) for row in rows] == [(enrollment, 100, 1), (other, None, 0)]
