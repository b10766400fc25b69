"""A question bank in Excel: the sheet a trainer fills by hand, read row by row."""

import datetime
import io
from decimal import Decimal

import openpyxl
import pytest

from quizzes.formats.parsed import ImportFileError, ImportProblem, ParsedOption, ParsedQuestion
from quizzes.formats.workbook.reading import read_workbook
from quizzes.formats.workbook.writing import template_workbook
from tests.xlsx import SIMPLE_HEADER, xlsx

pytestmark = pytest.mark.usefixtures("english")


def only_question(*rows, **kwargs):
    questions, problems = read_workbook(xlsx(*rows, **kwargs))
    assert problems == []
    assert len(questions) == 1
    return questions[0]


def only_problem(*rows):
    questions, problems = read_workbook(xlsx(*rows))
    assert questions == []
    assert len(problems) == 1
    return problems[0]


def weights(question):
    return [option.weight for option in question.options]


# --- A simple sheet just works ---------------------------------------------------------------------


def test_a_question_its_options_and_the_correct_letter_make_a_single_choice_question():
    question = only_question(
        SIMPLE_HEADER, ["Chỉ thị 16/CT-TTg ban hành ngày nào?", "04/5/2018", "16/5/2016", "26/11/2021", "B"]
    )

    assert question.kind == "single"
    assert question.text == "<p>Chỉ thị 16/CT-TTg ban hành ngày nào?</p>"
    assert [option.text for option in question.options] == ["04/5/2018", "16/5/2016", "26/11/2021"]
    assert weights(question) == [0, 100, 0]
    assert (question.line, question.category, question.difficulty, question.lesson) == (2, "", "", "")


def test_several_correct_letters_make_a_multiple_choice_question_whose_wrong_options_share_minus_100():
    question = only_question(
        SIMPLE_HEADER + ["Phương án D"],
        ["Phương châm gồm những ý nào?", "Dân biết", "Dân chờ", "Dân bàn", "A, C", "Dân xin"],
    )

    assert question.kind == "multiple"
    assert weights(question) == [50, -50, 50, -50]


def test_three_correct_options_share_100_to_the_hundredth():
    question = only_question(
        ["Câu hỏi", "A", "B", "C", "D", "Đáp án"], ["Chọn các ý đúng", "Một", "Hai", "Ba", "Bốn", "A B D"]
    )

    assert weights(question) == [Decimal("33.33"), Decimal("33.33"), -100, Decimal("33.34")]


def test_a_row_without_options_and_with_đúng_or_sai_is_a_true_false_question():
    question = only_question(
        ["Câu hỏi", "Đáp án đúng"], ["Dân vận khéo thì việc gì cũng thành công.", "Đúng"]
    )

    assert question.kind == "true_false"
    assert [(option.text, option.weight) for option in question.options] == [("Đúng", 100), ("Sai", 0)]


@pytest.mark.parametrize("answer", ["Sai", "sai", "S", "F", "FALSE", False])
def test_a_true_false_answer_may_be_written_in_several_ways(answer):
    question = only_question(
        ["Câu hỏi", "Loại câu hỏi", "Đáp án đúng"], ["Câu đúng sai?", "Đúng/Sai", answer]
    )

    assert weights(question) == [0, 100]


def test_a_true_false_question_may_have_its_own_option_texts():
    question = only_question(
        ["Câu hỏi", "Loại câu hỏi", "Phương án A", "Phương án B", "Đáp án đúng"],
        ["Có phải không?", "đúng sai", "Không", "Có", "Đúng"],
    )

    assert question.kind == "true_false"
    assert weights(question) == [0, 100]


def test_headers_are_found_under_a_title_whatever_their_case_accents_order_or_notes():
    question = only_question(
        ["NGÂN HÀNG CÂU HỎI BÀI 1"],
        [],
        ["DAP AN DUNG", "phuong an b", "Câu hỏi (nội dung)", "Phương án A", "Nhóm", "do kho"],
        ["A", "Sai", "Câu hỏi?", "Đúng", "Bài 1", "khó"],
    )

    assert question.line == 4
    assert [option.text for option in question.options] == ["Đúng", "Sai"]
    assert (question.category, question.difficulty) == ("Bài 1", "hard")


