"""The requests of exam day cost a fixed, small number of queries, however many questions are drawn."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.attempts import prepare_attempts
from quizzes.models import Attempt
from tests.factories import EnrollmentFactory, QuizFactory, add_questions

pytestmark = pytest.mark.django_db

# Every page of a signed-in trainee: the trainee. The session is read from the cache, and so is whether
# the header links to the admin, once the trainee's first page has asked (the quiz page, below).
PAGE = 1


@pytest.fixture(params=[2, 12], ids=["2 questions", "12 questions"])
def trainee(request, client):
    quiz = QuizFactory(questions_drawn=0)
    add_questions(quiz.course, request.param)
    enrollment = EnrollmentFactory(training_class__course=quiz.course, training_class__code="DVK-Q")
    client.force_login(enrollment.trainee)
    client.get("/lop/DVK-Q/kiem-tra/")  # the page with the start button, which every trainee sees first
    return enrollment


def test_pressing_start_on_a_prepared_attempt_costs_five_queries(client, trainee, django_assert_num_queries):
    """The trainee, the enrolment with its class, the quiz, the open attempt, and the UPDATE that stamps it
    (the session is read from the cache)."""
    prepare_attempts(trainee.training_class)

    with django_assert_num_queries(5):
        response = client.post("/lop/DVK-Q/kiem-tra/")

    assert response.status_code == 302


def test_a_start_sent_by_the_page_script_costs_five_queries_with_the_questions(
    client, trainee, django_assert_num_queries
):
    """The five of a start: the page comes with the start (quiz_start.js), and its questions were written
    when the attempt was prepared."""
    prepare_attempts(trainee.training_class)

    with django_assert_num_queries(5):
        response = client.post("/lop/DVK-Q/kiem-tra/", headers={"Sec-Fetch-Mode": "cors"})

    assert response.status_code == 200
    assert response.content.decode().count('class="question"') == Attempt.objects.get().slots.count()


def test_the_attempt_page_costs_two_queries_besides_the_page(client, trainee, django_assert_num_queries):
    """The attempt, and its slots with the version of each question they were drawn with."""
    client.post("/lop/DVK-Q/kiem-tra/")
    attempt = Attempt.objects.get()

    with django_assert_num_queries(PAGE + 2):
        response = client.get(f"/lan-lam-bai/{attempt.pk}/")

    assert response.status_code == 200


def test_the_review_costs_two_queries_besides_the_page(client, trainee, django_assert_num_queries):
    """The attempt, and its slots with the version of each question (text, options, lesson passage)."""
    client.post("/lop/DVK-Q/kiem-tra/")
    attempt = Attempt.objects.get()
    client.post(f"/lan-lam-bai/{attempt.pk}/", {"action": "submit"})

    with django_assert_num_queries(PAGE + 2):
        response = client.get(f"/lan-lam-bai/{attempt.pk}/ket-qua/")

    assert response.status_code == 200


def test_the_quiz_page_costs_three_queries_besides_the_page(client, trainee, django_assert_num_queries):
    """The enrolment with its class, the quiz with its course, and the trainee's attempts; an attempt left
    open past its deadline costs more, only then."""
    client.post("/lop/DVK-Q/kiem-tra/")

    with django_assert_num_queries(PAGE + 3):
        response = client.get("/lop/DVK-Q/kiem-tra/")

    assert response.status_code == 200


def test_the_attempt_and_its_questions_are_read_without_joins(client, trainee):
    """The open attempt of a start and the questions of the attempt page are read from their own tables:
    through the attempt's display order (class, trainee's name) every read would join three more tables
    and sort by them."""
    with CaptureQueriesContext(connection) as queries:
        client.post("/lop/DVK-Q/kiem-tra/")
        client.get(f"/lan-lam-bai/{Attempt.objects.get().pk}/")

    reads = [query["sql"] for query in queries if 'FROM "quizzes_attempt' in query["sql"]]
    open_attempt = [sql for sql in reads if "finished_at" in sql and "IS NULL" in sql]
    questions = [sql for sql in reads if 'FROM "quizzes_attemptquestion"' in sql and '"option_order"' in sql]
    assert open_attempt and questions
    assert not [sql for sql in open_attempt + questions if "JOIN" in sql]


def test_a_start_does_not_read_the_course_page(client, trainee):
    """A start needs the class and the quiz, not the course: joined through Wagtail's page tables, the
    enrolment's query would cost the database more to plan than the quiz's own query costs to run."""
    prepare_attempts(trainee.training_class)

    with CaptureQueriesContext(connection) as queries:
        client.post("/lop/DVK-Q/kiem-tra/", headers={"Sec-Fetch-Mode": "cors"})

    assert not [query["sql"] for query in queries if "wagtailcore_page" in query["sql"]]
