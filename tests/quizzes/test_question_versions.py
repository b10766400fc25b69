"""An attempt keeps the version of each question it was drawn with: what the trainee saw, chose and scored
stays as it was, whatever happens to the bank afterwards."""

import importlib
from decimal import Decimal

import pytest
from django.apps import apps

from quizzes.attempts import finish_attempt, save_answer, start_attempt
from quizzes.models import Attempt, AttemptQuestion, Option
from tests.factories import EnrollmentFactory, LessonPageFactory, QuizFactory, add_questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrollment():
    quiz = QuizFactory()
    add_questions(quiz.course, 2)
    return EnrollmentFactory(training_class__course=quiz.course, training_class__code="DVK-V")


def answer(attempt, text):
    """Choose the option reading ``text`` in every question of ``attempt``."""
    for slot in attempt.slots.select_related("question"):
        chosen = [option.pk for option in slot.shown_options if option.text == text]
        save_answer(attempt, slot, chosen, slot.sequence + 1)


def rewrite_the_first_question(attempt):
    """A trainer rewrites the question, its options and its key, and removes an option."""
    question = attempt.slots.get(position=1).question
    question.text = "<p>Câu hỏi đã sửa?</p>"
    question.explanation = "<p>Giải thích mới.</p>"
    question.save()
    right, wrong, removed = question.options.order_by("sort_order")
    Option.objects.filter(pk=right.pk).update(text="Phương án mới A", weight=0)
    Option.objects.filter(pk=wrong.pk).update(weight=100)
    removed.delete()
    return question


def test_the_review_shows_the_question_as_drawn_after_the_bank_is_edited(client, enrollment):
    quiz = enrollment.training_class.course.quiz
    attempt = start_attempt(enrollment, quiz)
    answer(attempt, "Đúng là A")
    finish_attempt(attempt)
    rewrite_the_first_question(attempt)
    client.force_login(enrollment.trainee)

    page = client.get(f"/lan-lam-bai/{attempt.pk}/ket-qua/").content.decode()

    assert "Câu hỏi 0?" in page and "Câu hỏi đã sửa?" not in page
    assert "Vì bài học nói vậy." in page and "Giải thích mới." not in page
    assert "Sai là C" in page and "Phương án mới A" not in page
    assert page.count("is-correct is-chosen") == 2  # A was the key, and A was chosen, in both questions
    assert "100%" in page
    assert Attempt.objects.get().score == 100


def test_an_attempt_is_graded_with_the_version_it_was_drawn_with(enrollment):
    quiz = enrollment.training_class.course.quiz
    attempt = start_attempt(enrollment, quiz)
    answer(attempt, "Đúng là A")
    rewrite_the_first_question(attempt)  # while the trainee is still answering

    finished = finish_attempt(attempt)

    assert finished.score == Decimal("100.00")
    assert sorted(attempt.slots.values_list("fraction", flat=True)) == [1, 1]


def test_the_attempt_page_shows_the_version_drawn(client, enrollment):
    quiz = enrollment.training_class.course.quiz
    attempt = start_attempt(enrollment, quiz)
    rewrite_the_first_question(attempt)
    client.force_login(enrollment.trainee)

    page = client.get(f"/lan-lam-bai/{attempt.pk}/").content.decode()

    assert "Câu hỏi 0?" in page and "Sai là C" in page and "Câu hỏi đã sửa?" not in page


def test_the_review_links_the_passage_of_the_version_drawn(client, enrollment):
    quiz = enrollment.training_class.course.quiz
    lesson = LessonPageFactory(parent=quiz.course, title="Bài học về dân vận khéo")
    block_id = lesson.body[0].id
    quiz.course.questions.update(lesson=lesson, passage=block_id)
    attempt = start_attempt(enrollment, quiz)
    finish_attempt(attempt)
    quiz.course.questions.update(lesson=None, passage="")
    client.force_login(enrollment.trainee)

    page = client.get(f"/lan-lam-bai/{attempt.pk}/ket-qua/").content.decode()

    assert f"{lesson.url}#doan-{block_id}" in page and "Bài học về dân vận khéo" in page


def test_the_migration_gives_attempts_drawn_before_versions_the_current_question(enrollment):
    quiz = enrollment.training_class.course.quiz
    attempt = start_attempt(enrollment, quiz)
    AttemptQuestion.objects.update(snapshot={})
    migration = importlib.import_module("quizzes.migrations.0005_question_versions_and_protected_attempts")

    migration.snapshot_existing_attempts(apps, None)

    slot = AttemptQuestion.objects.get(attempt=attempt, position=1)
    assert slot.version.text == "<p>Câu hỏi 0?</p>"
    assert [(option.text, option.weight) for option in slot.shown_options] == [
        ("Đúng là A", 100),
        ("Sai là B", 0),
        ("Sai là C", 0),
    ]
