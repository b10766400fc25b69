"""The contest admin in Chromium: an organizer sets up a contest, its units and a round."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from contests.models import Contest, Entrant
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NAME = "Cuộc thi tìm hiểu Quy chế dân chủ ở cơ sở năm 2026"


@pytest.fixture
def demo():
    call_command("load_demo")


def test_an_organizer_creates_a_contest_with_units_and_a_round_in_the_admin(browser_page, demo):
    page = browser_page
    sign_in(page, "bantochuc")
    page.goto("/admin/snippets/contests/contest/")
    page.get_by_role("link", name="Thêm Cuộc thi").click()

    page.locator("#id_name").fill(NAME)
    expect(page.locator("#id_organizing_unit")).to_have_value(str(Contest.objects.get().organizing_unit_id))
    page.locator("#id_consent_purpose").fill("Để xác minh người dự thi và liên hệ trao giải.")
    for index, (unit, headcount) in enumerate(
        (("Sở Tư pháp tỉnh Quảng Ngãi", "210"), ("Sở Tài chính tỉnh Quảng Ngãi", "180"))
    ):
        page.get_by_role("button", name="Thêm Đơn vị dự thi").click()
        page.locator(f"#id_units-{index}-name").fill(unit)
        page.locator(f"#id_units-{index}-headcount").fill(headcount)
    page.get_by_role("button", name="Thêm Tuần thi").click()
    page.locator("#id_rounds-0-title").fill("Tuần thi thứ nhất")
    page.locator("#id_rounds-0-opens_at").fill("2026-12-07 08:00")
    page.locator("#id_rounds-0-closes_at").fill("2026-12-13 20:00")
    page.locator("#id_rounds-0-course").select_option(label="“Dân vận khéo” trong cơ quan nhà nước")
    page.locator("#id_rounds-0-questions_drawn").fill("10")
    page.locator("#id_rounds-0-tries_allowed").fill("3")
    page.locator("#id_rounds-0-certificates").select_option(label="Mọi người đoạt giải")
    page.locator("#id_rounds-0-title").click()  # a click elsewhere closes the date picker, which covers "Lưu"
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    page.screenshot(path=SCREENSHOTS_DIR / "contest_admin_round.png")
    page.get_by_role("button", name="Lưu").click()

    expect(page.locator(".messages")).to_contain_text(NAME)
    page.screenshot(path=SCREENSHOTS_DIR / "contest_admin_saved.png")
    contest = Contest.objects.get(name=NAME)
    assert [(unit.name, unit.headcount) for unit in contest.units.all()] == [
        ("Sở Tư pháp tỉnh Quảng Ngãi", 210),
        ("Sở Tài chính tỉnh Quảng Ngãi", 180),
    ]
    [round] = contest.rounds.all()
    assert (round.title, round.questions_drawn, round.tries_allowed, round.certificates) == (
        "Tuần thi thứ nhất",
        10,
        3,
        "winners",
    )


def test_an_organizer_finds_an_entrant_by_phone_and_corrects_the_name(browser_page, demo):
    page = browser_page
    sign_in(page, "bantochuc")
    page.goto("/admin/snippets/contests/entrant/")
    page.screenshot(path=SCREENSHOTS_DIR / "contest_admin_entrants.png")
    page.locator("#id_q").fill("0905123456")
    page.get_by_role("link", name="Đặng Thị Thu Trang").click()

    page.locator("#id_full_name").fill("Đặng Thị Thu Trang (Trang Đặng)")
    page.get_by_role("button", name="Lưu").click()
    expect(page.locator(".messages")).to_contain_text("Trang Đặng")

    page.goto(f"/admin/snippets/contests/entrant/history/{Entrant.objects.get(phone='0905123456').pk}/")
    expect(
        page.get_by_text("Họ và tên: Đặng Thị Thu Trang → Đặng Thị Thu Trang (Trang Đặng)")
    ).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "contest_admin_entrant_history.png")
