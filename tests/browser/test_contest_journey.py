"""The whole journey of an online contest in Chromium, as issue 16 tells it: a visitor reads the rules
on the contest's public page, registers with the code the SMS backend sent to their phone, takes the
open round, predicts and sees their result; once the round's time is over, an organizer closes it in
the Wagtail admin and downloads the winners' list; the public results page then names the entrant
among the winners, with their phone masked."""

import re

import openpyxl
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from contests.models import Entrant, Entry, Round
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.contests.factories import RoundFactory, contest_page
from tests.contests.factories_rank import make_entrant, make_entry
from tests.contests.factories_registration import make_contest
from tests.contests.test_registration_browser import latest_code
from tests.factories import PASSWORD, OrganizerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NAME = "Nguyễn Thị Hồng Nhung"
PREDICTION_LABEL = "Có bao nhiêu người dự thi trả lời đúng tất cả"


@pytest.fixture
def open_round():
    """An open round of three questions with 1 first, 1 second and 1 third prize, in a contest with a
    public page and an organizer; two entrants have already answered every question right (one
    predicting 9), one has 80 % and one 60 %."""
    contest = make_contest()
    contest.organizing_unit.organizers.add(OrganizerFactory(username="btc-cuocthi"))
    contest_page(
        contest,
        rules="<p>Mỗi tuần thi có 3 câu hỏi trắc nghiệm và một câu hỏi dự đoán; giải thưởng xét theo "
        "điểm, rồi theo dự đoán gần đúng nhất.</p>",
    )
    round = RoundFactory(
        contest=contest,
        title="Tuần thi thứ nhất",
        first_prizes=1,
        second_prizes=1,
        third_prizes=1,
        consolation_prizes=0,
    )
    health, trade = contest.units.all()
    for full_name, unit, phone, score, prediction in [
        ("Trần Văn Bình", trade, "0987654321", 100, 9),
        ("Lê Thị Chi", trade, "0903111222", 80, 2),
        ("Phạm Văn Dũng", health, "0904333444", 60, 2),
    ]:
        make_entry(make_entrant(round, full_name, unit=unit, phone=phone), round, score, prediction)
    return round


