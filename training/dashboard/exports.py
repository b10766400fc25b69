"""The dashboard's exports: XLSX for the people who report upward, CSV for other tools.

Both hold the figures the pages show, rounded the same way (``training.dashboard.figures``). In the workbook,
dates are dates, rates are numbers with a percent format and scores numbers out of 100; the CSV is
UTF-8 with a byte-order mark (so that Excel reads Vietnamese), comma-separated, with ISO dates and
a dot before decimals. An empty class or selection gives the headers and no rows.
"""

import csv
import datetime
import io
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from common.cell_text import csv_phone, csv_text, xlsx_value

from ..models import Certificate
from ..progress import Progress
from .figures import DEFINITIONS, Status

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"

# TEXT is what people typed (names, units, titles …): never a formula (``common.cell_text``).
TEXT, PHONE, INTEGER, SCORE, RATE, DATE, DATETIME = (
    "text",
    "phone",
    "integer",
    "score",
    "rate",
    "date",
    "datetime",
)
NUMBER_FORMATS = {
    SCORE: "0.00",
    RATE: "0.0%",
    DATE: "dd/mm/yyyy",
    DATETIME: "dd/mm/yyyy hh:mm",
}
WIDTHS = {TEXT: 22, PHONE: 14, INTEGER: 12, SCORE: 12, RATE: 12, DATE: 13, DATETIME: 17}
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEFEF")
TITLE_FONT = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class Column:
    header: str
    kind: str
    value: object  # row → value
    width: int | None = None


def trainee_columns(report):
    """The columns of the trainee sheet and of the class CSV, in order. Labels are looked up once, not
    once per trainee: a class may have thousands."""
    total = report.lessons_total
    statuses = {status: str(label) for status, label in Status.choices}
    certificate_statuses = {status: str(label) for status, label in Certificate.Status.choices}
    passed, not_passed = _("Passed"), _("Not passed")
    columns = [
        Column(
            gettext_lazy("Full name"), TEXT, lambda row: row.trainee__full_name or row.trainee__username, 28
        ),
        Column(gettext_lazy("Email"), TEXT, lambda row: row.trainee__email, 28),
        Column(gettext_lazy("Phone number"), PHONE, lambda row: row.trainee__phone),
        Column(gettext_lazy("Unit"), TEXT, lambda row: row.unit, 30),
        Column(gettext_lazy("Position"), TEXT, lambda row: row.position),
        Column(gettext_lazy("Enrolled on"), DATETIME, lambda row: row.enrolled_at),
        Column(gettext_lazy("Lessons done"), INTEGER, lambda row: row.lessons_done),
        Column(gettext_lazy("Lessons in the course"), INTEGER, lambda row: total),
        Column(
            gettext_lazy("Progress (%)"), RATE, lambda row: Progress(row.lessons_done, total, None).percent
        ),
    ]
    if report.quiz:
        columns += [
            Column(gettext_lazy("Quiz result (%)"), SCORE, lambda row: row.result),
            Column(
                gettext_lazy("Passed"),
                TEXT,
                lambda row: (
                    None if row.result is None else passed if row.result >= report.pass_mark else not_passed
                ),
                12,
            ),
            Column(gettext_lazy("Attempts used"), INTEGER, lambda row: row.attempts_used),
        ]
    return columns + [
        Column(gettext_lazy("Status"), TEXT, lambda row: statuses[row.status], 16),
        Column(gettext_lazy("Completed on"), DATETIME, lambda row: row.completed_at),
        Column(gettext_lazy("Certificate serial number"), TEXT, lambda row: row.certificate__serial, 20),
        Column(
            gettext_lazy("Certificate status"),
            TEXT,
            lambda row: certificate_statuses.get(row.certificate__status),
            16,
        ),
        Column(gettext_lazy("Certificate issued on"), DATETIME, lambda row: row.certificate__issued_at),
    ]


def figure_columns(first):
    """The columns of a table of figures: ``first`` (the unit or the class) then the counts and rates."""
    return [
        *first,
        Column(gettext_lazy("Enrolled"), INTEGER, lambda row: row.figures.enrolled),
        Column(Status.NOT_STARTED.label, INTEGER, lambda row: row.figures.not_started),
        Column(Status.IN_PROGRESS.label, INTEGER, lambda row: row.figures.in_progress),
        Column(Status.COMPLETED.label, INTEGER, lambda row: row.figures.completed),
        Column(gettext_lazy("Completion rate (%)"), RATE, lambda row: row.figures.completion_rate),
        Column(gettext_lazy("Certified"), INTEGER, lambda row: row.figures.certified),
        Column(gettext_lazy("With a quiz result"), INTEGER, lambda row: row.figures.with_result),
        Column(gettext_lazy("Passed"), INTEGER, lambda row: row.figures.passed),
        Column(gettext_lazy("Pass rate (%)"), RATE, lambda row: row.figures.pass_rate),
        Column(gettext_lazy("Average score (%)"), SCORE, lambda row: row.figures.average_score),
        Column(gettext_lazy("Median score (%)"), SCORE, lambda row: row.figures.median_score),
    ]


