"""A trainee of the demo class reads a lesson of the demo course on a phone."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_lesson_reads_well_on_a_phone(browser_page):
    call_command("load_demo")
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 780})
    sign_in(page, "hocvien")

    page.goto("/")
    page.get_by_role("main").get_by_role("link", name="Xem các khóa học").click()
    page.get_by_role("main").get_by_role("link", name=re.compile("Dân vận khéo")).first.click()
    expect(page.get_by_role("heading", name="Mục tiêu khóa học")).to_be_visible()
    page.locator(".lesson-list a").first.click()

    expect(page.get_by_text("Bài 1 / 5")).to_be_visible()
    expect(page.locator(".quotation").first).to_be_visible()
    expect(page.locator(".citation").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, (
        "the lesson scrolls sideways on a phone"
    )
    page.screenshot(path=SCREENSHOTS_DIR / "lesson_on_a_phone.png", full_page=True)

    code = page.locator(".passage--paragraph").get_by_role("link", name="16/CT-TTg").first
    code.scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS_DIR / "lesson_code_in_running_text.png")
    code.click()
    expect(page.get_by_role("heading", name="Chỉ thị 16/CT-TTg")).to_be_visible()
    expect(page.get_by_role("main").get_by_role("link", name=re.compile("Người đứng đầu"))).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "register_entry_from_a_lesson.png", full_page=True)
    page.go_back()

    page.get_by_role("link", name=re.compile("Bài tiếp theo")).click()
    expect(page.get_by_text("Bài 2 / 5")).to_be_visible()
    page.locator(".citation a").first.click()
    expect(page.get_by_role("heading", name="Các bài học dẫn chiếu văn bản này")).to_be_visible()
