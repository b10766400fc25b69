"""A trainer links a question to the passage that states its answer, in Chromium: the passage is
chosen by its first words under its lesson, and a trainee's review then leads to it."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from courses.models import LessonPage
from quizzes.models import Question
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LESSON = "Người đứng đầu và công tác dân vận: bảy việc mấu chốt"


@pytest.fixture
def demo():
    call_command("load_demo", verbosity=0)


def test_a_trainer_links_a_question_to_a_passage_chosen_by_its_words(browser_page, demo):
    lesson = LessonPage.objects.get(title=LESSON)
    question = Question.objects.filter(lesson=lesson).first()
    block = next(b for b in lesson.body if b.block_type == "paragraph" and b.id != question.passage)
    page = browser_page

    sign_in(page, "giangvien")
    page.goto(f"/admin/snippets/quizzes/question/edit/{question.pk}/")
    passage = page.get_by_label("Đoạn")
    passage.select_option(value=block.id)
    expect(passage.locator("option:checked")).to_contain_text("§")
    passage.scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS_DIR / "admin_question_passage.png")
    page.get_by_role("button", name="Lưu").first.click()

    expect(page.get_by_text("đã được cập nhật")).to_be_visible()
    question.refresh_from_db()
    assert question.lesson_id == lesson.pk
    assert question.passage_url().endswith(f"#doan-{block.id}")
