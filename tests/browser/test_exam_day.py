"""Exam day: a server too busy to start the quiz says so, and the quiz page tries again by itself."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from quizzes import shedding
from quizzes.attempts import prepare_attempts
from quizzes.models import Attempt
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.factories import PASSWORD, EnrollmentFactory, QuizFactory, add_questions

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def open_quiz_page(page, questions, **quiz):
    """A trainee of a class whose quiz (``quiz``: its fields) has ``questions``, signed in, on its page;
    returns their enrolment."""
    quiz = QuizFactory(**quiz)
    add_questions(quiz.course, questions)
    enrollment = EnrollmentFactory(training_class__course=quiz.course, training_class__code="DVK-THI")
    sign_in(page, enrollment.trainee.username, PASSWORD)
    page.goto("/lop/DVK-THI/kiem-tra/")
    return enrollment


def test_a_start_turned_away_by_a_busy_server_is_retried_by_the_page_itself(browser_page, monkeypatch):
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    open_quiz_page(page, 2)

    monkeypatch.setattr(shedding, "_in_flight", 100)  # every thread busy: the server turns starts away
    page.get_by_role("button", name="Bắt đầu làm bài").click()

    busy = page.get_by_role("status").filter(has_text="Hệ thống đang bận, vui lòng thử lại sau ít giây.")
    expect(busy).to_be_visible()
    expect(busy).to_contain_text("Trang sẽ tự thử lại")
    expect(page.get_by_role("button", name="Bắt đầu làm bài")).to_be_disabled()
    page.screenshot(path=SCREENSHOTS_DIR / "quiz_start_busy.png", full_page=True)
    assert not Attempt.objects.exists()

    monkeypatch.setattr(shedding, "_in_flight", 0)  # the burst is over: the next try goes through, unclicked
    expect(page.get_by_role("timer")).to_contain_text("Thời gian còn lại", timeout=15_000)
    attempt = Attempt.objects.get()
    assert attempt.started_at is not None

    # The questions came in the start's reply; the address is the attempt's, and a reload shows it again
    # without starting anything.
    expect(page).to_have_url(re.compile(rf"/lan-lam-bai/{attempt.pk}/$"))
    expect(page.get_by_role("button", name="Menu")).to_be_visible()  # its scripts ran as on a load
    page.screenshot(path=SCREENSHOTS_DIR / "quiz_started_after_busy.png", full_page=True)
    page.locator("#cau-1").get_by_role("radio").first.check()
    expect(page.locator("#cau-1 .question__status")).to_contain_text("Đã lưu")
    page.reload()
    expect(page.get_by_role("timer")).to_contain_text("Thời gian còn lại")
    expect(page.locator("#cau-1").get_by_role("radio").first).to_be_checked()
    assert Attempt.objects.get().started_at == attempt.started_at


def test_a_prepared_attempt_starts_with_the_questions_written_at_preparation_and_saves_answers(browser_page):
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    enrollment = open_quiz_page(page, 3, questions_drawn=0)
    assert (
        prepare_attempts(enrollment.training_class) == 1
    )  # the organizer prepares the class before the exam
    attempt = Attempt.objects.get()
    assert attempt.prepared_questions

    page.get_by_role("button", name="Bắt đầu làm bài").click()

    expect(page.get_by_role("timer")).to_contain_text("Thời gian còn lại")
    expect(page).to_have_url(re.compile(rf"/lan-lam-bai/{attempt.pk}/$"))
    expect(page.locator("fieldset.question")).to_have_count(3)
    page.screenshot(path=SCREENSHOTS_DIR / "quiz_started_prepared.png", full_page=True)
    page.locator("#cau-2").get_by_role("radio").last.check()
    expect(page.locator("#cau-2 .question__status")).to_contain_text("Đã lưu")
    page.reload()
    expect(page.locator("#cau-2").get_by_role("radio").last).to_be_checked()
    attempt.refresh_from_db()
    assert attempt.prepared_questions == "" and attempt.started_at is not None


def test_an_answer_given_before_the_page_script_arrives_is_saved_when_it_does(browser_page):
    page = browser_page
    open_quiz_page(page, 2, questions_drawn=0)
    late = []

    def hold_back_once(route):  # the attempt page's script, held back by a busy day
        if late:
            route.continue_()
        else:
            late.append(route)

    page.route(re.compile(r"/js/quiz(\.\w+)?\.js$"), hold_back_once)

    page.get_by_role("button", name="Bắt đầu làm bài").click()
    question = page.locator("#cau-2")
    question.get_by_role("radio").last.check()
    while not late:
        page.wait_for_timeout(50)
    expect(question.locator(".question__status")).to_have_text("")
    late[0].continue_()

    expect(question.locator(".question__status")).to_contain_text("Đã lưu")
    page.screenshot(path=SCREENSHOTS_DIR / "quiz_answer_before_script.png", full_page=True)
    page.reload()
    expect(question.get_by_role("radio").last).to_be_checked()
    assert [slot.chosen != [] for slot in Attempt.objects.get().slots.all()] == [False, True]


def test_a_start_refused_shows_the_reason_on_the_quiz_page(browser_page):
    page = browser_page
    open_quiz_page(page, 2, opens_at=timezone.now() + datetime.timedelta(hours=1))

    page.get_by_role("button", name="Bắt đầu làm bài").click()

    expect(page.get_by_role("status").filter(has_text="Bài kiểm tra chưa mở.")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/lop/DVK-THI/kiem-tra/$"))
    page.screenshot(path=SCREENSHOTS_DIR / "quiz_start_refused.png", full_page=True)
    assert not Attempt.objects.filter(started_at__isnull=False).exists()


def test_while_the_server_is_busy_the_page_holds_answers_and_sends_them_together(
    browser_page, monkeypatch, settings
):
    settings.QUIZ_AUTOSAVE_BUSY_HOLD_SECONDS = 4
    page = browser_page
    open_quiz_page(page, 3, questions_drawn=0)
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    expect(page.get_by_role("timer")).to_contain_text("Thời gian còn lại")
    saves = []
    page.on("request", lambda request: saves.append(request) if request.url.endswith("/tra-loi/") else None)
    questions = [page.locator(f"#cau-{n}") for n in (1, 2, 3)]

    monkeypatch.setattr(shedding, "saturated", lambda: True)  # the hall answers at once
    questions[0].get_by_role("radio").first.check()
    expect(questions[0].locator(".question__status")).to_contain_text("Đã lưu")
    questions[1].get_by_role("radio").first.check()
    questions[2].get_by_role("radio").first.check()

    expect(questions[1].locator(".question__status")).to_contain_text("Chưa gửi")
    expect(page.get_by_role("status").filter(has_text="Hệ thống đang bận")).to_contain_text("gửi cùng lúc")
    page.screenshot(path=SCREENSHOTS_DIR / "quiz_answers_held.png", full_page=True)
    for held in questions[1:]:
        expect(held.locator(".question__status")).to_contain_text("Đã lưu", timeout=10_000)
    assert len(saves) == 2  # the first answer, then the two held ones together
    monkeypatch.setattr(shedding, "saturated", lambda: False)
    questions[0].get_by_role("radio").last.check()  # once held answers are sent, the next one waits no more
    expect(page.get_by_role("status").filter(has_text="Đã kết nối")).to_be_visible(timeout=10_000)
    assert [slot.chosen != [] for slot in Attempt.objects.get().slots.all()] == [True, True, True]
