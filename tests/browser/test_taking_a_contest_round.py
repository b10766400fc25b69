"""An entrant reads the contest's rules, takes the round, predicts (a wrong figure first), submits and
sees the result; after the round closes, the right answers and explanations."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from contests.models import Entry, EntryQuestion
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.contests.factories import EntrantFactory, RoundFactory, contest_page
from tests.factories import PASSWORD, LessonPageFactory, paragraphs

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_entrant_takes_the_round_predicts_and_sees_the_result(browser_page):
    round = RoundFactory(title="Tuần thi thứ nhất", questions_drawn=3)
    lesson = LessonPageFactory(
        parent=round.course, title="Phương pháp dân vận khéo", body=paragraphs("Đúng là A.")
    )
    for question in round.course.questions.all():
        question.lesson, question.passage = lesson, lesson.body[0].id
        question.save()
    contest_page(
        round.contest,
        rules="<p>Mỗi tuần thi có 3 câu hỏi trắc nghiệm và một câu hỏi dự đoán.</p>",
        lessons=[lesson],
    )
    entrant = EntrantFactory(contest=round.contest)
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, entrant.user.username, PASSWORD)

    page.goto(round.contest.page.url)
    expect(page.get_by_role("heading", name="Thể lệ")).to_be_visible()
    expect(page.get_by_text("Mỗi tuần thi có 3 câu hỏi trắc nghiệm")).to_be_visible()
    references = page.get_by_role("region", name="Tài liệu tham khảo")
    references.get_by_role("link", name="Phương pháp dân vận khéo").click()
    expect(page.get_by_role("heading", name="Phương pháp dân vận khéo", level=1)).to_be_visible()
    page.go_back()
    expect(page.get_by_role("heading", name="Đang mở: Tuần thi thứ nhất")).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "contest_page.png", full_page=True)
    page.get_by_role("button", name="Vào thi").click()

    expect(page.get_by_role("timer")).to_contain_text("Thời gian còn lại")
    for number in (1, 2, 3):
        question = page.locator(f"#cau-{number}")
        question.get_by_label("Đúng là A").check()
        expect(question.locator(".question__status")).to_contain_text("Đã lưu")
    assert EntryQuestion.objects.filter(chosen=[]).count() == 0

    page.get_by_label("Có bao nhiêu người dự thi trả lời đúng tất cả").fill("1,5")
    page.get_by_role("button", name="Nộp bài").click()
    expect(page.get_by_role("alert")).to_contain_text("Dự đoán phải là một số nguyên")
    page.screenshot(path=SCREENSHOTS_DIR / "contest_entry_prediction_refused.png", full_page=True)
    assert Entry.objects.get().is_open
    expect(page.locator("#cau-2").get_by_label("Đúng là A")).to_be_checked()

    page.get_by_label("Có bao nhiêu người dự thi trả lời đúng tất cả").fill("1250")
    page.get_by_role("button", name="Nộp bài").click()

    expect(page.locator(".result__score")).to_have_text("100%")
    expect(page.locator(".result__prediction")).to_have_text("1250")
    expect(page.locator(".result__time")).to_contain_text("phút")
    expect(page.get_by_text("Đáp án và giải thích được hiển thị sau khi tuần thi kết thúc")).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "contest_result_before_close.png", full_page=True)

    round.closed_at = timezone.now()
    round.save()
    page.reload()
    expect(page.get_by_role("heading", name=re.compile("Câu 1: đúng"))).to_be_visible()
    expect(page.get_by_text("Vì bài học nói vậy.").first).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Đọc đoạn nêu đáp án"))).to_have_count(3)
    page.screenshot(path=SCREENSHOTS_DIR / "contest_result_after_close.png", full_page=True)

    page.get_by_role("link", name="Quay lại cuộc thi").click()
    expect(page.get_by_role("link", name="Tuần thi thứ nhất, lượt 1")).to_be_visible()
