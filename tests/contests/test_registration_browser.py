"""In Chromium, on a phone: register for a contest with the code the SMS backend sent, sign out, and sign
back in with a new code."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import SCREENSHOTS_DIR
from tests.contests.factories_registration import make_contest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("codes_in_turn"),
]


def latest_code(outbox):
    return re.search(r"\b(\d{6})\b", outbox[-1].text).group(1)


def test_an_entrant_registers_with_a_code_signs_out_and_signs_back_in_with_another(
    browser_page, sms_outbox, settings
):
    settings.PHONE_CODE_RESEND_SECONDS = 0
    contest = make_contest()
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})

    page.goto(f"/cuoc-thi/{contest.pk}/dang-ky/")
    expect(page.get_by_role("heading", name="Đăng ký dự thi")).to_be_visible()
    expect(page.get_by_text(contest.consent_purpose)).to_be_visible()
    page.get_by_label("Họ và tên").fill("Nguyễn Thị Hồng Nhung")
    page.get_by_label("Ngày sinh").fill("1990-05-17")
    page.get_by_label("Số điện thoại").fill("+84 912 345 678")
    page.get_by_label("Đơn vị").select_option(label="Sở Công Thương")
    page.get_by_label("Tôi đồng ý cho xử lý dữ liệu cá nhân").check()
    page.screenshot(path=SCREENSHOTS_DIR / "contest_registration_form.png", full_page=True)
    page.get_by_role("button", name="Gửi mã xác nhận").click()

    expect(page.get_by_role("heading", name="Xác nhận số điện thoại")).to_be_visible()
    assert sms_outbox[-1].phone == "0912345678"
    page.get_by_label("Mã xác nhận").fill(latest_code(sms_outbox))
    page.get_by_role("button", name="Xác nhận", exact=True).click()

    expect(page.get_by_role("status")).to_contain_text("Bạn đã đăng ký dự thi")
    expect(page.get_by_role("heading", name="Thông tin dự thi")).to_be_visible()
    expect(page.get_by_label("Đơn vị")).to_have_value(str(contest.units.get(name="Sở Công Thương").pk))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, (
        "the page scrolls sideways on a phone"
    )
    page.screenshot(path=SCREENSHOTS_DIR / "contest_entrant_details.png", full_page=True)

    page.get_by_role("button", name="Menu").click()
    page.get_by_text("Nguyễn Thị Hồng Nhung").click()
    expect(page.get_by_role("link", name="Đổi mật khẩu")).to_have_count(0)  # an entrant has no password
    page.get_by_role("button", name="Đăng xuất").click()

    page.goto(f"/cuoc-thi/{contest.pk}/thong-tin/")
    expect(page.get_by_role("heading", name="Đăng nhập dự thi")).to_be_visible()
    page.get_by_label("Số điện thoại").fill("0912 345 678")
    page.get_by_role("button", name="Gửi mã xác nhận").click()
    page.get_by_label("Mã xác nhận").fill("999999")
    page.get_by_role("button", name="Xác nhận", exact=True).click()
    expect(page.get_by_text("Mã xác nhận không đúng. Còn 4 lần thử")).to_be_visible()
    page.get_by_label("Mã xác nhận").fill(latest_code(sms_outbox))
    page.get_by_role("button", name="Xác nhận", exact=True).click()

    expect(page).to_have_url(re.compile(rf"/cuoc-thi/{contest.pk}/thong-tin/$"))
    page.get_by_role("button", name="Menu").click()
    expect(page.get_by_role("banner")).to_contain_text("Nguyễn Thị Hồng Nhung")
    assert len(sms_outbox) == 2
