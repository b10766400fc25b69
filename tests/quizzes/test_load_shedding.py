"""When a web process is saturated, pressing start is turned away at once, clearly, and nothing is lost."""

import datetime

import pytest

from quizzes.attempts import prepare_attempts
from quizzes.models import Attempt
from tests.factories import EnrollmentFactory, QuizFactory, add_questions
from training import shedding

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
def saturated(monkeypatch):
    """Every thread of the process busy."""
    monkeypatch.setattr(shedding, "_in_flight", 100)  # the request served adds one and takes it back


def test_a_process_is_saturated_when_every_one_of_its_threads_serves_a_request(settings):
    settings.WEB_THREADS = 2
    seen = []
    second = shedding.InFlightMiddleware(lambda request: seen.append(shedding.saturated()))
    first = shedding.InFlightMiddleware(lambda request: (seen.append(shedding.saturated()), second(request)))

    first(None)

    assert seen == [False, True]
    assert not shedding.saturated()


def test_a_process_of_one_thread_never_sheds(settings):
    settings.WEB_THREADS = 1
    seen = []

    shedding.InFlightMiddleware(lambda request: seen.append(shedding.saturated()))(None)

    assert seen == [False]


def test_a_start_on_a_saturated_server_is_503_with_retry_after_and_a_vietnamese_message(
    client, trainee, saturated
):
    response = client.post("/lop/DVK-Q/kiem-tra/")

    assert response.status_code == 503
    assert response["Retry-After"] == "1"
    assert "Hệ thống đang bận, vui lòng thử lại sau ít giây." in response.content.decode()
    assert not Attempt.objects.exists()


def test_turning_a_start_away_costs_one_query_and_no_error_report(
    client, trainee, saturated, django_assert_num_queries, caplog
):
    """The trainee, whom the middleware reads (one-time passwords); nothing else (the session is cached)."""
    with django_assert_num_queries(1):
        assert client.post("/lop/DVK-Q/kiem-tra/").status_code == 503

    assert not [record for record in caplog.records if record.levelname == "ERROR"]


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
