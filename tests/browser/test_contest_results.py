"""An organizer closes a contest round in Chromium, reads its ranking and downloads the winners' list;
anyone then reads the results with the winners' phones masked."""

import openpyxl
import pytest
from playwright.sync_api import expect

from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.contests.factories_rank import make_entrant, make_entry, make_round
from tests.factories import PASSWORD, OrganizerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def finished_round():
    organizer = OrganizerFactory(username="btc-cuocthi")
    round = make_round(first_prizes=1, second_prizes=1, third_prizes=1, consolation_prizes=0)
    round.contest.organizing_unit.organizers.add(organizer)
    health, trade = round.contest.units.all()
    make_entry(
        make_entrant(round, "Nguyễn Thị An", unit=health, phone="0912345678"), round, 100, 2, seconds=420
    )
    make_entry(
        make_entrant(round, "Trần Văn Bình", unit=trade, phone="0987654321"), round, 100, 9, seconds=300
    )
    make_entry(make_entrant(round, "Lê Thị Chi", unit=trade, phone="0903111222"), round, 80, 2, seconds=200)
    make_entry(
        make_entrant(round, "Phạm Văn Dũng", unit=health, phone="0904333444"), round, 60, 2, seconds=200
    )
    return round


def test_an_organizer_closes_a_round_and_downloads_the_winners(browser_page, finished_round, tmp_path):
    page = browser_page
    page.set_viewport_size({"width": 1366, "height": 2000})

    sign_in(page, "btc-cuocthi", PASSWORD)
    page.goto("/admin/")
    page.get_by_role("link", name="Kết quả cuộc thi").click()
    page.get_by_role("link", name="Tuần thi thứ nhất").click()
    expect(page.get_by_text("Tuần thi chưa được xếp hạng.")).to_be_visible()
    page.get_by_role("button", name="Đóng tuần thi và xếp hạng").click()

    expect(page.get_by_text("Đã đóng tuần thi và xếp hạng.")).to_be_visible()
    expect(page.locator("#all-correct")).to_have_text("2")
    ranking = page.locator("#ranking tbody tr")
    expect(ranking.first).to_contain_text("Nguyễn Thị An")  # predicted 2, the true number
    expect(ranking.nth(1)).to_contain_text("Trần Văn Bình")
    page.screenshot(path=SCREENSHOTS_DIR / "contest_round_closed.png", full_page=True)

    with page.expect_download() as download:
        page.get_by_role("link", name="Danh sách đoạt giải").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    rows = list(openpyxl.load_workbook(path)["Danh sách đoạt giải"].values)
    assert [row[1:4] for row in rows[1:]] == [
        (1, "Giải Nhất", "Nguyễn Thị An"),
        (2, "Giải Nhì", "Trần Văn Bình"),
        (3, "Giải Ba", "Lê Thị Chi"),
    ]

    page.get_by_role("link", name="Trang kết quả công khai").click()
    expect(page.get_by_role("heading", name="Kết quả Tuần thi thứ nhất")).to_be_visible()
    winners = page.locator("#winners")
    expect(winners).to_contain_text("091x xxx 678")
    expect(winners).not_to_contain_text("0912345678")
    page.screenshot(path=SCREENSHOTS_DIR / "contest_round_results.png", full_page=True)
