"""Real .xlsx files for the tests, written with openpyxl."""

import io

import openpyxl

SIMPLE_HEADER = ["Câu hỏi", "Phương án A", "Phương án B", "Phương án C", "Đáp án đúng"]


def xlsx(*rows, sheets=None, formats=None):
    """The bytes of a workbook: one sheet "Câu hỏi" of ``rows``, or several given as {title: rows}.

    ``formats`` maps a cell ("B2") to a number format, as Excel stores a typed "50%".
    """
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, sheet_rows in (sheets or {"Câu hỏi": rows}).items():
        sheet = workbook.create_sheet(title)
        for row in sheet_rows:
            sheet.append(list(row))
        for coordinate, number_format in (formats or {}).items():
            sheet[coordinate].number_format = number_format
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sheet_rows(data, title="Câu hỏi"):
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return [list(row) for row in workbook[title].iter_rows(values_only=True)]