UNIT_COLUMNS = figure_columns(
    [Column(gettext_lazy("Unit"), TEXT, lambda row: row.unit or _("(no unit given)"), 34)]
)
CLASS_COLUMNS = figure_columns(
    [
        Column(gettext_lazy("Class code"), TEXT, lambda row: row.training_class.code, 16),
        Column(gettext_lazy("Class"), TEXT, lambda row: row.training_class.name, 40),
        Column(gettext_lazy("Course"), TEXT, lambda row: row.training_class.course.title, 30),
        Column(
            gettext_lazy("Organizing unit"), TEXT, lambda row: row.training_class.organizing_unit.name, 28
        ),
        Column(gettext_lazy("Starts on"), DATE, lambda row: row.training_class.starts_on),
        Column(gettext_lazy("Ends on"), DATE, lambda row: row.training_class.ends_on),
    ]
)
TIMELINE_COLUMNS = [
    Column(gettext_lazy("Day"), DATE, lambda row: row[0]),
    Column(gettext_lazy("Completed that day"), INTEGER, lambda row: row[1], 16),
    Column(gettext_lazy("Completed so far"), INTEGER, lambda row: row[2], 16),
]


def numbered(columns):
    """``columns`` after a first one numbering the rows (STT), as Vietnamese lists have."""
    return [Column(gettext_lazy("No."), INTEGER, None, 6), *columns]


def _values(columns, number, row):
    return [number if column.value is None else column.value(row) for column in columns]


# The workbooks


def class_workbook(report, rows, selection="", now=None):
    """Summary, units, days and trainees of one class, as XLSX bytes; ``selection`` says which trainees
    ``rows`` holds when the list was filtered."""
    training_class = report.training_class
    workbook = Workbook(write_only=True)
    summary = _sheet(workbook, pgettext("spreadsheet", "Summary"), [30, 16, 14])
    _title(summary, _("Training class report"))
    _pairs(
        summary,
        [
            (_("Class"), training_class.name),
            (_("Class code"), training_class.code),
            (_("Course"), training_class.course.title),
            (_("Organizing unit"), training_class.organizing_unit.name),
            (_("Starts on"), training_class.starts_on),
            (_("Ends on"), training_class.ends_on),
            (_("Quiz"), report.quiz.title if report.quiz else _("The course has no quiz.")),
            *([(_("Pass mark (%)"), report.pass_mark)] if report.quiz else []),
            (_("Figures as of"), timezone.localtime(now or timezone.now())),
            *([(_("Trainees listed"), selection)] if selection else []),
        ],
    )
    _figures_table(summary, report.figures)
    summary.append([])
    _header(summary, [_("Score"), _("Trainees")])
    for lower, count in report.figures.histogram():
        summary.append([f"{lower}–{lower + 10}", count])
    _definitions(summary)

    _table(workbook, _("By unit"), UNIT_COLUMNS, report.units)
    _table(workbook, _("By day"), TIMELINE_COLUMNS, report.timeline)
    _table(workbook, _("Trainees"), numbered(trainee_columns(report)), rows)
    return _bytes(workbook)


def overview_workbook(rows, totals, scope, now=None):
    """The key figures of several classes, with their totals, as XLSX bytes."""
    workbook = Workbook(write_only=True)
    summary = _sheet(workbook, pgettext("spreadsheet", "Summary"), [30, 16, 14])
    _title(summary, _("Training classes report"))
    _pairs(
        summary,
        [
            (_("Classes"), len(rows)),
            (_("Selection"), scope or _("All the classes you follow")),
            (_("Figures as of"), timezone.localtime(now or timezone.now())),
        ],
    )
    _figures_table(summary, totals)
    _definitions(summary)
    _table(workbook, _("Classes"), CLASS_COLUMNS, rows)
    return _bytes(workbook)


def _sheet(workbook, title, widths):
    sheet = workbook.create_sheet(title)
    for index, width in enumerate(widths):
        sheet.column_dimensions[_letter(index)].width = width
    return sheet


def _title(sheet, text):
    cell = WriteOnlyCell(sheet, text)
    cell.font = TITLE_FONT
    sheet.append([cell])
    sheet.append([])


