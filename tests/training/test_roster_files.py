"""Trainee lists that cannot be read: not a spreadsheet, damaged, no header found, too large."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.training.rosters import CSV_TEXT, HEADER, TITLE, csv_bytes, xlsx
from training.enrollment.roster import MAX_DATA_ROWS, RosterError, read_roster

pytestmark = pytest.mark.usefixtures("english")


def test_a_text_file_named_xlsx_is_refused():
    with pytest.raises(RosterError, match=r"cannot be opened as an Excel workbook \(\.xlsx\)"):
        read_roster(csv_bytes(CSV_TEXT), "ds.xlsx")


def test_a_corrupt_workbook_is_refused():
    damaged = xlsx(HEADER, [1, "Nguyễn Văn An", "an@example.vn", "", "", ""]).getvalue()[:-200]

    with pytest.raises(RosterError, match="cannot be opened as an Excel workbook"):
        read_roster(io.BytesIO(damaged), "ds.xlsx")


def test_a_zip_that_is_not_a_workbook_is_refused():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as target:
        target.writestr("ghi-chu.txt", "không phải bảng tính")
    archive.seek(0)

    with pytest.raises(RosterError, match="cannot be opened as an Excel workbook"):
        read_roster(archive, "ds.xlsx")


def test_a_binary_file_named_csv_is_refused():
    workbook_bytes = xlsx(HEADER).getvalue()

    with pytest.raises(RosterError, match=r"cannot be read as a CSV file in UTF-8"):
        read_roster(io.BytesIO(workbook_bytes), "ds.csv")


def test_a_csv_in_a_legacy_vietnamese_encoding_is_refused_with_a_way_out():
    legacy = "full_name,email\nĐàm Văn Tâm,tam@example.vn\n".encode("cp1258")

    with pytest.raises(RosterError, match="CSV UTF-8"):
        read_roster(io.BytesIO(legacy), "ds.csv")


@pytest.mark.parametrize("filename", ["ds.xls", "ds.pdf", "ds.docx", "danh-sach"])
def test_a_file_that_is_not_xlsx_or_csv_is_refused(filename):
    with pytest.raises(RosterError) as refused:
        read_roster(io.BytesIO(b"%PDF-1.4"), filename)

    assert str(refused.value) == (
        f"“{filename}” is neither an Excel workbook (.xlsx) nor a CSV file (.csv). Save the list as .xlsx and try again."
    )


def test_a_sheet_without_a_recognisable_header_is_refused_with_the_expected_columns():
    with pytest.raises(RosterError) as refused:
        read_roster(xlsx(TITLE, ["Tên", "Liên hệ"], ["Nguyễn Văn An", "an@example.vn"]), "ds.xlsx")

    assert str(refused.value) == (
        "No header row was found in the first 10 rows. The list needs a column “Họ và tên” and a column "
        "“Email” or “Số điện thoại” (or both); “Đơn vị” and “Chức vụ” are optional."
    )


def test_a_header_below_the_tenth_row_is_not_looked_for():
    rows = [[f"Ghi chú {n}"] for n in range(10)] + [HEADER, [1, "Nguyễn Văn An", "an@example.vn", "", "", ""]]

    with pytest.raises(RosterError, match="No header row was found in the first 10 rows"):
        read_roster(xlsx(*rows), "ds.xlsx")


def test_a_header_without_a_name_column_is_refused_and_says_so():
    with pytest.raises(
        RosterError, match=r"The header row \(row 2\) has no column for the full name\. .*Họ và tên"
    ):
        read_roster(xlsx(TITLE, ["STT", "Email", "Đơn vị"], [1, "an@example.vn", "Sở Y tế"]), "ds.xlsx")


def test_a_header_without_an_email_or_phone_column_is_refused_and_says_so():
    with pytest.raises(RosterError, match=r"\(row 1\) has no column for the email or the phone number"):
        read_roster(csv_bytes("Họ và tên,Đơn vị\nNguyễn Văn An,Sở Y tế\n"), "ds.csv")


def test_an_empty_csv_is_refused_for_want_of_a_header():
    with pytest.raises(RosterError, match="No header row"):
        read_roster(io.BytesIO(b""), "ds.csv")


def test_a_file_over_5_mb_is_refused_before_it_is_parsed():
    big = io.BytesIO(b"Ho va ten,Email\n" + b"x" * (5 * 1024 * 1024))

    with pytest.raises(RosterError, match="larger than 5 MB"):
        read_roster(big, "ds.csv")
    assert big.tell() <= 5 * 1024 * 1024 + 1


def test_an_uploaded_file_over_5_mb_is_refused_by_its_size_without_being_read():
    class Upload(SimpleUploadedFile):
        def read(self, *args):
            raise AssertionError("a file known to be too big must not be read")

    upload = Upload("ds.xlsx", b"")
    upload.size = 6 * 1024 * 1024

    with pytest.raises(RosterError, match="larger than 5 MB"):
        read_roster(upload, "ds.xlsx")


def test_a_list_of_exactly_the_maximum_rows_is_read():
    lines = "".join(f"Học viên {n},hv{n}@example.vn\n" for n in range(MAX_DATA_ROWS))

    roster = read_roster(csv_bytes("Họ và tên,Email\n" + lines), "ds.csv")

    assert len(roster.rows) == roster.total == MAX_DATA_ROWS


def test_a_list_over_the_maximum_rows_is_refused():
    lines = "".join(f"Học viên {n},hv{n}@example.vn\n" for n in range(MAX_DATA_ROWS + 1))

    with pytest.raises(RosterError, match="more than 10000 rows"):
        read_roster(csv_bytes("Họ và tên,Email\n" + lines), "ds.csv")


def test_a_workbook_over_the_maximum_rows_is_refused():
    rows = [[f"Học viên {n}", f"hv{n}@example.vn"] for n in range(MAX_DATA_ROWS + 1)]

    with pytest.raises(RosterError, match="more than 10000 rows"):
        read_roster(xlsx(["Họ và tên", "Email"], *rows), "ds.xlsx")


def test_a_csv_with_a_cell_too_long_to_be_a_cell_is_refused():
    with pytest.raises(RosterError, match="damaged or has a cell that is far too long"):
        read_roster(csv_bytes("Họ và tên,Email\n" + "a" * 200_000 + ",a@example.vn\n"), "ds.csv")
