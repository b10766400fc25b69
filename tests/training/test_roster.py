"""Reading an organizer's spreadsheet of trainees: the header, the cleaned rows, every bad row reported."""

import io
import re
import unicodedata
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.training.rosters import CSV_TEXT, HEADER, TITLE, csv_bytes, xlsx
from training.enrollment.roster import RosterRow, read_roster

pytestmark = pytest.mark.usefixtures("english")


def messages(roster):
    return [problem.message for problem in roster.problems]


# --- Reading good rows ---------------------------------------------------------------------------


def test_a_list_under_a_title_row_gives_one_clean_row_per_trainee_with_the_spreadsheet_row_numbers():
    roster = read_roster(
        xlsx(
            TITLE,
            [],
            HEADER,
            [1, "Nguyễn Thị Hồng Nhung", "nhung.nth@kontum.gov.vn", "0912 345 678", "Sở Y tế", "Chuyên viên"],
            [2, "Trần Văn Đức", "", "+84 987 654 321", "Ban Dân vận Tỉnh ủy", "Phó Trưởng ban"],
        ),
        "hoc-vien.xlsx",
    )

    assert roster.problems == []
    assert roster.total == 2
    assert roster.rows == [
        RosterRow(
            4, "Nguyễn Thị Hồng Nhung", "nhung.nth@kontum.gov.vn", "0912345678", "Sở Y tế", "Chuyên viên"
        ),
        RosterRow(5, "Trần Văn Đức", "", "0987654321", "Ban Dân vận Tỉnh ủy", "Phó Trưởng ban"),
    ]


def test_a_name_typed_in_decomposed_unicode_comes_out_composed():
    decomposed = unicodedata.normalize("NFD", "Lê Thị Thủy")
    assert decomposed != "Lê Thị Thủy"

    roster = read_roster(xlsx(HEADER, [1, decomposed, "thuy@example.vn", "", "", ""]), "ds.xlsx")

    assert roster.rows[0].full_name == "Lê Thị Thủy"
    assert unicodedata.is_normalized("NFC", roster.rows[0].full_name)


def test_names_units_and_positions_are_trimmed_with_inner_spaces_collapsed():
    roster = read_roster(
        xlsx(
            HEADER,
            [
                1,
                "  Phạm   Minh\u00a0Tuấn ",
                "tuan@example.vn",
                "",
                " Sở  Công Thương\n Hà Tĩnh ",
                " Văn thư  ",
            ],
        ),
        "ds.xlsx",
    )

    row = roster.rows[0]
    assert (row.full_name, row.unit, row.position) == ("Phạm Minh Tuấn", "Sở Công Thương Hà Tĩnh", "Văn thư")


def test_emails_are_lower_cased_and_phones_put_in_national_form():
    roster = read_roster(
        xlsx(HEADER, [1, "Hoàng Thị Mai", "  Mai.HT@KonTum.Gov.VN ", "+84-912.345.678", "", ""]), "ds.xlsx"
    )

    assert (roster.rows[0].email, roster.rows[0].phone) == ("mai.ht@kontum.gov.vn", "0912345678")


def test_header_cells_are_matched_without_regard_to_case_diacritics_or_spacing_and_extra_columns_are_ignored():
    roster = read_roster(
        xlsx(
            ["Ghi chú", "so dien thoai", "Đơn  vị", "Ngày sinh", "HO VA TEN", "Chức vụ:"],
            ["đã xác nhận", "0912345678", "Sở Y tế", "12/03/1985", "Võ Thị Sáu", "Kế toán"],
        ),
        "ds.xlsx",
    )

    assert roster.rows == [RosterRow(2, "Võ Thị Sáu", "", "0912345678", "Sở Y tế", "Kế toán")]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Họ và tên", "full_name"),
        ("Họ tên", "full_name"),
        ("Tên học viên", "full_name"),
        ("full_name", "full_name"),
        ("Email", "email"),
        ("E-mail", "email"),
        ("Thư điện tử", "email"),
        ("email", "email"),
        ("Số điện thoại", "phone"),
        ("Điện thoại", "phone"),
        ("SĐT", "phone"),
        ("Di động", "phone"),
        ("Số điện thoại (di động)", "phone"),
        ("phone", "phone"),
        ("Đơn vị", "unit"),
        ("Cơ quan", "unit"),
        ("Đơn vị công tác", "unit"),
        ("unit", "unit"),
        ("Chức vụ", "position"),
        ("position", "position"),
    ],
)
def test_each_header_alias_names_its_column(header, field):
    columns = {"full_name": "Họ và tên", "email": "Email", "phone": "Điện thoại", "unit": "Đơn vị"}
    columns[field] = header
    if field not in {"email", "phone"}:
        columns.pop("phone")
    values = {
        "full_name": "Đặng Thùy Trâm",
        "email": "tram@example.vn",
        "phone": "0912345678",
        "unit": "Sở Y tế",
        "position": "Bác sĩ",
    }

    roster = read_roster(xlsx(list(columns.values()), [values[name] for name in columns]), "ds.xlsx")

    assert getattr(roster.rows[0], field) == values[field]


