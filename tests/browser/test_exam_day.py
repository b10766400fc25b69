"""Exam day: a server too busy to start the quiz says so, and the quiz page tries again by itself."""

import pytest
from playwright.sync_api import expect

from quizzes.models import Attempt
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.factories import PASSWORD, EnrollmentFactory, QuizFactory, add_questions
from training import shedding

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_start_turned_away_by_a_busy_server_is_retried_by_the_page_itself(browser_page, monkeypatch):
    quiz = QuizFactory()
    add_questions(quiz.course, 2)
    enrollment = EnrollmentFactory(training_class__course=quiz.course, training_class__code="DVK-THI")
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, enrollment.trainee.username, PASSWORD)
    page.goto("/lop/DVK-THI/kiem-tra/")

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
    assert Attempt.objects.get().started_at is not None
