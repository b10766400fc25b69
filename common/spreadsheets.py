"""What the spreadsheets people fill in by hand have in common (a list of trainees, a question bank).

The table's header row is found among a sheet's first rows by what its cells say, in any order, case
or accents and with notes in brackets; the table is on the first visible sheet whose header has the
columns needed. A file that is not a workbook, or is damaged, gets one message.
"""

import io
import re
import unicodedata
from dataclasses import dataclass

import openpyxl
from django.utils.translation import gettext as _

from .office_files import ArchiveTooLarge, check_archive
from .text import fold

HEADER_SEARCH_ROWS = 10

_BRACKETED = re.compile(r"[(\[][^)\]]*[)\]]")
_NOT_ALNUM = re.compile(r"[\W_]+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")  # zero-width spaces and joiners, the BOM
_SPACES = re.compile(r"\s+")


def header_key(text):
    """What a header cell is compared by: "Số điện thoại (di động)" → "sodienthoai", "E-mail" → "email"."""
    folded = fold(unicodedata.normalize("NFC", str(text))).replace("ð", "d")
    return _NOT_ALNUM.sub("", _BRACKETED.sub("", folded))


@dataclass
class HeaderRow:
    """A row naming known columns. Subclasses give ``COLUMN_OF`` (header_key → column) and say when the
    header is complete."""

    COLUMN_OF = {}

    row_number: int
    columns: dict  # column → index of the first cell naming it
    width: int  # cells up to the last non-empty one

    @property
    def is_complete(self):
        raise NotImplementedError

    @classmethod
    def find(cls, rows):
        """Among ``rows`` ((row number, cells) pairs), the one naming the most columns; None if none names any."""
        best = None
        for row_number, values in rows:
            columns, width = {}, 0
            for index, value in enumerate(values):
                if value is None or not str(value).strip():
                    continue
                width = index + 1
                column = cls.COLUMN_OF.get(header_key(value))
                if column is not None and column not in columns:
                    columns[column] = index
            if columns and (best is None or len(columns) > len(best.columns)):
                best = cls(row_number, columns, width)
        return best


def read_xlsx_table(data, header_class, read_table, error, header_error):
    """``read_table(sheet, header)`` on the first visible sheet of the .xlsx ``data`` whose header (a
    ``header_class`` among its first rows) is complete.

    With no such sheet, raises ``header_error(the first partial header, or None)``; a file that is not a
    workbook, or turns out damaged while it is read, raises ``error`` with one message, and one that
    unpacks to too much (``common.office_files``) another, before anything is parsed.
    """
    try:
        check_archive(data)
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ArchiveTooLarge as refused:
        raise error(str(refused)) from None
    except Exception:  # a text file, a corrupt zip, a zip that is not a workbook, broken XML …
        raise error(not_a_workbook()) from None
    try:
        first_partial = None
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible":
                continue
            sheet.reset_dimensions()  # the size a file declares can be wrong, and would cut rows off
            header = header_class.find(sheet_rows(sheet, max_row=HEADER_SEARCH_ROWS))
            if header is not None and header.is_complete:
                return read_table(sheet, header)
            first_partial = first_partial or header
        raise header_error(first_partial)
    except error:
        raise
    except Exception:  # read-only sheets are parsed lazily: damage can show up while reading rows
        raise error(not_a_workbook()) from None
    finally:
        workbook.close()


def cell_text(value):
    """A cell's value as NFC text, lines kept, trimmed, without zero-width characters; "" for an empty
    cell. A whole number that the sheet stores as a float (12.0) reads as typed (12)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", str(value)))
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def cell_line(value):
    """``cell_text`` on one line: runs of whitespace, line breaks included, become one space."""
    return _SPACES.sub(" ", cell_text(value)).strip()


def no_header_found():
    return _("No header row was found in the first %(rows)s rows.") % {"rows": HEADER_SEARCH_ROWS}


def not_a_workbook():
    return _(
        "This file cannot be opened as an Excel workbook (.xlsx). Save it as .xlsx in Excel and try again."
    )


def sheet_rows(sheet, min_row=1, max_row=None, max_col=None):
    """(row number, cells) of a worksheet; a cell is a str, a number or None."""
    rows = sheet.iter_rows(min_row=min_row, max_row=max_row, max_col=max_col, values_only=True)
    return enumerate(rows, start=min_row)
