"""A trainee takes the quiz, loses the network halfway, comes back, submits and reads the review."""

import re

import pytest
from playwright.sync_api import expect

from quizzes import shedding
from quizzes.models import AttemptQuestion
from tests.browser.test_exam_day import open_quiz_page
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.factories import (
    PASSWORD,
    EnrollmentFactory,
    LessonPageFactory,
    QuizFactory,
    add_questions,
    paragraphs,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_trainee_takes_the_quiz_through_a_network_cut(browser_page):
    quiz = QuizFactory(pass_mark=60)
    lesson = LessonPageFactory(parent=quiz.course, body=paragraphs("Đúng là A, như bài học nêu."))
    questions = add_questions(quiz.course, 3)
    for question in questions:
        question.lesson, question.passage = lesson, lesson.body[0].id
        question.save()
    enrollment = EnrollmentFactory(training_class__course=quiz.course, training_class__code="DVK-QUIZ")
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, enrollment.trainee.username, PASSWORD)

    page.goto("/lop-cua-toi/")
    page.get_by_role("link", name="Làm bài kiểm tra").click()
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    expect(page.get_by_role("timer")).to_contain_text("Thời gian còn lại")

    first, second = page.locator("#cau-1"), page.locator("#cau-2")
    first.get_by_label("Đúng là A").check()
    expect(first.locator(".question__status")).to_contain_text("Đã lưu")

    page.context.set_offline(True)
    second.get_by_label("Đúng là A").check()
    expect(second.locator(".question__status")).to_contain_text("Chưa gửi")
    expect(page.get_by_role("status").filter(has_text="Mất kết nối")).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "quiz_offline.png", full_page=True)
    assert AttemptQuestion.objects.filter(chosen=[]).count() == 2

    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    expect(second.locator(".question__status")).to_contain_text("Đã lưu")
    assert AttemptQuestion.objects.filter(chosen=[]).count() == 1

    # The server fails for a moment (a proxy's 502): the answer stays on the device and is sent again.
    third = page.locator("#cau-3")
    page.route("**/tra-loi/", lambda route: route.fulfill(status=502, body="Bad Gateway"))
    third.get_by_label("Sai là C").check()
    expect(third.locator(".question__status")).to_contain_text("Chưa lưu được")
    page.unroute("**/tra-loi/")
    expect(third.locator(".question__status")).to_contain_text("Đã lưu", timeout=15_000)
    assert AttemptQuestion.objects.filter(chosen=[]).count() == 0

    page.reload()
    expect(page.locator("#cau-2").get_by_label("Đúng là A")).to_be_checked()
    page.locator("#cau-3").get_by_label("Sai là B").check()
    expect(page.locator("#cau-3 .question__status")).to_contain_text("Đã lưu")
    page.get_by_role("button", name="Nộp bài").click()

    expect(page.locator(".result__score")).to_have_text("66,67%")
    expect(page.locator(".result__verdict")).to_contain_text("Đạt")
    expect(page.get_by_role("heading", name=re.compile("Câu 3: sai"))).to_be_visible()
    expect(page.get_by_text("Vì bài học nói vậy.").first).to_be_visible()
    page.get_by_role("link", name=re.compile("Đọc đoạn nêu đáp án")).first.click()
    expect(page).to_have_url(re.compile(f"#doan-{lesson.body[0].id}$"))
    page.go_back()
    page.screenshot(path=SCREENSHOTS_DIR / "quiz_review.png", full_page=True)


def test_while_a_hall_presses_start_answers_wait_on_the_device_and_go_together(
    browser_page, settings, monkeypatch
):
    """The first trainee's start is a hall here; the page holds the answers for the hold, then sends them."""
    settings.QUIZ_HALL_STARTS, settings.QUIZ_HALL_SECONDS, settings.QUIZ_AUTOSAVE_BUSY_HOLD_SECONDS = 1, 60, 4
    monkeypatch.setattr(shedding, "_starts", shedding.collections.deque())
    page = browser_page
    open_quiz_page(page, 3)

    page.get_by_role("button", name="Bắt đầu làm bài").click()
    first, second = page.locator("#cau-1"), page.locator("#cau-2")
    first.get_by_label("Đúng là A").check()
    second.get_by_label("Sai là B").check()

    expect(second.locator(".question__status")).to_contain_text("Chưa gửi")
    expect(page.get_by_role("status").filter(has_text="Hệ thống đang bận")).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "quiz_held.png", full_page=True)
    assert AttemptQuestion.objects.filter(chosen=[]).count() == 3

    expect(first.locator(".question__status")).to_contain_text("Đã lưu", timeout=10_000)
    expect(second.locator(".question__status")).to_contain_text("Đã lưu")
    assert AttemptQuestion.objects.filter(chosen=[]).count() == 1
