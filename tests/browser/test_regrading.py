"""A trainer fixes a question's key and regrades the past attempts, in Chromium: the preview names whose
result changes and how, nothing changes until they confirm, and then the trainee's result is the new one."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from quizzes.models import Attempt
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def demo():
    call_command("load_demo", verbosity=0)


def test_a_trainer_fixes_a_key_previews_the_regrade_and_confirms_it(browser_page, demo):
    attempt = Attempt.objects.get(enrollment__trainee__username="hocvien2")
    slot = attempt.slots.select_related("question").filter(question__kind="single").first()
    question = slot.question
    options = list(question.options.order_by("sort_order"))
    new_key = next(index for index, option in enumerate(options) if option.weight == 0)
    page = browser_page

    sign_in(page, "giangvien")
    page.goto(f"/admin/snippets/quizzes/question/edit/{question.pk}/")
    for index in range(len(options)):
        page.locator(f'input[name="options-{index}-weight"]').fill("100" if index == new_key else "0")
    page.get_by_role("button", name="Lưu").first.click()
    expect(page.get_by_text("đã được cập nhật")).to_be_visible()
    assert Attempt.objects.get(pk=attempt.pk).score == 100  # fixing the key changes no past score

    page.goto(f"/admin/snippets/quizzes/question/edit/{question.pk}/")
    page.locator("header").get_by_role("button", name="Thao tác", exact=True).click()
    page.get_by_role("link", name="Chấm lại các lượt đã làm").click()

    expect(page.get_by_role("heading", name="Xem trước: chưa có gì được ghi")).to_be_visible()
    preview = page.locator("table.listing")
    expect(preview).to_contain_text("Trần Văn Đức")
    expect(preview).to_contain_text("DVK-DEMO")
    expect(page.get_by_text("Đáp án hiện tại:")).to_contain_text(f"{options[new_key].text} (100%)")
    expect(preview).to_contain_text("lần 1: 100% → 93,33%")
    page.screenshot(path=SCREENSHOTS_DIR / "admin_regrade_preview.png", full_page=True)
    assert Attempt.objects.get(pk=attempt.pk).score == 100

    page.get_by_role("button", name="Chấm lại ngay").click()

    expect(page.get_by_text("Đã chấm lại: kết quả của 1 học viên thay đổi.")).to_be_visible()
    expect(page.get_by_role("heading", name="Kết quả đã thay đổi")).to_be_visible()
    expect(page.locator("table.listing")).to_contain_text("100% → 93,33%")
    assert str(Attempt.objects.get(pk=attempt.pk).score) == "93.33"
