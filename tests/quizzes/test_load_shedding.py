"""When a web process is saturated, pressing start is turned away at once, clearly, and nothing is lost."""

import datetime

import pytest
from django.test import RequestFactory

from quizzes import shedding
from quizzes.attempts import prepare_attempts
from quizzes.models import Attempt, Quiz
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
def saturated(monkeypatch):
    """Every thread of the process busy."""
    monkeypatch.setattr(shedding, "_in_flight", 100)  # the request served adds one and takes it back


def test_a_process_is_saturated_when_every_one_of_its_threads_serves_a_request(settings):
    settings.WEB_THREADS = 2
    seen = []
    second = shedding.InFlightMiddleware(lambda request: seen.append(shedding.saturated()))
    first = shedding.InFlightMiddleware(lambda request: (seen.append(shedding.saturated()), second(request)))

    first(RequestFactory().get("/"))

    assert seen == [False, True]
    assert not shedding.saturated()


def test_a_process_of_one_thread_never_sheds(settings):
    settings.WEB_THREADS = 1
    seen = []

    shedding.InFlightMiddleware(lambda request: seen.append(shedding.saturated()))(RequestFactory().get("/"))

    assert seen == [False]


def test_a_start_on_a_saturated_server_is_503_with_retry_after_and_a_vietnamese_message(
    client, trainee, saturated
):
    response = client.post("/lop/DVK-Q/kiem-tra/")

    assert response.status_code == 503
    assert response["Retry-After"] == "1"
    assert "Hệ thống đang bận, vui lòng thử lại sau ít giây." in response.content.decode()
    assert not Attempt.objects.exists()


def test_turning_a_start_away_reads_nothing_and_reports_no_error(
    client, trainee, saturated, django_assert_num_queries, caplog
):
    """Neither the session nor the trainee: the first middleware answers."""
    with django_assert_num_queries(0):
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


def test_a_start_sent_by_the_page_script_is_answered_with_the_attempts_page(client, trainee):
    response = client.post("/lop/DVK-Q/kiem-tra/", headers={"Sec-Fetch-Mode": "cors"})

    attempt = Attempt.objects.get()
    assert response.status_code == 200
    assert response["Content-Location"] == f"/lan-lam-bai/{attempt.pk}/"
    assert f'name="slot-{attempt.slots.first().pk}"' in response.content.decode()
    assert attempt.started_at is not None


def test_a_start_posted_by_the_form_is_redirected_to_the_attempt(client, trainee):
    response = client.post("/lop/DVK-Q/kiem-tra/", headers={"Sec-Fetch-Mode": "navigate"})

    assert response.status_code == 302
    assert response["Location"] == f"/lan-lam-bai/{Attempt.objects.get().pk}/"


def test_a_refused_start_sent_by_the_page_script_is_answered_with_the_quiz_page_and_its_reason(
    client, trainee
):
    Quiz.objects.update(attempts_allowed=1)
    client.post("/lop/DVK-Q/kiem-tra/")
    client.post(f"/lan-lam-bai/{Attempt.objects.get().pk}/", {"action": "submit"})

    response = client.post("/lop/DVK-Q/kiem-tra/", headers={"Sec-Fetch-Mode": "cors"})

    assert response.status_code == 200
    assert "Content-Location" not in response
    assert "Bạn đã dùng hết số lượt làm bài." in response.content.decode()


@pytest.fixture
def hall(settings, monkeypatch):
    """A hall is three starts within ten seconds; the clock is the test's."""
    settings.QUIZ_HALL_STARTS, settings.QUIZ_HALL_SECONDS = 3, 10
    clock = [1000.0]
    monkeypatch.setattr(shedding.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(shedding, "_starts", shedding.collections.deque())
    return clock


def test_a_hall_pressing_start_is_told_from_trainees_starting_at_their_own_pace(hall):
    for _ in range(2):
        shedding.note_start()
        hall[0] += 4
    assert not shedding.hall_starting()

    shedding.note_start()
    assert shedding.hall_starting()
    assert shedding.autosave_hold() == 10

    hall[0] += 6  # ten seconds after the first of the three
    assert not shedding.hall_starting()
    assert shedding.autosave_hold() == 0


def test_while_a_hall_presses_start_the_attempt_page_and_each_autosave_ask_to_hold_answers(
    client, trainee, hall
):
    for _ in range(3):  # a double click, and a third: each is a start asked for
        assert client.post("/lop/DVK-Q/kiem-tra/").status_code == 302
    attempt = Attempt.objects.get()
    slot = attempt.slots.first()

    page = client.get(f"/lan-lam-bai/{attempt.pk}/").content.decode()
    saved = client.post(
        f"/lan-lam-bai/{attempt.pk}/tra-loi/",
        {"answers": [{"slot": slot.pk, "options": slot.option_order[:1], "sequence": 1}]},
        content_type="application/json",
    )

    assert 'data-hold="10"' in page
    assert saved.json()["hold"] == 10
    assert saved.json()["answers"][0]["saved"] is True


def test_a_class_starting_at_its_own_pace_sends_answers_at_once(client, trainee, hall):
    client.post("/lop/DVK-Q/kiem-tra/")

    assert 'data-hold="0"' in client.get(f"/lan-lam-bai/{Attempt.objects.get().pk}/").content.decode()


def test_a_start_turned_away_speaks_the_language_the_trainee_chose(client, trainee, saturated):
    client.cookies["django_language"] = "en"

    response = client.post("/lop/DVK-Q/kiem-tra/")

    assert response.status_code == 503
    assert "The system is busy, please try again in a few seconds." in response.content.decode()


def test_only_starts_are_turned_away_when_saturated(client, trainee, saturated):
    client.post("/lop/DVK-Q/kiem-tra/")  # turned away
    assert client.get("/lop-cua-toi/").status_code == 200
    assert client.post("/lop-cua-toi/", {"code": "KHONG-CO"}).status_code == 200
