"""Reading question banks written in Moodle's Aiken format."""

from decimal import Decimal

import pytest

from quizzes.formats.aiken import parse_aiken
from quizzes.formats.parsed import ImportProblem, ParsedOption, ParsedQuestion

pytestmark = pytest.mark.usefixtures("english")


def only_problem(text):
    questions, problems = parse_aiken(text)
    assert questions == []
    assert len(problems) == 1
    return problems[0]


AIKEN = """Chỉ thị 16/CT-TTg ban hành ngày nào?
A. 16/5/2016
B. 15/10/1949
C. 25/2/2010
ANSWER: A

Ngày truyền thống công tác dân vận
là ngày nào?
A) 3/2
B) 15/10
ANSWER: B
"""


def test_aiken_questions_are_single_choice_with_the_lettered_answer_right():
    questions, problems = parse_aiken(AIKEN)

    assert problems == []
    first, second = questions
    assert first == ParsedQuestion(
        line=1,
        title="",
        category="",
        kind="single",
        text="<p>Chỉ thị 16/CT-TTg ban hành ngày nào?</p>",
        options=[
            ParsedOption("16/5/2016", Decimal(100)),
            ParsedOption("15/10/1949", Decimal(0)),
            ParsedOption("25/2/2010", Decimal(0)),
        ],
        explanation="",
    )
    assert second.line == 7
    assert second.text == "<p>Ngày truyền thống công tác dân vận<br>là ngày nào?</p>"
    assert [option.weight for option in second.options] == [0, 100]


def test_aiken_text_is_plain_and_escaped():
    questions, _problems = parse_aiken("Thẻ <script>alert(1)</script>?\nA. <b>Có</b>\nB. Không\nANSWER: A\n")

    assert questions[0].text == "<p>Thẻ &lt;script&gt;alert(1)&lt;/script&gt;?</p>"
    assert questions[0].options[0].text == "<b>Có</b>"


def test_an_aiken_question_without_an_answer_line_is_reported():
    questions, problems = parse_aiken("Câu thiếu đáp án?\nA. Có\nB. Không\n\n" + AIKEN)

    assert len(questions) == 2
    assert problems == [ImportProblem(1, "", "No “ANSWER:” line ends this question.")]


def test_an_aiken_answer_that_is_not_an_option_is_reported():
    problem = only_problem("Câu hỏi?\nA. Có\nB. Không\nANSWER: D\n")

    assert problem.message == "The answer “D” is not one of the options (A, B)."


def test_an_aiken_question_with_one_option_is_reported():
    problem = only_problem("Câu hỏi?\nA. Có\nANSWER: A\n")

    assert problem.message == "A choice question needs at least two options; this one has 1."


def test_aiken_options_must_be_lettered_in_order():
    problem = only_problem("Câu hỏi?\nA. Có\nC. Không\nANSWER: A\n")

    assert problem.message == (
        "The options must be lettered A, B, C… in order: “C” comes where “B” was expected."
    )
