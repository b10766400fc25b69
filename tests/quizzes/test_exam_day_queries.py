"""The requests of exam day cost a fixed, small number of queries, however many questions are drawn."""

import pytest

from quizzes.attempts import prepare_attempts
from quizzes.models import Attempt
from tests.factories import EnrollmentFactory, QuizFactory, add_questions

pytestmark = pytest.mark.django_db

# Every page of a signed-in trainee: the session, the trainee, and the two queries of the header's
# "Administration" link (the trainee's permissions, directly and through groups).
PAGE = 4


@pytest.fixture(params=[2, 12], ids=["2 questions", "12 questions"])
def trainee(request, client):
    quiz = QuizFactory(questions_drawn=0)
    add_questions(quiz.course, request.param)
    enrollment = EnrollmentFactory(training_class__course=quiz.course, training_class__code="DVK-Q")
    client.force_login(enrollment.trainee)
    return enrollment


def test_pressing_start_on_a_prepared_attempt_costs_six_queries(client, trainee, django_assert_num_queries):
    """The session, the trainee, the enrolment, the quiz, the open attempt, and the UPDATE that stamps it."""
    prepare_attempts(trainee.training_class)

    with django_assert_num_queries(6):
        response = client.post("/lop/DVK-Q/kiem-tra/")

    assert response.status_code == 302


def test_the_attempt_page_costs_two_queries_besides_the_page(client, trainee, django_assert_num_queries):
    """The attempt, its questions (each slot keeps its question's version, options included)."""
    client.post("/lop/DVK-Q/kiem-tra/")
    attempt = Attempt.objects.get()

    with django_assert_num_queries(PAGE + 2):
        response = client.get(f"/lan-lam-bai/{attempt.pk}/")

    assert response.status_code == 200


def test_the_review_costs_two_queries_besides_the_page(client, trainee, django_assert_num_queries):
    """The attempt, its questions with their lessons (options come with each slot's question version)."""
    client.post("/lop/DVK-Q/kiem-tra/")
    attempt = Attempt.objects.get()
    client.post(f"/lan-lam-bai/{attempt.pk}/", {"action": "submit"})

    with django_assert_num_queries(PAGE + 2):
        response = client.get(f"/lan-lam-bai/{attempt.pk}/ket-qua/")

    assert response.status_code == 200