def _pairs(sheet, pairs):
    for label, value in pairs:
        sheet.append([_bold(sheet, label), _cell(sheet, value, _kind_of(value))])
    sheet.append([])


def _figures_table(sheet, figures):
    _header(sheet, [_("Figure"), _("Trainees"), _("Rate")])
    rows = [
        (_("Enrolled"), figures.enrolled, None),
        (Status.NOT_STARTED.label, figures.not_started, figures.share(figures.not_started)),
        (Status.IN_PROGRESS.label, figures.in_progress, figures.share(figures.in_progress)),
        (_("Completed (completion rate)"), figures.completed, figures.completion_rate),
        (_("Certified"), figures.certified, figures.share(figures.certified)),
        (_("With a quiz result"), figures.with_result, None),
        (_("Passed (pass rate)"), figures.passed, figures.pass_rate),
    ]
    for label, count, rate in rows:
        sheet.append([str(label), _cell(sheet, count, INTEGER), _cell(sheet, rate, RATE)])
    sheet.append([_("Average score (%)"), _cell(sheet, figures.average_score, SCORE)])
    sheet.append([_("Median score (%)"), _cell(sheet, figures.median_score, SCORE)])


def _definitions(sheet):
    sheet.append([])
    sheet.append([_bold(sheet, _("How the figures are counted"))])
    for definition in DEFINITIONS:
        sheet.append([str(definition)])


def _table(workbook, title, columns, rows):
    sheet = workbook.create_sheet(title)
    for index, column in enumerate(columns):
        sheet.column_dimensions[_letter(index)].width = column.width or WIDTHS[column.kind]
    sheet.freeze_panes = "A2"
    _header(sheet, [column.header for column in columns])
    cells = [_column_cell(sheet, column.kind) for column in columns]
    count = 0
    for count, row in enumerate(rows, start=1):  # the last count is the number of rows
        sheet.append([cell(value) for cell, value in zip(cells, _values(columns, count, row), strict=True)])
    sheet.auto_filter.ref = f"A1:{_letter(len(columns) - 1)}{count + 1}"
    return sheet


def _column_cell(sheet, kind):
    """value → what a cell of this kind holds. A formatted cell is made once per column and refilled for
    each row: the write-only sheet writes a row as soon as it is appended, and styling thousands of cells
    one by one is what made a large export slow."""
    if kind in (TEXT, PHONE):
        return lambda value: None if value in (None, "") else xlsx_value(sheet, value)
    if kind == INTEGER:
        return lambda value: None if value == "" else value
    cell = WriteOnlyCell(sheet)
    cell.number_format = NUMBER_FORMATS[kind]
    convert = _EXCEL_VALUES[kind]

    def fill(value):
        if value is None:
            return None
        cell.value = convert(value)
        return cell

    return fill


_EXCEL_VALUES = {
    SCORE: float,
    RATE: lambda value: float(value) / 100,
    DATE: lambda value: value,
    DATETIME: lambda value: timezone.localtime(value).replace(tzinfo=None),  # Excel knows no time zones
}


def _header(sheet, labels):
    cells = []
    for label in labels:
        cell = _bold(sheet, label)
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
        cells.append(cell)
    sheet.append(cells)


def _bold(sheet, text):
    cell = WriteOnlyCell(sheet, str(text))
    cell.font = HEADER_FONT
    return cell


def _cell(sheet, value, kind):
    """One cell of the summary, as the tables hold them."""
    return _column_cell(sheet, kind)(value)


def _kind_of(value):
    if isinstance(value, datetime.datetime):
        return DATETIME
    if isinstance(value, datetime.date):
        return DATE
    if isinstance(value, int):
        return INTEGER
    return TEXT


def _letter(index):
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _bytes(workbook):
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# CSV


def csv_bytes(columns, rows):
    """One table as CSV: UTF-8 with a byte-order mark, a header row, ISO dates, dots before decimals."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(column.header) for column in columns])
    for number, row in enumerate(rows, start=1):
        values = _values(columns, number, row)
        writer.writerow(
            [_csv_value(value, column.kind) for value, column in zip(values, columns, strict=True)]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _csv_value(value, kind):
    if value is None:
        return ""
    if kind == DATETIME:
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if kind == DATE:
        return value.isoformat()
    if kind == SCORE:
        return f"{Decimal(value).normalize():f}"  # 86.67, 72.5, 40: the same on every database
    if kind == TEXT:
        return csv_text(value)
    if kind == PHONE:
        return csv_phone(value)
    return str(value)
