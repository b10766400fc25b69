"""What contests hold is kept as trainees' records are: deleting it is refused with a message, never an error page."""

import pytest

from contests.models import EntryQuestion, Round
from courses.models import CoursePage
from quizzes.models import Question
from tests.contests.factories_rank import make_entrant, make_entry, make_round
from tests.factories import QuizFactory, add_questions
from tests.training.test_deletion_protection import refusal_message

pytestmark = pytest.mark.django_db


@pytest.fixture
def drawn():
    """A round drawing from a course's bank, and an entry that was given one of its questions."""
    course = QuizFactory().course
    question = add_questions(course, 1)[0]
    round = make_round(course=course)
    entry = make_entry(make_entrant(round), round, 100)
    EntryQuestion.objects.create(entry=entry, question=question, position=1)
    return round, question


def test_a_course_whose_bank_a_contest_round_draws_from_is_kept(admin_client, drawn):
    round, _question = drawn

    shown = refusal_message(admin_client, admin_client.post(f"/admin/pages/{round.course_id}/delete/"))

    assert "Không thể xóa" in shown and "có hồ sơ khác đang dùng đến nó" in shown
    assert (
        CoursePage.objects.filter(pk=round.course_id).exists() and Round.objects.filter(pk=round.pk).exists()
    )


def test_a_question_given_in_a_contest_entry_is_kept(admin_client, drawn):
    _round, question = drawn

    shown = refusal_message(
        admin_client, admin_client.post(f"/admin/snippets/quizzes/question/delete/{question.pk}/")
    )

    assert "Không thể xóa" in shown
    assert Question.objects.filter(pk=question.pk).exists()