def test_every_column_of_the_template_is_read():
    question = only_question(
        [
            "Tiêu đề", "Nhóm câu hỏi", "Loại câu hỏi", "Câu hỏi", "Phương án A", "Phương án B", "Phương án C",
            "Đáp án đúng", "Giải thích", "Độ khó", "Bài học", "Đoạn",
            "Trọng số A (%)", "Trọng số B (%)", "Trọng số C (%)", "Phản hồi A", "Phản hồi B", "Phản hồi C",
        ],
        [
            "Người đứng đầu", "Bài 1", "Nhiều đáp án", "Người đứng đầu cần làm gì?", "Nêu gương", "Xa dân",
            "Lắng nghe", "A, C", "Xem bài 1.", "Dễ", "vai-tro", "doan-123",
            60, "-100%", "40", "Đúng", "Sai: phải gần dân", "",
        ],
    )  # fmt: skip

    assert question == ParsedQuestion(
        line=2,
        title="Người đứng đầu",
        category="Bài 1",
        kind="multiple",
        text="<p>Người đứng đầu cần làm gì?</p>",
        options=[
            ParsedOption("Nêu gương", Decimal(60), "Đúng"),
            ParsedOption("Xa dân", Decimal(-100), "Sai: phải gần dân"),
            ParsedOption("Lắng nghe", Decimal(40), ""),
        ],
        explanation="<p>Xem bài 1.</p>",
        difficulty="easy",
        lesson="vai-tro",
        passage="doan-123",
    )


def test_weights_alone_give_the_correct_options_and_a_weight_typed_as_a_percentage_counts_as_one():
    question = only_question(
        ["Câu hỏi", "Phương án A", "Phương án B", "Phương án C", "Trọng số A", "Trọng số B", "Trọng số C"],
        ["Chọn", "Một", "Hai", "Ba", 0.5, "50,0", -1],
        formats={"E2": "0%", "G2": "0%"},
    )

    assert question.kind == "multiple"
    assert weights(question) == [50, 50, -100]


def test_a_date_that_excel_made_of_an_option_reads_as_it_was_typed():
    question = only_question(
        SIMPLE_HEADER, ["Ngày nào?", datetime.datetime(2016, 5, 16), "15/10/1949", 2010, "A"]
    )

    assert [option.text for option in question.options] == ["16/5/2016", "15/10/1949", "2010"]


def test_a_plain_cell_keeps_its_lines_and_paragraphs_and_shows_tags_it_does_not_hold():
    question = only_question(
        SIMPLE_HEADER, ["Dòng một\nDòng hai\n\nĐoạn hai: 3 < 5 & 7 > 2", "Có", "Không", "", "A"]
    )

    assert question.text == "<p>Dòng một<br>Dòng hai</p><p>Đoạn hai: 3 &lt; 5 &amp; 7 &gt; 2</p>"


def test_html_in_cells_keeps_emphasis_and_lists_and_loses_scripts_and_handlers():
    question = only_question(
        SIMPLE_HEADER + ["Giải thích"],
        [
            '<p onclick="alert(1)">Chọn <b>đúng</b> <i>nhất</i><script>alert(1)</script></p><ul><li>ý <u>một</u></li></ul>'
            '<a href="javascript:alert(1)">xem</a><img src="x" onerror="alert(1)">',
            "<b>Có</b><script>x()</script>",
            "Không",
            "",
            "A",
            "<em>Vì</em> <style>p{}</style>thế",
        ],
    )

    assert question.text == "<p>Chọn <b>đúng</b> <i>nhất</i></p><ul><li>ý <u>một</u></li></ul>xem"
    assert question.options[0].text == "Có"
    assert question.explanation == "<em>Vì</em> thế"


def test_blank_rows_are_skipped_and_row_numbers_stay_those_of_the_sheet():
    questions, problems = read_workbook(
        xlsx(
            SIMPLE_HEADER,
            ["Một?", "Có", "Không", "", "A"],
            [],
            [None, "", None],
            ["Hai?", "Có", "Không", "", "B"],
        )
    )

    assert problems == []
    assert [question.line for question in questions] == [2, 5]


# --- Every bad row is reported by its row number, and the others are still read ---------------------


