"""Read an organizer's spreadsheet of trainees (.xlsx or .csv) and check every row.

Organizers keep their lists in Excel: a title row or two, then a header (Họ và tên, Email, Số điện
thoại, Đơn vị, Chức vụ …), then one trainee per row. ``read_roster`` finds the header, cleans each
row and reports every row it cannot take, with the spreadsheet's own row number, so the organizer
can fix the file in Excel. It writes nothing: the caller enrols ``Roster.rows``.
"""

import csv
import io
from dataclasses import dataclass, field
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from common.phones import normalize_phone
from common.spreadsheets import (
    HEADER_SEARCH_ROWS,
    HeaderRow,
    cell_line,
    no_header_found,
    read_xlsx_table,
    sheet_rows,
)
from common.uploads import read_limited

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DATA_ROWS = 10_000
# The lengths of User.full_name and Enrollment.unit / Enrollment.position.
MAX_NAME_LENGTH = 150
MAX_UNIT_LENGTH = 255
# How much of a bad value a message quotes back.
_QUOTE_LENGTH = 60

NAME, EMAIL, PHONE, UNIT, POSITION = "full_name", "email", "phone", "unit", "position"

# Header text is compared folded (no case, no diacritics) with everything but letters and digits
# removed, and without notes in brackets: "Số điện thoại (di động)" → "sodienthoai".
HEADER_ALIASES = {
    NAME: {"hovaten", "hoten", "tenhocvien", "hovatenhocvien", "hotenhocvien", "fullname"},
    EMAIL: {"email", "thudientu", "diachiemail"},
    PHONE: {"sodienthoai", "dienthoai", "sdt", "sodt", "didong", "sodidong", "dienthoaididong", "phone"},
    UNIT: {"donvi", "coquan", "donvicongtac", "coquancongtac", "unit"},
    POSITION: {"chucvu", "position"},
}
_COLUMN_OF_ALIAS = {alias: column for column, aliases in HEADER_ALIASES.items() for alias in aliases}

_CSV_DELIMITERS = (",", ";", "\t")


class RosterError(Exception):
    """The file as a whole cannot be read; the message says why, for the organizer."""


@dataclass(frozen=True)
class RosterRow:
    row_number: int
    full_name: str
    email: str
    phone: str
    unit: str
    position: str


@dataclass(frozen=True)
class RowProblem:
    row_number: int
    message: str


@dataclass
class Roster:
    rows: list[RosterRow] = field(default_factory=list)  # the valid rows, in file order
    problems: list[RowProblem] = field(default_factory=list)  # one per fault; a row may have several
    total: int = 0  # non-blank data rows, valid or not