def test_blank_rows_are_ignored_and_not_counted():
    roster = read_roster(
        xlsx(
            HEADER,
            [1, "Nguyễn Văn An", "an@example.vn", "", "", ""],
            [],
            [None, "  ", "", None, "\t", ""],
            [2, "Nguyễn Văn Bình", "binh@example.vn", "", "", ""],
        ),
        "ds.xlsx",
    )

    assert roster.total == 2
    assert [row.row_number for row in roster.rows] == [2, 5]
    assert roster.problems == []


def test_a_nine_digit_number_stored_by_excel_gets_its_leading_zero_back():
    roster = read_roster(
        xlsx(
            HEADER,
            [1, "Lý Văn Hải", "", 912345678, "", ""],
            [2, "Lý Thị Hà", "", 987654321.0, "", ""],
        ),
        "ds.xlsx",
    )

    assert [row.phone for row in roster.rows] == ["0912345678", "0987654321"]


def test_nine_digits_typed_as_text_are_not_guessed_at():
    roster = read_roster(csv_bytes("Họ và tên,Số điện thoại\nLý Văn Hải,912345678\n"), "ds.csv")

    assert roster.rows == []
    assert messages(roster) == [
        "Row 2: “912345678” is not a Vietnamese phone number (10 digits starting with 0, or +84 and 9 digits)."
    ]


def test_the_first_worksheet_with_a_header_is_read():
    roster = read_roster(
        xlsx(
            sheets={
                "Hướng dẫn": [["Điền danh sách vào trang sau."]],
                "Học viên": [TITLE, HEADER, [1, "Đinh Thị Lan", "lan@example.vn", "", "", ""]],
                "Dự phòng": [HEADER, [1, "Người khác", "khac@example.vn", "", "", ""]],
            }
        ),
        "ds.xlsx",
    )

    assert [(row.row_number, row.full_name) for row in roster.rows] == [(3, "Đinh Thị Lan")]


def test_a_workbook_that_declares_a_smaller_size_than_it_has_is_still_read_whole():
    original = xlsx(HEADER, *[[n, f"Học viên {n}", f"hv{n}@example.vn", "", "", ""] for n in range(1, 6)])
    rewritten = io.BytesIO()
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                content = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', content)
            target.writestr(item, content)
    rewritten.seek(0)

    roster = read_roster(rewritten, "ds.xlsx")

    assert len(roster.rows) == 5
    assert roster.rows[-1].position == ""


def test_a_django_uploaded_file_is_read_like_an_open_file(tmp_path):
    path = tmp_path / "Danh sách học viên.xlsx"
    path.write_bytes(xlsx(HEADER, [1, "Mai Văn Nam", "nam@example.vn", "", "", ""]).getvalue())

    with path.open("rb") as opened:
        from_disk = read_roster(opened, path.name)
    uploaded = read_roster(SimpleUploadedFile(path.name, path.read_bytes()), path.name)

    assert from_disk.rows == uploaded.rows == [RosterRow(2, "Mai Văn Nam", "nam@example.vn", "", "", "")]


# --- CSV -----------------------------------------------------------------------------------------


def test_a_csv_saved_with_a_bom_reads_like_one_without():
    with_bom = read_roster(csv_bytes(CSV_TEXT, bom=True), "ds.csv")
    without_bom = read_roster(csv_bytes(CSV_TEXT), "ds.csv")

    assert with_bom == without_bom
    assert with_bom.rows[0] == RosterRow(
        3, "Nguyễn Thị Thu Hà", "ha@example.vn", "0912345678", "Sở Y tế, tỉnh Kon Tum", "Chuyên viên"
    )
    assert with_bom.rows[1].row_number == 4


def test_a_bom_before_the_header_does_not_hide_the_first_column():
    roster = read_roster(csv_bytes("Họ và tên,Email\nKim Đồng,kimdong@example.vn\n", bom=True), "ds.csv")

    assert roster.rows[0].full_name == "Kim Đồng"


def test_a_semicolon_separated_csv_is_read():
    text = "Họ và tên;Số điện thoại;Đơn vị\r\nBùi Thị Xuân;0912.345.678;Sở Nội vụ, Văn phòng\r\n"

    roster = read_roster(csv_bytes(text), "ds.csv")

    assert roster.rows == [RosterRow(2, "Bùi Thị Xuân", "", "0912345678", "Sở Nội vụ, Văn phòng", "")]


def test_a_tab_separated_csv_is_read():
    roster = read_roster(csv_bytes("full_name\temail\nNgô Sĩ Liên\tlien@example.vn\n"), "ds.csv")

    assert roster.rows[0].email == "lien@example.vn"


