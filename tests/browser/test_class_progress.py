"""A trainee joins a class with its code, reads and marks lessons, and watches the progress bar move."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.factories import TraineeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_trainee_joins_by_code_marks_lessons_and_sees_progress(browser_page):
    call_command("load_demo")
    TraineeFactory(username="hocvienmoi", full_name="Lê Thị Thu Hương", password="mat-khau-moi-2026")
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, "hocvienmoi", "mat-khau-moi-2026")

    page.goto("/lop-cua-toi/")
    page.get_by_role("textbox", name="Mã lớp").fill("KHONG-CO")
    page.get_by_role("button", name="Tham gia lớp").click()
    expect(page.get_by_text("Không có lớp nào có mã “KHONG-CO”")).to_be_visible()

    page.get_by_role("textbox", name="Mã lớp").fill("dvk-demo")
    page.get_by_label("Đơn vị của bạn").fill("Sở Nội vụ")
    page.get_by_role("button", name="Tham gia lớp").click()
    expect(page.get_by_role("status").first).to_contain_text("Bạn đã được ghi danh")
    expect(page.get_by_text("0 / 5 bài đã học (0%)")).to_be_visible()

    for expected in ("1 / 5 bài đã học (20%)", "2 / 5 bài đã học (40%)"):
        page.get_by_role("link", name=re.compile("^(Bắt đầu|Học tiếp):")).click()
        page.get_by_role("button", name="Đánh dấu đã học bài này").click()
        expect(page.get_by_text("Bạn đã đánh dấu bài này là đã học.")).to_be_visible()
        page.get_by_role("banner").get_by_role("button", name="Menu").click()
        page.get_by_role("banner").get_by_role("link", name="Lớp của tôi").click()
        expect(page.get_by_text(expected)).to_be_visible()

    bar = page.get_by_role("progressbar", name="Tiến độ")
    assert bar.evaluate("element => element.position") == 0.4
    page.screenshot(path=SCREENSHOTS_DIR / "my_classes_progress.png", full_page=True)
