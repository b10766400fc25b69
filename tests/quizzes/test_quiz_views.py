"""The quiz seen through the trainee's browser requests, with and without JavaScript."""

import datetime
import json

import pytest
import time_machine

from quizzes.attempts import finish_attempt, start_attempt
from quizzes.models import Attempt, AttemptQuestion, Quiz
from tests.factories import EnrollmentFactory, QuizFactory, TraineeFactory, add_questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrollment():
    quiz = QuizFactory()
    add_questions(quiz.course, 2)
    return EnrollmentFactory(training_class__course=quiz.course, training_class__code="DVK-Q")


@pytest.fixture
def attempt(client, enrollment):
    client.force_login(enrollment.trainee)
    client.post("/lop/DVK-Q/kiem-tra/")
    return Attempt.objects.get()


def autosave(client, attempt, *answers):
    return client.post(
        f"/lan-lam-bai/{attempt.pk}/tra-loi/",
        json.dumps({"answers": answers}),
        content_type="application/json",
    )


def test_starting_the_quiz_opens_the_attempt_page_without_the_answers(client, enrollment):
    client.force_login(enrollment.trainee)

    response = client.post("/lop/DVK-Q/kiem-tra/", follow=True)

    page = response.content.decode()
    assert "Câu hỏi 0?" in page and "Đúng là A" in page
    assert "weight" not in page and "100" not in page.split("<form", 1)[1].split("</form>")[0].replace(
        "100%", ""
    )
    assert "Giải thích" not in page and "Vì bài học nói vậy" not in page


def test_an_answer_is_saved_as_json_and_shown_again_on_reload(client, attempt):
    slot = attempt.slots.first()
    option = slot.option_order[0]

    response = autosave(client, attempt, {"slot": slot.pk, "options": [option], "sequence": 1})

    assert response.json() == {
        "answers": [{"saved": True, "slot": slot.pk, "sequence": 1}],
        "deadline": attempt.deadline.isoformat(),
        "hold": 0,
    }
    page = client.get(f"/lan-lam-bai/{attempt.pk}/").content.decode()
    assert f'value="{option}" checked' in page


def test_an_autosave_costs_three_queries(client, attempt, django_assert_num_queries):
    """The trainee, the question with its attempt, and the conditional UPDATE (the session is cached)."""
    slot = attempt.slots.first()

    with django_assert_num_queries(3):
        response = autosave(
            client, attempt, {"slot": slot.pk, "options": [slot.option_order[0]], "sequence": 1}
        )

    assert response.json()["answers"][0]["saved"]


def test_answers_held_by_the_page_are_saved_together_in_one_request(
    client, attempt, django_assert_num_queries
):
    """The trainee, the questions with their attempt, and one conditional UPDATE each."""
    first, second = attempt.slots.all()
    answers = [
        {"slot": slot.pk, "options": [slot.option_order[0]], "sequence": 1} for slot in (first, second)
    ]

    with django_assert_num_queries(4):
        response = autosave(client, attempt, *answers)

    assert [answer["saved"] for answer in response.json()["answers"]] == [True, True]
    assert [slot.chosen for slot in attempt.slots.all()] == [
        [first.option_order[0]],
        [second.option_order[0]],
    ]


def test_a_save_with_one_forged_answer_stores_none_of_them(client, attempt):
    first, second = attempt.slots.all()

    response = autosave(
        client,
        attempt,
        {"slot": first.pk, "options": [first.option_order[0]], "sequence": 1},
        {
            "slot": second.pk,
            "options": [first.option_order[0]],
            "sequence": 1,
        },  # an option of another question
    )

    assert response.status_code == 409
    assert [slot.chosen for slot in attempt.slots.all()] == [[], []]


def test_the_reply_asks_the_page_to_hold_its_next_answers_while_the_server_is_saturated(
    client, attempt, settings, monkeypatch
):
    monkeypatch.setattr("quizzes.shedding.saturated", lambda: True)
    slot = attempt.slots.first()

    response = autosave(client, attempt, {"slot": slot.pk, "options": [slot.option_order[0]], "sequence": 1})

    assert response.json()["hold"] == settings.QUIZ_AUTOSAVE_BUSY_HOLD_SECONDS
    assert response.json()["answers"][0]["saved"]


@pytest.mark.parametrize("payload", ["valid", "malformed"])
def test_an_answer_for_someone_elses_attempt_is_a_404(client, attempt, payload):
    client.force_login(TraineeFactory())
    slot = attempt.slots.first()

    response = autosave(
        client,
        attempt,
        {"slot": slot.pk, "options": [], "sequence": 1} if payload == "valid" else {"slot": "x"},
    )

    assert response.status_code == 404
    assert client.get(f"/lan-lam-bai/{attempt.pk}/ket-qua/").status_code == 404
    assert AttemptQuestion.objects.get(pk=slot.pk).sequence == 0


def test_a_question_of_another_trainees_attempt_is_refused_and_left_unchanged(client, attempt, enrollment):
    other = EnrollmentFactory(training_class=enrollment.training_class)
    their_slot = start_attempt(other, attempt.quiz).slots.first()

    response = autosave(
        client, attempt, {"slot": their_slot.pk, "options": [their_slot.option_order[0]], "sequence": 1}
    )

    assert response.status_code == 400
    assert "không thuộc câu hỏi này" in response.json()["error"]
    their_slot.refresh_from_db()
    assert their_slot.chosen == [] and their_slot.sequence == 0


