"""Spreadsheets of trainees as organizers send them, for the tests of reading them."""

import io

from tests.xlsx import xlsx as xlsx_bytes

HEADER = ["STT", "Họ và tên", "Email", "Số điện thoại", "Đơn vị", "Chức vụ"]
TITLE = ["DANH SÁCH HỌC VIÊN LỚP TẬP HUẤN CÔNG TÁC DÂN VẬN 2026 – ĐỢT 1"]
CSV_TEXT = (
    "Danh sách học viên\n"
    "Họ và tên,E-mail,SĐT,Cơ quan,Chức vụ\n"
    'Nguyễn Thị Thu Hà,ha@example.vn,0912345678,"Sở Y tế, tỉnh Kon Tum",Chuyên viên\n'
    "Trần Quốc Toản,,0987654321,Huyện đoàn,Bí thư\n"
)


def xlsx(*rows, sheets=None):
    """A real .xlsx file, open: one sheet of ``rows``, or several sheets given as {title: rows}."""
    return io.BytesIO(xlsx_bytes(*rows, sheets=sheets))


def csv_bytes(text, *, bom=False):
    return io.BytesIO(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
