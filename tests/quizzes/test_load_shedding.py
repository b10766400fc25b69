"""When a web process is saturated, pressing start is turned away at once, clearly, and nothing is lost."""

import datetime

import pytest

from quizzes.attempts import prepare_attempts
from quizzes.models import Attempt
from tests.factories import EnrollmentFactory, QuizFactory, add_questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainee(client):
    quiz = QuizFactory()
    add_questions(quiz.course, 2)
    enrollment = EnrollmentFactory(
        training_class__course=quiz.course,
        training_class__code="DVK-Q",
        training_class__ends_on=datetime.date.today() + datetime.timedelta(days=1),
    )
    client.force_login(enrollment.trainee)
    return enrollment


@pytest.fixture
def saturated(settings):
    """Every thread of the process busy: with one thread, the request being served is enough."""
    settings.WEB_THREADS = 1


def test_a_start_on_a_saturated_server_is_503_with_retry_after_and_a_vietnamese_message(
    client, trainee, saturated
):
    response = client.post("/lop/DVK-Q/kiem-tra/")

    assert response.status_code == 503
    assert response["Retry-After"] == "1"
    assert "Hệ thống đang bận, vui lòng thử lại sau ít giây." in response.content.decode()
    assert not Attempt.objects.exists()


def test_a_trainee_turned_away_is_not_counted_as_started_and_their_prepared_attempt_waits(
    client, trainee, saturated
):
    prepare_attempts(trainee.training_class)

    assert client.post("/lop/DVK-Q/kiem-tra/").status_code == 503

    assert Attempt.objects.get().started_at is None


def test_the_quiz_page_itself_is_still_served_when_saturated(client, trainee, saturated):
    response = client.get("/lop/DVK-Q/kiem-tra/")

    assert response.status_code == 200
    assert "Bắt đầu làm bài" in response.content.decode()


def test_a_start_sent_by_the_page_script_gets_the_attempts_address(client, trainee):
    response = client.post("/lop/DVK-Q/kiem-tra/", headers={"Accept": "application/json"})

    assert response.status_code == 200
    assert response.json() == {"attempt": f"/lan-lam-bai/{Attempt.objects.get().pk}/"}
