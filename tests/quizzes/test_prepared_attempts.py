"""Exam day: attempts prepared before the quiz opens, so that pressing start only stamps the time."""

import datetime

import pytest
import time_machine
from django.core.management import CommandError, call_command

from quizzes.attempts import QuizRefused, prepare_attempts, save_answer, start_attempt
from quizzes.gradebook import with_results
from quizzes.models import Attempt, AttemptQuestion
from quizzes.tasks import prepare_opening_attempts
from tests.factories import EnrollmentFactory, QuizFactory, add_questions
from tests.threads import at_once

pytestmark = pytest.mark.django_db

OPENS = datetime.datetime(2026, 11, 20, 8, 0, tzinfo=datetime.UTC)
BEFORE = OPENS - datetime.timedelta(minutes=30)


@pytest.fixture
def exam():
    quiz = QuizFactory(opens_at=OPENS, questions_drawn=4, attempts_allowed=1)
    add_questions(quiz.course, 6)
    first = EnrollmentFactory(
        training_class__course=quiz.course,
        training_class__code="DVK-THI",
        training_class__starts_on=datetime.date(2026, 11, 1),
        training_class__ends_on=datetime.date(2026, 12, 31),
    )
    second = EnrollmentFactory(training_class=first.training_class)
    return quiz, first, second


def attempts_used(training_class):
    """What the organizers' dashboard counts for each trainee of ``training_class``: a prepared attempt is
    not used."""
    return with_results(training_class.enrollments.all()).values_list("attempts_used", flat=True)


def test_preparing_draws_each_trainees_questions_without_starting_them(exam):
    _quiz, first, second = exam

    assert prepare_attempts(first.training_class, now=BEFORE) == 2

    for enrollment in (first, second):
        attempt = Attempt.objects.get(enrollment=enrollment)
        assert (attempt.number, attempt.started_at, attempt.deadline, attempt.is_open) == (
            1,
            None,
            None,
            True,
        )
        assert attempt.slots.count() == 4
    assert list(attempts_used(first.training_class)) == [0, 0]


def test_preparing_twice_prepares_nothing_twice_and_skips_who_has_no_attempt_left(exam):
    _quiz, first, _second = exam
    prepare_attempts(first.training_class, now=BEFORE)

    assert prepare_attempts(first.training_class, now=BEFORE) == 0
    assert Attempt.objects.count() == 2


def test_pressing_start_stamps_the_prepared_attempt_and_the_deadline_runs_from_then(exam):
    quiz, first, _second = exam
    prepare_attempts(first.training_class, now=BEFORE)
    prepared = Attempt.objects.get(enrollment=first)
    drawn = list(prepared.slots.values_list("question_id", "option_order"))
    pressed = OPENS + datetime.timedelta(minutes=3)

    attempt = start_attempt(first, quiz, now=pressed)

    assert attempt.pk == prepared.pk
    assert (attempt.started_at, attempt.deadline) == (pressed, pressed + datetime.timedelta(minutes=20))
    assert list(attempt.slots.values_list("question_id", "option_order")) == drawn
    assert sorted(attempts_used(first.training_class)) == [0, 1]


def test_starting_before_the_quiz_opens_is_refused_and_the_prepared_attempt_stays_unstarted(exam):
    quiz, first, _second = exam
    prepare_attempts(first.training_class, now=BEFORE)

    with pytest.raises(QuizRefused) as refusal:
        start_attempt(first, quiz, now=BEFORE)

    assert refusal.value.reason == "not_open"
    assert Attempt.objects.get(enrollment=first).started_at is None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_starts_at_once_stamp_one_attempt_once(exam):
    quiz, first, _second = exam
    prepare_attempts(first.training_class, now=BEFORE)
    started = []

    with time_machine.travel(OPENS + datetime.timedelta(seconds=1), tick=False):
        at_once(*[lambda: started.append(start_attempt(first, quiz))] * 2)

    assert [attempt.pk for attempt in started] == [started[0].pk] * 2
    assert {attempt.started_at for attempt in started} == {OPENS + datetime.timedelta(seconds=1)}
    assert Attempt.objects.filter(enrollment=first).count() == 1


def test_an_answer_to_a_prepared_attempt_is_refused(exam):
    _quiz, first, _second = exam
    prepare_attempts(first.training_class, now=BEFORE)
    attempt = Attempt.objects.get(enrollment=first)
    slot = attempt.slots.select_related("question").first()

    with pytest.raises(QuizRefused) as refusal:
        save_answer(attempt, slot, [slot.option_order[0]], 1, now=OPENS)

    assert refusal.value.reason == "not_started"
    assert AttemptQuestion.objects.get(pk=slot.pk).chosen == []