# --- Bad rows ------------------------------------------------------------------------------------


def test_a_row_without_a_name_is_reported_with_its_spreadsheet_row_number():
    roster = read_roster(
        xlsx(
            TITLE,
            HEADER,
            [1, "Đỗ Văn Long", "long@example.vn", "", "", ""],
            [2, "", "x@example.vn", "", "", ""],
        ),
        "ds.xlsx",
    )

    assert [(problem.row_number, problem.message) for problem in roster.problems] == [
        (4, "Row 4: the full name is missing.")
    ]


def test_a_row_without_any_contact_is_reported():
    roster = read_roster(xlsx(HEADER, [1, "Đoàn Thị Điểm", "", "", "Sở Giáo dục", "Giáo viên"]), "ds.xlsx")

    assert messages(roster) == ["Row 2: no email and no phone number; at least one of them is needed."]


def test_a_bad_email_is_an_error_even_when_the_phone_is_valid():
    roster = read_roster(xlsx(HEADER, [1, "Phan Bội Châu", "chau@example", "0912345678", "", ""]), "ds.xlsx")

    assert roster.rows == []
    assert messages(roster) == ["Row 2: “chau@example” is not a valid email address."]


def test_a_bad_phone_is_reported_with_what_was_typed():
    roster = read_roster(xlsx(HEADER, [1, "Lương Thế Vinh", "", "091 234 56", "", ""]), "ds.xlsx")

    assert messages(roster) == [
        "Row 2: “091 234 56” is not a Vietnamese phone number (10 digits starting with 0, or +84 and 9 digits)."
    ]


def test_an_email_repeated_later_in_the_file_is_an_error_on_the_later_row():
    roster = read_roster(
        xlsx(
            HEADER,
            [1, "Nguyễn Trãi", "trai@example.vn", "", "", ""],
            [2, "Nguyễn Du", "du@example.vn", "", "", ""],
            [3, "Nguyễn Trãi", " TRAI@example.vn", "", "", ""],
        ),
        "ds.xlsx",
    )

    assert [row.row_number for row in roster.rows] == [2, 3]
    assert [(problem.row_number, problem.message) for problem in roster.problems] == [
        (4, "Row 4: the email trai@example.vn is already in row 2.")
    ]


def test_a_phone_repeated_later_in_the_file_is_an_error_on_the_later_row():
    roster = read_roster(
        xlsx(
            HEADER,
            [1, "Chu Văn An", "", "0912.345.678", "", ""],
            [2, "Chu Văn Bình", "", "+84912345678", "", ""],
        ),
        "ds.xlsx",
    )

    assert [row.row_number for row in roster.rows] == [2]
    assert messages(roster) == ["Row 3: the phone number 0912345678 is already in row 2."]


def test_a_contact_is_taken_by_an_earlier_row_even_when_that_row_has_another_fault():
    roster = read_roster(
        xlsx(HEADER, [1, "", "an@example.vn", "", "", ""], [2, "Hồ Văn An", "an@example.vn", "", "", ""]),
        "ds.xlsx",
    )

    assert messages(roster) == [
        "Row 2: the full name is missing.",
        "Row 3: the email an@example.vn is already in row 2.",
    ]


def test_a_row_with_several_faults_gets_a_message_for_each():
    roster = read_roster(xlsx(HEADER, [1, "", "not-an-email", "12345", "", ""]), "ds.xlsx")

    assert {problem.row_number for problem in roster.problems} == {2}
    assert messages(roster) == [
        "Row 2: the full name is missing.",
        "Row 2: “not-an-email” is not a valid email address.",
        "Row 2: “12345” is not a Vietnamese phone number (10 digits starting with 0, or +84 and 9 digits).",
    ]


def test_values_too_long_for_the_database_are_reported():
    roster = read_roster(xlsx(HEADER, [1, "Nguyễn " * 30, "dai@example.vn", "", "Sở " * 100, ""]), "ds.xlsx")

    assert messages(roster) == [
        "Row 2: the full name is longer than 150 characters.",
        "Row 2: the unit is longer than 255 characters.",
    ]


def test_valid_rows_are_kept_whatever_is_wrong_with_the_others():
    roster = read_roster(
        xlsx(
            TITLE,
            HEADER,
            [1, "Nguyễn Văn Một", "mot@example.vn", "", "", ""],
            [2, "", "hai@example.vn", "", "", ""],
            [3, "Nguyễn Văn Ba", "ba@", "", "", ""],
            [4, "Nguyễn Văn Bốn", "", "0912345678", "", ""],
            [5, "Nguyễn Văn Năm", "", "", "", ""],
        ),
        "ds.xlsx",
    )

    assert [row.full_name for row in roster.rows] == ["Nguyễn Văn Một", "Nguyễn Văn Bốn"]
    assert [problem.row_number for problem in roster.problems] == [4, 5, 7]
    assert roster.total == 5
