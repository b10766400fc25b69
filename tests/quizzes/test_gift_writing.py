"""Writing a question bank as GIFT, as Moodle reads it, and reading it back unchanged."""

import dataclasses
from decimal import Decimal

import pytest

from quizzes.formats.gift import parse_gift, to_gift
from quizzes.formats.parsed import ParsedOption, ParsedQuestion

pytestmark = pytest.mark.usefixtures("english")


def without_lines(questions):
    return [dataclasses.replace(question, line=0) for question in questions]


def test_written_gift_reads_back_into_the_same_questions():
    source = (
        "$CATEGORY: $course$/Bài 1\n\n"
        "::Chỉ thị 16::Chỉ thị 16/CT-TTg ban hành ngày nào?{=16/5/2016#Đúng. ~15/10/1949 ~25/2/2010####Xem bài 1.}\n\n"
        "[html]<p>Chọn <b>các</b> ý đúng:</p><ul><li>ý 1</li></ul>{~%50%Dân biết#Có ~%50%Dân bàn ~%-100%Dân chờ}\n\n"
        "$CATEGORY: $course$/Bài 2\n\n"
        "Dân vận khéo là phong trào thi đua.{T#Xem lại.#Đúng vậy.}\n\n"
        "Câu {=có \\= ~không \\~ ~%0%%50% ý} ở giữa, với \\{ngoặc\\} \\# và \\: và \\\\.\n\n"
        "Sai hay đúng?{F}\n"
    )
    questions, problems = parse_gift(source)
    assert problems == []

    written = to_gift(questions)
    again, problems_again = parse_gift(written)

    assert problems_again == []
    assert without_lines(again) == without_lines(questions)


def test_written_gift_has_category_lines_titles_weights_and_explanations():
    questions = [
        ParsedQuestion(
            0,
            "Ai ký?",
            "Bài 1",
            "single",
            "<p>Ai ký Chỉ thị 16?</p>",
            [ParsedOption("Thủ tướng", Decimal("100.00"), "Đúng"), ParsedOption("Chủ tịch nước", Decimal(0))],
            "<p>Thủ tướng ký.</p>",
        ),
        ParsedQuestion(
            0,
            "",
            "Bài 1",
            "multiple",
            "<p>Chọn ý đúng</p>",
            [
                ParsedOption("Dân biết", Decimal("50.00")),
                ParsedOption("Dân bàn", Decimal("50.00")),
                ParsedOption("Dân chờ", Decimal("-50.00")),
            ],
            "",
        ),
    ]

    written = to_gift(questions)

    assert written.count("$CATEGORY:") == 1
    assert "$CATEGORY: $course$/top/Bài 1" in written
    assert "::Ai ký?::" in written
    assert "=Thủ tướng#Đúng" in written
    assert "~%50%Dân biết" in written
    assert "~%-50%Dân chờ" in written
    assert "####<p>Thủ tướng ký.</p>" in written
    assert without_lines(parse_gift(written)[0]) == questions


def test_written_gift_escapes_the_special_characters():
    question = ParsedQuestion(
        0,
        "Điều 1: a = b",
        "",
        "single",
        "<p>{a} ~ #b: c = d \\ e</p>",
        [ParsedOption("x = y", Decimal(100), "#1"), ParsedOption("%50% dân số", Decimal(0))],
        "",
    )

    written = to_gift([question])

    assert "::Điều 1\\: a \\= b::" in written
    assert "\\{a\\} \\~ \\#b\\: c \\= d \\\\ e" in written
    assert without_lines(parse_gift(written)[0]) == [question]


def test_written_true_false_questions_read_back_with_their_feedback():
    questions, _problems = parse_gift("Đúng hay sai?{F##Chính xác}\n\nĐúng hay sai?{TRUE#Xem lại}")

    again, problems = parse_gift(to_gift(questions))

    assert problems == []
    assert without_lines(again) == without_lines(questions)
    assert again[0].options[1].feedback == "Chính xác"


def test_written_gift_keeps_lesson_passage_and_difficulty_as_tags_and_reads_them_back():
    question = ParsedQuestion(
        0,
        "",
        "",
        "single",
        "<p>Ai ký?</p>",
        [ParsedOption("Thủ tướng", Decimal(100)), ParsedOption("Chủ tịch nước", Decimal(0))],
        difficulty="easy",
        lesson="bai [1]",
        passage="3f2a",
    )

    written = to_gift([question])

    assert written.startswith("// [tag:lesson:bai [1\\]] [tag:passage:3f2a] [tag:difficulty:easy]\n")
    assert without_lines(parse_gift(written)[0]) == [question]