def test_an_answer_after_submitting_gets_a_clear_message_and_the_submitted_answer_stays(client, attempt):
    slot = attempt.slots.first()
    first, second = slot.option_order[:2]
    autosave(client, attempt, {"slot": slot.pk, "options": [first], "sequence": 1})
    finish_attempt(attempt)

    response = autosave(client, attempt, {"slot": slot.pk, "options": [second], "sequence": 2})

    assert response.status_code == 409
    assert "đã nộp" in response.json()["error"]
    slot.refresh_from_db()
    assert slot.chosen == [first]


@pytest.mark.parametrize(
    "forged",
    [
        "an option of no question",
        "two options to a single choice",
        "a sequence beyond what the database holds",
        "a sequence of zero",
    ],
)
def test_a_forged_answer_gets_a_clear_message_and_nothing_is_saved(client, attempt, forged):
    slot = attempt.slots.first()
    answer = {"slot": slot.pk, "options": [slot.option_order[0]], "sequence": 1}
    answer.update(
        {
            "an option of no question": {"options": [999999]},
            "two options to a single choice": {"options": slot.option_order[:2]},
            "a sequence beyond what the database holds": {"sequence": 2**31},
            "a sequence of zero": {"sequence": 0},
        }[forged]
    )

    response = autosave(client, attempt, answer)

    assert response.status_code == 409
    assert "không thuộc câu hỏi này" in response.json()["error"]
    slot.refresh_from_db()
    assert slot.chosen == []


def test_an_answer_reaching_the_server_after_the_deadline_and_grace_gets_the_time_up_message(
    client, attempt, settings
):
    slot = attempt.slots.first()
    late = attempt.deadline + datetime.timedelta(seconds=settings.QUIZ_ANSWER_GRACE_SECONDS + 1)

    with time_machine.travel(late, tick=False):
        response = autosave(
            client, attempt, {"slot": slot.pk, "options": [slot.option_order[0]], "sequence": 1}
        )

    assert response.status_code == 409
    assert "hết giờ" in response.json()["error"]
    slot.refresh_from_db()
    assert slot.chosen == []


def test_without_javascript_the_form_saves_and_submits_and_the_review_explains(client, attempt):
    slots = list(attempt.slots.select_related("question").prefetch_related("question__options"))
    data = {}
    for slot in slots:
        right = next(option.pk for option in slot.question.options.all() if option.weight == 100)
        data |= {f"seen-{slot.pk}": "1", f"sequence-{slot.pk}": "0", f"slot-{slot.pk}": str(right)}

    response = client.post(f"/lan-lam-bai/{attempt.pk}/", data | {"action": "submit"}, follow=True)

    page = response.content.decode()
    assert "100%" in page and "Đạt" in page
    assert "Vì bài học nói vậy" in page


def test_an_attempt_left_past_its_deadline_is_finished_when_the_trainee_returns(client, attempt):
    with time_machine.travel(attempt.deadline + datetime.timedelta(minutes=10), tick=False):
        response = client.get(f"/lan-lam-bai/{attempt.pk}/", follow=True)

    assert "Hết giờ" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.ending == Attempt.Ending.TIMED_OUT


def test_an_attempt_left_past_its_deadline_is_finished_when_the_trainee_opens_the_quiz_page(client, attempt):
    with time_machine.travel(attempt.deadline + datetime.timedelta(minutes=10), tick=False):
        page = client.get("/lop/DVK-Q/kiem-tra/").content.decode()

    assert "Tiếp tục làm bài" not in page
    assert f'href="/lan-lam-bai/{attempt.pk}/ket-qua/"' in page
    attempt.refresh_from_db()
    assert attempt.ending == Attempt.Ending.TIMED_OUT


def test_explanations_wait_for_the_end_of_the_class_when_the_quiz_says_so(client, attempt):
    Quiz.objects.update(review=Quiz.Review.AFTER_CLOSE)
    client.post(f"/lan-lam-bai/{attempt.pk}/", {"action": "submit"})

    page = client.get(f"/lan-lam-bai/{attempt.pk}/ket-qua/").content.decode()

    assert "sau khi lớp kết thúc" in page
    assert "Vì bài học nói vậy" not in page


def test_a_trainee_not_enrolled_in_the_class_gets_a_404(client, enrollment):
    client.force_login(TraineeFactory())

    assert client.get("/lop/DVK-Q/kiem-tra/").status_code == 404
    assert client.post("/lop/DVK-Q/kiem-tra/").status_code == 404
    assert not Attempt.objects.exists()


def test_my_classes_shows_the_quiz_status(client, enrollment):
    client.force_login(enrollment.trainee)

    page = client.get("/lop-cua-toi/").content.decode()

    assert "chưa làm" in page and "/lop/DVK-Q/kiem-tra/" in page


def test_a_submit_stores_only_the_answers_the_server_does_not_have_yet(client, attempt):
    """The page posts every question with its submit; the ones already autosaved are not written again."""
    saved, held = attempt.slots.all()
    autosave(client, attempt, {"slot": saved.pk, "options": [saved.option_order[0]], "sequence": 1})
    saved.refresh_from_db()

    client.post(
        f"/lan-lam-bai/{attempt.pk}/",
        {
            "action": "submit",
            **{f"seen-{slot.pk}": "1" for slot in (saved, held)},
            f"sequence-{saved.pk}": "1",
            f"slot-{saved.pk}": str(saved.option_order[0]),
            f"sequence-{held.pk}": "0",
            f"slot-{held.pk}": str(held.option_order[1]),
        },
    )

    stored = {slot.pk: slot for slot in attempt.slots.all()}
    assert (stored[saved.pk].sequence, stored[saved.pk].answered_at) == (1, saved.answered_at)
    assert (stored[held.pk].chosen, stored[held.pk].sequence) == ([held.option_order[1]], 1)
    assert Attempt.objects.get().finished_at is not None
