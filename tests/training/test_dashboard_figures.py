"""The dashboard's figures for a class built by hand (tests/dashboard_data.py), against the page and both
exports: the same numbers everywhere, computed by the database."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
import time_machine

from tests.dashboard_data import build_class, moment
from tests.factories import EnrollmentFactory, OrganizerFactory, TrainingClassFactory
from training.dashboard.figures import Figures, Status, class_report, figures_by_class

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 10)


@pytest.fixture
def built():
    return build_class()


@pytest.fixture
def organizer_client(client, built):
    organizer = OrganizerFactory()
    built.training_class.organizing_unit.organizers.add(organizer)
    client.force_login(organizer)
    return client


def url(built, tail=""):
    return f"/admin/training/classes/{built.training_class.pk}/dashboard/{tail}"


def test_the_class_counts_match_the_figures_worked_out_by_hand(built):
    figures = class_report(built.training_class, today=TODAY).figures

    assert figures.enrolled == 7
    assert (figures.not_started, figures.in_progress, figures.completed) == (1, 3, 3)
    assert figures.certified == 1  # the revoked and the pending certificates do not count
    assert (figures.with_result, figures.passed) == (4, 3)
    assert figures.completion_rate == Decimal("42.9")
    assert figures.pass_rate == Decimal("75.0")
    assert figures.average_score == Decimal("72.5")
    assert figures.median_score == Decimal("75.0")
    assert [count for _lower, count in figures.histogram()] == [0, 0, 0, 0, 1, 0, 1, 0, 0, 2]


def test_units_are_sorted_by_completion_rate_with_their_own_figures(built):
    units = class_report(built.training_class, today=TODAY).units

    assert [
        (row.unit, row.figures.enrolled, row.figures.completed, row.figures.completion_rate) for row in units
    ] == [
        ("", 1, 1, Decimal("100.0")),
        ("Sở Tư pháp", 3, 2, Decimal("66.7")),
        ("Sở Y tế", 3, 0, Decimal("0.0")),
    ]
    assert [row.figures.average_score for row in units] == [Decimal("60.0"), Decimal("76.7"), None]


def test_completions_add_up_day_by_day_from_the_first_day_of_the_class_to_today(built):
    timeline = class_report(built.training_class, today=TODAY).timeline

    assert timeline[0] == (datetime.date(2026, 3, 2), 0, 0)
    assert timeline[1] == (datetime.date(2026, 3, 3), 2, 2)
    assert timeline[3] == (datetime.date(2026, 3, 5), 1, 3)
    assert timeline[-1] == (TODAY, 0, 3)
    assert len(timeline) == 9


def test_after_its_last_day_the_timeline_stops_at_the_end_of_the_class(built):
    timeline = class_report(built.training_class, today=datetime.date(2026, 6, 1)).timeline

    assert timeline[-1] == (datetime.date(2026, 3, 31), 0, 3)


def test_a_completion_after_the_last_day_extends_the_timeline_so_that_nothing_is_lost(built):
    late = built.enrollments["Phạm Văn Dũng"]
    late.completed_at = moment(31) + datetime.timedelta(days=3)
    late.save()

    timeline = class_report(built.training_class, today=datetime.date(2026, 6, 1)).timeline

    assert timeline[-1] == (datetime.date(2026, 4, 3), 1, 4)


def test_a_result_of_100_is_in_the_last_bin_and_the_median_of_an_odd_count_is_the_middle_result():
    figures = Figures()
    for result in (Decimal("100"), Decimal("9.99"), Decimal("10"), Decimal("55.55"), Decimal("90")):
        figures.add(Status.COMPLETED, False, result, 1, pass_mark=50)

    assert [count for _lower, count in figures.histogram()] == [1, 1, 0, 0, 0, 1, 0, 0, 0, 2]
    assert figures.median_score == Decimal("55.6")  # 55.55 rounded half up
    assert figures.passed == 3


def test_an_empty_class_has_no_rates_rather_than_a_division_by_zero():
    figures = class_report(TrainingClassFactory()).figures

    assert (figures.enrolled, figures.completion_rate, figures.pass_rate) == (0, None, None)
    assert (figures.average_score, figures.median_score) == (None, None)


def test_the_overview_gives_each_class_its_own_figures_in_one_go(built):
    other = EnrollmentFactory(completed_at=moment(4)).training_class

    figures = figures_by_class([built.training_class, other])

    assert figures[built.training_class.pk].completed == 3
    assert figures[built.training_class.pk].pass_rate == Decimal("75.0")
    assert (figures[other.pk].enrolled, figures[other.pk].completed, figures[other.pk].pass_rate) == (
        1,
        1,
        None,
    )


@time_machine.travel(datetime.datetime(2026, 3, 10, 12, tzinfo=datetime.UTC), tick=False)
def test_the_dashboard_page_shows_the_figures_worked_out_by_hand(organizer_client, built):
    page = organizer_client.get(url(built)).content.decode()

    for shown in ("42,9%", "75,0%", "72,5%", "3 trên 4 học viên có kết quả", "66,7%", "76,7%", "100,0%"):
        assert shown in page, shown
    cards = {label: value for label, value in card_values(page)}
    assert cards == {
        "Ghi danh": "7",
        "Chưa bắt đầu": "1",
        "Đang học": "3",
        "Hoàn thành": "3",
        "Có giấy chứng nhận": "1",
        "Tỷ lệ đạt": "75,0%",
        "Điểm trung bình": "72,5%",
        "Điểm trung vị": "75,0%",
        "Chưa có kết quả kiểm tra": "3",
    }
    assert "(chưa ghi đơn vị)" in page
    assert 'role="img"' in page and "<title" in page and "<desc" in page


def card_values(page):
    import re

    pattern = r'dvk-card__label">([^<]+)</span>\s*<span class="dvk-card__value">([^<]+)</span>'
    return re.findall(pattern, page)


@time_machine.travel(datetime.datetime(2026, 3, 10, 12, tzinfo=datetime.UTC), tick=False)
def test_the_workbook_holds_the_same_figures_with_dates_as_dates_and_rates_as_percentages(
    organizer_client, built
):
    response = organizer_client.get(url(built, "export.xlsx"))

    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "thong-ke-dvk-2026-tk-" in response["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Tổng hợp", "Theo đơn vị", "Theo ngày", "Học viên"]

    summary = {row[0].value: row[1:] for row in workbook["Tổng hợp"].iter_rows() if row and row[0].value}
    assert summary["Mã lớp"][0].value == "DVK-2026-TK"
    assert summary["Ngày bắt đầu"][0].value == datetime.datetime(2026, 3, 2)
    assert summary["Ghi danh"][0].value == 7
    completed = summary["Hoàn thành (tỷ lệ hoàn thành)"]
    assert (completed[0].value, completed[1].value, completed[1].number_format) == (3, 0.429, "0.0%")
    assert summary["Đạt (tỷ lệ đạt)"][1].value == 0.75
    assert summary["Điểm trung bình (%)"][0].value == 72.5
    assert summary["Điểm trung vị (%)"][0].value == 75.0
    assert summary["90–100"][0].value == 2

    units = list(workbook["Theo đơn vị"].values)
    assert units[0][:6] == (
        "Đơn vị",
        "Ghi danh",
        "Chưa bắt đầu",
        "Đang học",
        "Hoàn thành",
        "Tỷ lệ hoàn thành (%)",
    )
    assert [row[0] for row in units[1:]] == ["(chưa ghi đơn vị)", "Sở Tư pháp", "Sở Y tế"]
    assert units[2][5] == pytest.approx(0.667)

    days = list(workbook["Theo ngày"].values)
    assert days[2] == (datetime.datetime(2026, 3, 3), 2, 2)

    trainees = workbook["Học viên"]
    header = [cell.value for cell in trainees[1]]
    assert header[:6] == ["STT", "Họ và tên", "Email", "Số điện thoại", "Đơn vị", "Chức vụ"]
    rows = {
        row[1]: dict(zip(header, row, strict=True)) for row in trainees.iter_rows(min_row=2, values_only=True)
    }
    assert len(rows) == 7
    dao = rows["Hoàng Thị Đào"]
    assert dao["Kết quả kiểm tra (%)"] == 90 and dao["Đạt"] == "Đạt" and dao["Số lượt đã làm"] == 2
    assert dao["Trạng thái"] == "Hoàn thành" and dao["Ngày hoàn thành"] == datetime.datetime(2026, 3, 3, 9)
    assert (
        dao["Số hiệu giấy chứng nhận"] == "DVK-2026-000004" and dao["Trạng thái giấy chứng nhận"] == "Đã cấp"
    )
    assert rows["Lê Thị Cúc"]["Số lượt đã làm"] == 1 and rows["Lê Thị Cúc"]["Kết quả kiểm tra (%)"] is None
    assert rows["Trần Văn Bình"]["Tiến độ (%)"] == 0.5
    assert trainees["J2"].number_format == "0.0%" and trainees["G2"].is_date


def test_the_csv_holds_the_same_trainee_rows_in_utf8_with_a_byte_order_mark(organizer_client, built):
    response = organizer_client.get(url(built, "export.csv"))

    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["Họ và tên"] for row in rows] == [
        "Nguyễn Thị An",  # An, Bình, Cúc … : by given name, as Vietnamese lists are
        "Trần Văn Bình",
        "Lê Thị Cúc",
        "Phạm Văn Dũng",
        "Hoàng Thị Đào",
        "Võ Minh Giang",
        "Đặng Thu Hà",
    ]
    dung = rows[3]
    assert (dung["STT"], dung["Kết quả kiểm tra (%)"], dung["Đạt"], dung["Trạng thái"]) == (
        "4",
        "40",
        "Chưa đạt",
        "Đang học",
    )
    assert rows[4]["Ngày hoàn thành"] == "2026-03-03 09:00"
    assert rows[1]["Tiến độ (%)"] == "50"


def test_a_class_without_a_quiz_shows_no_scores_and_exports_no_quiz_columns(client):
    enrollment = EnrollmentFactory()
    organizer = OrganizerFactory()
    enrollment.training_class.organizing_unit.organizers.add(organizer)
    client.force_login(organizer)

    page = client.get(f"/admin/training/classes/{enrollment.training_class.pk}/dashboard/").content.decode()
    exported = client.get(f"/admin/training/classes/{enrollment.training_class.pk}/dashboard/export.csv")

    assert "không có bài kiểm tra" in page and '<h2 id="dvk-scores">' not in page
    assert "Kết quả kiểm tra (%)" not in exported.content.decode("utf-8-sig").splitlines()[0]
