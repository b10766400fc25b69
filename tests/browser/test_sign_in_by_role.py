"""Each role signs in through the real login page in Chromium and sees what it should."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.conftest import SCREENSHOTS_DIR
from training import demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def demo_site():
    call_command("load_demo", verbosity=0)


def sign_in(page, username, password=demo.PASSWORD):
    page.goto("/accounts/login/")
    page.get_by_label("Tên đăng nhập, email hoặc số điện thoại").fill(username)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()


def test_a_trainee_sees_their_name_and_classes_but_no_administration(browser_page, demo_site):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})

    sign_in(page, "hocvien")

    header = page.get_by_role("banner")
    menu = header.get_by_role("button", name="Menu")
    expect(header.get_by_role("link", name="Lớp của tôi")).to_be_hidden()  # folded on a phone
    assert header.bounding_box()["height"] < 80, "the header takes a screen of its own on a phone"
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(header.get_by_text("Nguyễn Thị Hồng Nhung")).to_be_visible()
    expect(header.get_by_role("link", name="Lớp của tôi")).to_be_visible()
    expect(header.get_by_role("link", name="Quản trị")).to_have_count(0)
    page.screenshot(path=SCREENSHOTS_DIR / "site_menu_on_a_phone.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, (
        "the page scrolls sideways on a phone"
    )

    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    expect(page.get_by_role("main")).to_contain_text("Nguyễn Thị Hồng Nhung")


@pytest.mark.parametrize("username", ["giangvien", "bantochuc", "admin"])
def test_trainers_organizers_and_admins_reach_the_vietnamese_admin(browser_page, demo_site, username):
    page = browser_page

    sign_in(page, username)
    page.get_by_role("banner").get_by_role("link", name="Quản trị").click()

    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.get_by_role("navigation").first).to_contain_text("Trang")


def test_a_wrong_password_gets_a_vietnamese_message_and_english_is_one_click_away(browser_page, demo_site):
    page = browser_page

    sign_in(page, "hocvien", "sai-mat-khau")

    expect(page.get_by_role("alert")).to_contain_text("Tên đăng nhập hoặc mật khẩu không đúng")
    page.get_by_role("button", name="English").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()


def test_failures_under_any_name_of_an_account_lock_it_and_the_page_says_when_to_retry(
    browser_page, demo_site, settings
):
    """After five wrong passwords the right one waits too, however the account is named."""
    page = browser_page
    names = ["hocvien", "HOCVIEN", " hocvien", "Hocvien ", "HocVien"]
    assert len(names) == settings.AXES_FAILURE_LIMIT
    for name in names:
        sign_in(page, name, "sai-mat-khau")

    sign_in(page, "hocvien")

    expect(page.get_by_role("heading", name="Tạm khóa đăng nhập")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("thử lại sau 15 phút")
    page.screenshot(path=SCREENSHOTS_DIR / "sign_in_locked_out.png", full_page=True)
    page.goto("/lop-cua-toi/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
