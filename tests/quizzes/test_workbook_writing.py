"""A question bank written as an Excel workbook that reads back unchanged, and the template trainers start from."""

import io
from decimal import Decimal

import openpyxl
import pytest
from django.utils import translation

from quizzes.formats.parsed import ParsedOption, ParsedQuestion
from quizzes.formats.workbook.reading import read_workbook
from quizzes.formats.workbook.writing import template_workbook, write_workbook

pytestmark = pytest.mark.usefixtures("english")


QUESTIONS = [
    ParsedQuestion(
        line=0,
        title="",
        category="Bài 1",
        kind="single",
        text="<p>Chỉ thị 16/CT-TTg ban hành ngày nào?</p>",
        options=[ParsedOption("=16/5/2016", Decimal(100), "Đúng"), ParsedOption("15/10/1949", Decimal(0))],
        explanation="<p>Dòng một<br>Dòng hai</p><p>Đoạn hai</p>",
        difficulty="easy",
        lesson="bai-1",
        passage="abc",
    ),
    ParsedQuestion(
        line=0,
        title="",
        category="Bài 2",
        kind="multiple",
        text="<p>Chọn <b>các</b> ý đúng:</p><ul><li>ý 1</li></ul>",
        options=[
            ParsedOption("Dân biết", Decimal("33.33")),
            ParsedOption("Dân bàn", Decimal("33.33"), "Có"),
            ParsedOption("Dân chờ", Decimal(0)),
            ParsedOption("Dân làm", Decimal("33.34")),
            ParsedOption("Dân xin", Decimal(-100)),
        ],
        explanation="",
        difficulty="hard",
    ),
    ParsedQuestion(
        line=0,
        title="",
        category="",
        kind="true_false",
        text="<p>Thẻ &lt;b&gt; hiện ra như gõ.</p>",
        options=[ParsedOption("Sai", Decimal(100)), ParsedOption("Đúng", Decimal(0))],
        difficulty="medium",
    ),
    ParsedQuestion(
        line=0,
        title="",
        category="",
        kind="single",
        text="<p>Nhiều phương án?</p>",
        options=[ParsedOption(f"Phương án {n}", Decimal(100 if n == 10 else 0)) for n in range(1, 11)],
        difficulty="medium",
    ),
]


def test_a_written_workbook_reads_back_into_the_same_questions():
    questions, problems = read_workbook(write_workbook(QUESTIONS))

    assert problems == []
    assert [question.line for question in questions] == [2, 3, 4, 5]
    for question in questions:
        question.line = 0
    assert questions == QUESTIONS


def test_plain_texts_are_written_as_a_trainer_reads_them_and_rich_ones_as_html():
    sheet = openpyxl.load_workbook(io.BytesIO(write_workbook(QUESTIONS)))["Câu hỏi"]
    header = [cell.value for cell in sheet[1]]
    first, second = ({header[i]: cell.value for i, cell in enumerate(sheet[row])} for row in (2, 3))

    assert first["Câu hỏi"] == "Chỉ thị 16/CT-TTg ban hành ngày nào?"
    assert first["Giải thích"] == "Dòng một\nDòng hai\n\nĐoạn hai"
    assert first["Phương án A"] == "=16/5/2016"  # text, not a formula
    assert sheet["E2"].data_type == "s"
    assert (first["Loại câu hỏi"], first["Đáp án đúng"], first["Độ khó"]) == ("Một lựa chọn đúng", "A", "Dễ")
    assert first["Trọng số A (%)"] is None  # single choice: the answer says it all
    assert second["Câu hỏi"] == "<p>Chọn <b>các</b> ý đúng:</p><ul><li>ý 1</li></ul>"
    assert (second["Đáp án đúng"], second["Trọng số C (%)"], second["Trọng số E (%)"]) == ("A, B, D", 0, -100)
    assert "Phương án J" in header


def test_the_template_has_a_frozen_header_examples_instructions_and_lists_to_choose_from():
    workbook = openpyxl.load_workbook(io.BytesIO(template_workbook()))
    sheet = workbook["Câu hỏi"]
    header = [cell.value for cell in sheet[1]]

    assert workbook.sheetnames == ["Câu hỏi", "Hướng dẫn"]
    assert header[:5] == ["Tiêu đề", "Nhóm câu hỏi", "Loại câu hỏi", "Câu hỏi", "Phương án A"]
    assert {
        "Phương án H",
        "Đáp án đúng",
        "Giải thích",
        "Độ khó",
        "Bài học",
        "Đoạn",
        "Trọng số A (%)",
        "Phản hồi H",
    } <= set(header)
    assert [sheet.cell(row=row, column=3).value for row in (2, 3, 4)] == [
        "Đúng / sai",
        "Một lựa chọn đúng",
        "Nhiều lựa chọn đúng",
    ]
    assert sheet.max_row == 4
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["D"].width == 50
    assert sheet["A1"].font.bold
    assert sorted(validation.formula1 for validation in sheet.data_validations.dataValidation) == [
        '"Dễ,Trung bình,Khó"',
        '"Một lựa chọn đúng,Nhiều lựa chọn đúng,Đúng / sai"',
    ]
    instructions = " ".join(
        str(cell.value) for row in workbook["Hướng dẫn"].iter_rows() for cell in row if cell.value
    )
    assert "Only “Câu hỏi” and “Đáp án đúng” are required" in instructions


def test_the_template_s_instructions_are_vietnamese_for_a_vietnamese_admin():
    with translation.override("vi"):
        workbook = openpyxl.load_workbook(io.BytesIO(template_workbook()))

    assert workbook["Hướng dẫn"]["A1"].value == "Cách điền ngân hàng câu hỏi"