def test_register_take_the_round_and_win_once_the_organizer_closes_it(
    browser_page, browser, live_server, open_round, sms_outbox, tmp_path
):
    round = open_round
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})

    # A visitor reads the rules on the contest's public page and registers with their phone.
    page.goto(round.contest.page.url)
    expect(page.get_by_role("heading", name="Thể lệ")).to_be_visible()
    expect(page.get_by_text("Mỗi tuần thi có 3 câu hỏi trắc nghiệm")).to_be_visible()
    expect(page.get_by_role("heading", name="Đang mở: Tuần thi thứ nhất")).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "contest_journey_1_rules.png", full_page=True)
    page.get_by_role("link", name="Đăng ký dự thi").click()

    expect(page.get_by_role("heading", name="Đăng ký dự thi")).to_be_visible()
    page.get_by_label("Họ và tên").fill(NAME)
    page.get_by_label("Ngày sinh").fill("1990-05-17")
    page.get_by_label("Số điện thoại").fill("0912 345 678")
    page.get_by_label("Đơn vị").select_option(label="Sở Y tế")
    page.get_by_label("Tôi đồng ý cho xử lý dữ liệu cá nhân").check()
    page.screenshot(path=SCREENSHOTS_DIR / "contest_journey_2_registration.png", full_page=True)
    page.get_by_role("button", name="Gửi mã xác nhận").click()

    expect(page.get_by_role("heading", name="Xác nhận số điện thoại")).to_be_visible()
    assert [message.phone for message in sms_outbox] == ["0912345678"]
    page.get_by_label("Mã xác nhận").fill(latest_code(sms_outbox))
    page.get_by_role("button", name="Xác nhận", exact=True).click()

    # Registered and signed in, they are back on the contest's page and take the open round.
    expect(page.get_by_text("Bạn đã đăng ký dự thi")).to_be_visible()
    expect(page).to_have_url(re.compile(re.escape(round.contest.page.url) + "$"))
    assert Entrant.objects.get(full_name=NAME).phone == "0912345678"
    page.screenshot(path=SCREENSHOTS_DIR / "contest_journey_3_registered.png", full_page=True)
    page.get_by_role("button", name="Vào thi").click()

    expect(page.get_by_role("timer")).to_contain_text("Thời gian còn lại")
    for number in (1, 2, 3):
        question = page.locator(f"#cau-{number}")
        question.get_by_label("Đúng là A").check()
        expect(question.locator(".question__status")).to_contain_text("Đã lưu")
    page.get_by_label(PREDICTION_LABEL).fill("2")
    page.evaluate("window.scrollTo(0, 0)")  # the timer sticks to the top of the screen: keep it there
    page.screenshot(path=SCREENSHOTS_DIR / "contest_journey_4_entry.png", full_page=True)
    page.get_by_role("button", name="Nộp bài").click()

    expect(page.locator(".result__score")).to_have_text("100%")
    expect(page.locator(".result__time")).to_contain_text("phút")
    expect(page.locator(".result__prediction")).to_have_text("2")
    page.screenshot(path=SCREENSHOTS_DIR / "contest_journey_5_result.png", full_page=True)
    entry = Entry.objects.get(entrant__full_name=NAME)
    assert (entry.score, entry.prediction, entry.is_open) == (100, 2, False)

    # The round's time is over; an organizer, at their own desk, closes it and downloads the winners.
    Round.objects.filter(pk=round.pk).update(closes_at=timezone.now())
    desk = browser.new_context(
        base_url=live_server.url, locale="en-US", viewport={"width": 1366, "height": 1800}
    )
    try:
        admin = desk.new_page()
        admin.set_default_timeout(10_000)
        sign_in(admin, "btc-cuocthi", PASSWORD)
        admin.goto("/admin/")
        admin.get_by_role("link", name="Kết quả cuộc thi").click()
        admin.get_by_role("link", name="Tuần thi thứ nhất").click()
        expect(admin.get_by_text("Tuần thi chưa được xếp hạng.")).to_be_visible()
        admin.get_by_role("button", name="Đóng tuần thi và xếp hạng").click()

        expect(admin.get_by_text("Đã đóng tuần thi và xếp hạng.")).to_be_visible()
        expect(admin.locator("#all-correct")).to_have_text("2")
        ranking = admin.locator("#ranking tbody tr")
        expect(ranking.first).to_contain_text(NAME)  # predicted 2, the true number
        expect(ranking.nth(1)).to_contain_text("Trần Văn Bình")
        admin.screenshot(path=SCREENSHOTS_DIR / "contest_journey_6_closed.png", full_page=True)

        with admin.expect_download() as download:
            admin.get_by_role("link", name="Danh sách đoạt giải").click()
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
    finally:
        desk.close()
    rows = list(openpyxl.load_workbook(path)["Danh sách đoạt giải"].values)
    assert [row[1:4] for row in rows[1:]] == [
        (1, "Giải Nhất", NAME),
        (2, "Giải Nhì", "Trần Văn Bình"),
        (3, "Giải Ba", "Lê Thị Chi"),
    ]
    assert "0912345678" in rows[1]

    # Back on the contest's page, the entrant finds the round closed and its results.
    page.goto(round.contest.page.url)
    closed = page.locator(".round--closed")
    expect(closed).to_contain_text("Tuần thi thứ nhất")
    expect(page.get_by_role("heading", name=re.compile("Đang mở"))).to_have_count(0)
    page.screenshot(path=SCREENSHOTS_DIR / "contest_journey_7_contest_closed.png", full_page=True)
    closed.get_by_role("link", name="Kết quả").click()

    expect(page.get_by_role("heading", name="Kết quả Tuần thi thứ nhất")).to_be_visible()
    winners = page.locator("#winners")
    first = winners.locator("tbody tr").first
    expect(first).to_contain_text(NAME)
    expect(first).to_contain_text("Giải Nhất")
    expect(first).to_contain_text("091x xxx 678")
    expect(winners).not_to_contain_text("0912345678")
    expect(winners).not_to_contain_text("Phạm Văn Dũng")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, (
        "the page scrolls sideways on a phone"
    )
    first.get_by_text("091x xxx 678").scroll_into_view_if_needed()  # the table scrolls within its frame