def test_the_prepared_attempt_shows_no_question_and_the_quiz_page_offers_to_start(client, exam):
    _quiz, first, _second = exam
    prepare_attempts(first.training_class, now=BEFORE)
    attempt = Attempt.objects.get(enrollment=first)
    client.force_login(first.trainee)

    with time_machine.travel(OPENS + datetime.timedelta(minutes=1), tick=False):
        attempt_page = client.get(f"/lan-lam-bai/{attempt.pk}/")
        quiz_page = client.get("/lop/DVK-THI/kiem-tra/").content.decode()
        started = client.post("/lop/DVK-THI/kiem-tra/")

    assert attempt_page.status_code == 302 and attempt_page["Location"] == "/lop/DVK-THI/kiem-tra/"
    assert "Bắt đầu làm bài" in quiz_page and "Tiếp tục" not in quiz_page
    assert "0 / 1" in quiz_page
    assert started.status_code == 302 and started["Location"] == f"/lan-lam-bai/{attempt.pk}/"


def questions_of(page):
    """The questions of an attempt page, as the form holds them."""
    html = page.content.decode()
    return html[html.index('<fieldset class="question"') : html.index('<div class="attempt__actions">')]


def test_the_start_shows_the_questions_written_at_preparation_as_the_page_writes_them_then_never_again(
    client, exam
):
    _quiz, first, _second = exam
    prepare_attempts(first.training_class, now=BEFORE)
    client.force_login(first.trainee)

    with time_machine.travel(OPENS + datetime.timedelta(minutes=1), tick=False):
        started = client.post("/lop/DVK-THI/kiem-tra/", headers={"Sec-Fetch-Mode": "cors"})
        attempt = Attempt.objects.get(enrollment=first)
        page = client.get(f"/lan-lam-bai/{attempt.pk}/")

    assert questions_of(started) == questions_of(page)
    assert questions_of(started).count('class="question"') == 4
    assert attempt.prepared_questions == ""


def test_a_trainee_reading_in_english_gets_the_questions_written_in_english(client, exam):
    _quiz, first, _second = exam
    prepare_attempts(first.training_class, now=BEFORE)
    client.force_login(first.trainee)
    client.cookies["django_language"] = "en"

    with time_machine.travel(OPENS + datetime.timedelta(minutes=1), tick=False):
        started = client.post("/lop/DVK-THI/kiem-tra/", headers={"Sec-Fetch-Mode": "cors"})

    assert "Question 1" in questions_of(started) and "Câu 1" not in questions_of(started)


def test_a_second_tab_starting_the_same_attempt_shows_its_answers(client, exam):
    _quiz, first, _second = exam
    prepare_attempts(first.training_class, now=BEFORE)
    client.force_login(first.trainee)

    with time_machine.travel(OPENS + datetime.timedelta(minutes=1), tick=False):
        client.post("/lop/DVK-THI/kiem-tra/", headers={"Sec-Fetch-Mode": "cors"})
        attempt = Attempt.objects.get(enrollment=first)
        slot = attempt.slots.select_related("question").first()
        save_answer(attempt, slot, [slot.option_order[0]], 1)
        again = client.post("/lop/DVK-THI/kiem-tra/", headers={"Sec-Fetch-Mode": "cors"})

    assert f'name="slot-{slot.pk}" value="{slot.option_order[0]}" checked' in questions_of(again)


def test_the_command_prepares_a_class_and_says_how_many(exam, capsys):
    with time_machine.travel(BEFORE, tick=False):
        call_command("prepare_attempts", "--class", "dvk-thi")

    assert capsys.readouterr().out.strip().splitlines()[-1] == "prepared: 2"


def test_the_command_takes_the_code_as_people_type_it_and_names_one_that_is_no_class(exam, capsys):
    with time_machine.travel(BEFORE, tick=False):
        call_command("prepare_attempts", "--class", " DVK-Thi ")
        assert capsys.readouterr().out.strip().splitlines()[-1] == "prepared: 2"

        with pytest.raises(CommandError, match="No class has the code 'DVK-KHAC'"):
            call_command("prepare_attempts", "--class", "DVK-KHAC")


def test_the_sweep_prepares_the_classes_whose_quiz_opens_within_the_hour(exam):
    with time_machine.travel(OPENS - datetime.timedelta(hours=2), tick=False):
        assert prepare_opening_attempts() == 0
    with time_machine.travel(BEFORE, tick=False):
        assert prepare_opening_attempts() == 2
