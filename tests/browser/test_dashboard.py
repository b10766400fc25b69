"""An organizer follows a class on the dashboard in Chromium: from the admin's home and the overview of
their classes to its figures and charts, to the trainees who have not started, to a search without
diacritics, and to the Excel file."""

import re

import openpyxl
import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from bench import scale_data
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from training.dashboard.figures import class_report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def busy_class():
    call_command("load_demo", verbosity=0)
    return scale_data.generate(trainees=120, classes=1, seed=2026)[0]


def test_an_organizer_reads_a_class_dashboard_lists_who_has_not_started_and_downloads_it(
    browser_page, busy_class, tmp_path
):
    figures = class_report(busy_class).figures
    page = browser_page
    page.set_viewport_size({"width": 1366, "height": 2300})  # the admin scrolls inside: show it all

    sign_in(page, "bantochuc")
    page.goto("/admin/")
    panel = page.get_by_role("region", name="Các lớp tập huấn của bạn")
    expect(panel).to_contain_text(busy_class.code)
    page.screenshot(path=SCREENSHOTS_DIR / "dashboard_home_panel.png")
    page.get_by_role("link", name="Thống kê tập huấn").click()
    expect(page.get_by_role("heading", name="Tổng cộng 2 lớp")).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "dashboard_overview.png")
    page.get_by_role("link", name=busy_class.name, exact=True).click()

    expect(page.get_by_role("heading", name="Phân bố điểm")).to_be_visible()
    expect(page.get_by_role("heading", name="Hoàn thành theo thời gian")).to_be_visible()
    expect(page.get_by_role("heading", name="Theo đơn vị")).to_be_visible()
    enrolled = page.locator(".dvk-card", has_text="Ghi danh").first
    expect(enrolled.locator(".dvk-card__value")).to_have_text(str(figures.enrolled))
    expect(page.locator(".dvk-card--completed .dvk-card__value")).to_have_text(str(figures.completed))
    expect(page.get_by_role("img", name=re.compile("Phân bố điểm"))).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "dashboard_class.png")

    page.locator(".dvk-card--not_started").click()
    expect(page.get_by_text(f"{figures.not_started} học viên trong danh sách")).to_be_visible()
    statuses = page.locator("td .w-status").all_inner_texts()
    assert statuses and {status.strip().lower() for status in statuses} == {"chưa bắt đầu"}

    page.goto(f"/admin/training/classes/{busy_class.pk}/dashboard/trainees/")
    page.locator(".w-slim-header__search-form input[name=q]").fill("nguyen thi")
    expect(page.get_by_text(re.compile(r"^\s*Có \d+ kết quả"))).to_be_visible()
    names = page.locator("td strong").all_inner_texts()
    assert names and all(name.startswith("Nguyễn Thị") for name in names)
    page.screenshot(path=SCREENSHOTS_DIR / "dashboard_trainees_search.png")

    page.goto(f"/admin/training/classes/{busy_class.pk}/dashboard/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải Excel (.xlsx)").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    workbook = openpyxl.load_workbook(path)
    summary = {row[0]: row[1] for row in workbook["Tổng hợp"].values if row and row[0]}
    assert summary["Ghi danh"] == figures.enrolled
    assert workbook["Học viên"].max_row == figures.enrolled + 1