def read_roster(file, filename: str) -> Roster:
    """Read the trainees in ``file`` (binary, .xlsx or .csv as ``filename`` says) and check every row."""
    extension = PurePath(filename or "").suffix.lower()
    if extension not in {".xlsx", ".csv"}:
        raise RosterError(
            _(
                "“%(filename)s” is neither an Excel workbook (.xlsx) nor a CSV file (.csv). "
                "Save the list as .xlsx and try again."
            )
            % {"filename": filename}
        )
    data = read_limited(file, MAX_FILE_BYTES)
    if data is None:
        raise RosterError(
            _(
                "The file is larger than %(limit)s MB. Split the list into smaller files and import them one by one."
            )
            % {"limit": MAX_FILE_BYTES // (1024 * 1024)}
        )
    if extension == ".xlsx":
        return _read_xlsx(data)
    return _read_csv(data)


# --- Excel ---------------------------------------------------------------------------------------


def _read_xlsx(data):
    return read_xlsx_table(
        data,
        _Header,
        lambda sheet, header: _check_rows(
            sheet_rows(sheet, min_row=header.row_number + 1, max_col=header.width), header
        ),
        RosterError,
        _header_error,
    )


# --- CSV -----------------------------------------------------------------------------------------


def _read_csv(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is None or "\x00" in text:
        raise RosterError(
            _(
                "This file cannot be read as a CSV file in UTF-8. "
                "In Excel, save it as “CSV UTF-8 (Comma delimited)” or as .xlsx and try again."
            )
        )
    try:
        header, delimiter = _find_csv_header(text)
        if not header.is_complete:
            raise _header_error(header)
        rows = _csv_rows(text, delimiter)
        for _skipped in range(header.row_number):
            next(rows)
        return _check_rows(rows, header)
    except csv.Error:
        raise RosterError(
            _(
                "This CSV file is damaged or has a cell that is far too long. Save the list as .xlsx and try again."
            )
        ) from None


def _csv_rows(text, delimiter):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return enumerate(reader, start=1)


def _find_csv_header(text):
    """The header and the delimiter that makes the best of it, among , ; and tab."""
    best = None
    for delimiter in _CSV_DELIMITERS:
        first_rows = []
        for row in _csv_rows(text, delimiter):
            first_rows.append(row)
            if len(first_rows) == HEADER_SEARCH_ROWS:
                break
        header = _Header.find(first_rows)
        if header is not None and (best is None or header.score > best[0].score):
            best = (header, delimiter)
    if best is None:
        raise _header_error(None)
    return best


# --- Header --------------------------------------------------------------------------------------


class _Header(HeaderRow):
    COLUMN_OF = _COLUMN_OF_ALIAS

    @property
    def is_complete(self):
        return NAME in self.columns and (EMAIL in self.columns or PHONE in self.columns)

    @property
    def score(self):
        return (self.is_complete, len(self.columns), self.width)


def _header_error(header):
    expected = _(
        "The list needs a column “Họ và tên” and a column “Email” or “Số điện thoại” (or both); "
        "“Đơn vị” and “Chức vụ” are optional."
    )
    if header is None:
        message = no_header_found()
    elif NAME not in header.columns:
        message = _("The header row (row %(row)s) has no column for the full name.") % {
            "row": header.row_number
        }
    else:
        message = _("The header row (row %(row)s) has no column for the email or the phone number.") % {
            "row": header.row_number
        }
    return RosterError(f"{message} {expected}")


# --- Rows ----------------------------------------------------------------------------------------


def _check_rows(rows, header):
    roster = Roster()
    first_row_of = {}  # (EMAIL or PHONE, normalised value) → the row it first appeared in
    for row_number, values in rows:
        if all(value is None or not str(value).strip() for value in values):
            continue
        roster.total += 1
        if roster.total > MAX_DATA_ROWS:
            raise RosterError(
                _("The list has more than %(limit)s rows of trainees. Split it into smaller files.")
                % {"limit": MAX_DATA_ROWS}
            )
        row, problems = _check_row(row_number, header, values, first_row_of)
        if problems:
            roster.problems.extend(RowProblem(row_number, message) for message in problems)
        else:
            roster.rows.append(row)
    return roster


def _check_row(row_number, header, values, first_row_of):
    def cell(column):
        index = header.columns.get(column)
        return values[index] if index is not None and index < len(values) else None

    full_name, unit, position = (cell_line(cell(column)) for column in (NAME, UNIT, POSITION))
    raw_email, raw_phone = cell_line(cell(EMAIL)), cell(PHONE)
    email, phone = raw_email.lower(), _phone(raw_phone)
    raw_phone = cell_line(raw_phone)
    problems = []
    context = {"row": row_number}

    if not full_name:
        problems.append(_("Row %(row)s: the full name is missing.") % context)
    elif len(full_name) > MAX_NAME_LENGTH:
        problems.append(
            _("Row %(row)s: the full name is longer than %(limit)s characters.")
            % {**context, "limit": MAX_NAME_LENGTH}
        )
    if len(unit) > MAX_UNIT_LENGTH:
        problems.append(
            _("Row %(row)s: the unit is longer than %(limit)s characters.")
            % {**context, "limit": MAX_UNIT_LENGTH}
        )
    if len(position) > MAX_UNIT_LENGTH:
        problems.append(
            _("Row %(row)s: the position is longer than %(limit)s characters.")
            % {**context, "limit": MAX_UNIT_LENGTH}
        )

    if not raw_email and not raw_phone:
        problems.append(
            _("Row %(row)s: no email and no phone number; at least one of them is needed.") % context
        )
    if raw_email and not _is_valid_email(email):
        problems.append(
            _("Row %(row)s: “%(email)s” is not a valid email address.")
            % {**context, "email": _quoted(raw_email)}
        )
        email = ""
    if raw_phone and not phone:
        problems.append(
            _(
                "Row %(row)s: “%(phone)s” is not a Vietnamese phone number "
                "(10 digits starting with 0, or +84 and 9 digits)."
            )
            % {**context, "phone": _quoted(raw_phone)}
        )

    # A contact counts as taken by the first row that has it in a valid form, whatever else is wrong
    # with that row: two rows with one email or phone are the same person, or a typing mistake.
    if email:
        earlier = first_row_of.setdefault((EMAIL, email), row_number)
        if earlier != row_number:
            problems.append(
                _("Row %(row)s: the email %(email)s is already in row %(earlier)s.")
                % {**context, "email": email, "earlier": earlier}
            )
    if phone:
        earlier = first_row_of.setdefault((PHONE, phone), row_number)
        if earlier != row_number:
            problems.append(
                _("Row %(row)s: the phone number %(phone)s is already in row %(earlier)s.")
                % {**context, "phone": phone, "earlier": earlier}
            )

    return RosterRow(row_number, full_name, email, phone, unit, position), problems


def _phone(value):
    """The national form of a phone cell, or "".

    Excel stores 0912345678 typed as a number as 912345678: a numeric cell of 9 digits gets its 0 back.
    """
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        digits = str(int(value))
        if len(digits) == 9:
            return "0" + digits
    return normalize_phone(cell_line(value))


def _is_valid_email(email):
    try:
        validate_email(email)
    except ValidationError:
        return False
    return True


def _quoted(text):
    return text if len(text) <= _QUOTE_LENGTH else text[: _QUOTE_LENGTH - 1] + "…"