@pytest.mark.parametrize(
    "row, message",
    [
        (["", "Có", "Không", "", "A"], "The question is empty"),
        (["Chọn?", "", "", "", "A"], "no options"),
        (["Chọn?", "Có", "Không", "", ""], "No correct answer"),
        (["Chọn?", "Có", "Không", "", "C"], "“C” names no option (the options are A, B)"),
        (["Chọn?", "Có", "Không", "", "1"], "“1” is not the letter of an option"),
        (["Chọn?", "Có", "Không", "Có", "A", "Một"], "The type “Một” is not one of: Một lựa chọn đúng, Nhiều lựa chọn đúng, Đúng / sai."),
        (["Chọn?", "Có", "Không", "", "A", "", "Rất khó"], "The difficulty “Rất khó” is not one of: Dễ, Trung bình, Khó."),
        (["Chọn?", "Có", "Không", "", "A", "", "", "nhiều"], "The weight of option A, “nhiều”, is not a number."),
        (["Chọn?", "Có", "Không", "", "A", "", "", 0, 100], "The correct answer (A) and the weights (positive for B) disagree."),
        (["Chọn?", "Có", "Không", "", "A", "", "", "", "", 50], "Option C has a weight or a feedback but no text."),
        (["Chọn?", "Có", "Không", "", "A, B", "Một đáp án"], "exactly one correct option"),
        (["Chọn?", "Có", "Không", "Có", "", "", "", 50, 40, -100], "add up to 90"),
        (["Chọn?", "Có", "Không", "Có", "A, B, C"], "at least one wrong option"),
        (["Chọn?", "Có" * 300, "Không", "", "A"], "Option A or its feedback is longer than 500 characters."),
    ],
)  # fmt: skip
def test_a_bad_row_is_reported_with_its_row_number_title_and_reason(row, message):
    header = SIMPLE_HEADER + ["Loại câu hỏi", "Độ khó", "Trọng số A", "Trọng số B", "Trọng số C", "Tiêu đề"]
    row = row + [""] * (len(header) - 1 - len(row)) + ["Câu số 7"]
    questions, problems = read_workbook(xlsx(header, ["Câu tốt?", "Có", "Không", "", "A"], row))

    assert len(questions) == 1
    assert len(problems) == 1
    assert (problems[0].line, problems[0].title) == (3, "Câu số 7")
    assert message in problems[0].message
    assert str(problems[0]).startswith("Row 3 (“Câu số 7”): ")


def test_a_row_with_several_faults_names_them_all():
    problem = only_problem(
        SIMPLE_HEADER + ["Loại câu hỏi", "Độ khó"], ["", "Có", "Không", "", "A", "Khác", "Rất dễ"]
    )

    assert "The question is empty" in problem.message
    assert "The type “Khác”" in problem.message
    assert "The difficulty “Rất dễ”" in problem.message
    assert problem == ImportProblem(2, "", problem.message, in_sheet=True)


def test_an_example_row_left_from_the_template_is_reported():
    questions, problems = read_workbook(template_workbook())

    assert questions == []
    assert [problem.line for problem in problems] == [2, 3, 4]
    assert all("example row of the template" in problem.message for problem in problems)


def test_a_question_worded_like_an_example_but_under_its_own_title_is_read():
    example = read_workbook(template_workbook())[1][1]
    rows = [["Tiêu đề", "Câu hỏi", "Phương án A", "Phương án B", "Đáp án đúng"]]
    sheet = openpyxl.load_workbook(io.BytesIO(template_workbook()))["Câu hỏi"]
    text = sheet.cell(row=example.line, column=4).value
    rows.append(["Câu của tôi", text, "Có", "Không", "A"])

    questions, problems = read_workbook(xlsx(*rows))

    assert (len(questions), problems) == (1, [])


# --- Files that are not a bank -------------------------------------------------------------------


def file_error(data):
    with pytest.raises(ImportFileError) as raised:
        read_workbook(data)
    return str(raised.value)


def test_a_csv_file_renamed_xlsx_is_not_a_workbook():
    message = file_error("Câu hỏi,Phương án A,Đáp án đúng\nChọn?,Có,A\n".encode())

    assert message.startswith("This file cannot be opened as an Excel workbook (.xlsx).")


def test_a_damaged_zip_is_not_a_workbook():
    data = xlsx(SIMPLE_HEADER, ["Chọn?", "Có", "Không", "", "A"])

    assert "cannot be opened as an Excel workbook" in file_error(data[: len(data) // 2])


def test_an_empty_workbook_has_no_header():
    workbook = openpyxl.Workbook()
    buffer = io.BytesIO()
    workbook.save(buffer)

    message = file_error(buffer.getvalue())

    assert message.startswith("No header row was found in the first 10 rows.")
    assert "a column “Câu hỏi” and a column “Đáp án đúng”" in message


def test_a_sheet_without_the_answer_column_says_which_column_is_missing():
    message = file_error(xlsx(["STT", "Câu hỏi", "Phương án A", "Phương án B"], [1, "Chọn?", "Có", "Không"]))

    assert message.startswith("The header row (row 1) lacks the column “Đáp án đúng”.")


def test_a_sheet_without_the_question_column_says_so():
    message = file_error(xlsx(["Phương án A", "Đáp án đúng"], ["Có", "A"]))

    assert message.startswith("The header row (row 1) lacks the column “Câu hỏi”.")


def test_the_bank_is_found_on_a_later_sheet():
    questions, problems = read_workbook(
        xlsx(
            sheets={
                "Ghi chú": [["Ngân hàng câu hỏi, đợt 1"]],
                "Bài 1": [SIMPLE_HEADER, ["Chọn?", "Có", "Không", "", "A"]],
            }
        )
    )

    assert (len(questions), problems) == (1, [])
