"""Reading question banks written in Moodle's GIFT format: choice questions, formats, problems and tags."""

from decimal import Decimal

import pytest

from quizzes.formats.gift import parse_gift
from quizzes.formats.parsed import FALSE_LABEL, TRUE_LABEL, ImportProblem, ParsedOption

pytestmark = pytest.mark.usefixtures("english")


def only_question(text):
    questions, problems = parse_gift(text)
    assert problems == []
    assert len(questions) == 1
    return questions[0]


def only_problem(text, parse=parse_gift):
    questions, problems = parse(text)
    assert questions == []
    assert len(problems) == 1
    return problems[0]


def weights(question):
    return [option.weight for option in question.options]


# --- GIFT: choice questions ---------------------------------------------------------------------


def test_a_question_with_one_right_option_is_single_choice():
    question = only_question("Chỉ thị 16/CT-TTg ban hành ngày nào?{=16/5/2016 ~15/10/1949 ~25/2/2010}")

    assert question.kind == "single"
    assert question.text == "<p>Chỉ thị 16/CT-TTg ban hành ngày nào?</p>"
    assert [option.text for option in question.options] == ["16/5/2016", "15/10/1949", "25/2/2010"]
    assert weights(question) == [100, 0, 0]
    assert (question.line, question.title, question.category, question.explanation) == (1, "", "", "")


def test_the_title_between_double_colons_names_the_question():
    question = only_question("::Chỉ thị 16::Chỉ thị 16/CT-TTg ban hành ngày nào?{=16/5/2016 ~15/10/1949}")

    assert question.title == "Chỉ thị 16"
    assert question.text == "<p>Chỉ thị 16/CT-TTg ban hành ngày nào?</p>"


def test_a_right_option_may_carry_an_explicit_full_weight():
    question = only_question("Thủ đô của Việt Nam?{=%100%Hà Nội ~Huế ~Sài Gòn}")

    assert question.kind == "single"
    assert weights(question) == [100, 0, 0]
    assert question.options[0].text == "Hà Nội"


def test_several_weighted_right_options_make_a_multiple_choice_question():
    question = only_question(
        "Phương châm dân vận của Bác Hồ gồm những ý nào?{\n"
        "~%50%Dân biết, dân bàn\n"
        "~%50%Dân làm, dân kiểm tra\n"
        "~%-100%Dân chờ, dân xin\n"
        "}"
    )

    assert question.kind == "multiple"
    assert weights(question) == [Decimal(50), Decimal(50), Decimal(-100)]


def test_weights_may_be_fractions_that_add_up_to_100_within_a_hundredth():
    question = only_question(
        "Những cơ quan nào làm công tác dân vận?{"
        "~%33.33333%Đảng ~%33.33333%Chính quyền ~%33.33333%Mặt trận ~%-100%Doanh nghiệp tư nhân}"
    )

    assert question.kind == "multiple"
    assert weights(question)[0] == Decimal("33.33333")


def test_each_option_may_have_feedback_after_a_hash_and_the_question_an_explanation_after_four():
    question = only_question(
        "Ai ký Chỉ thị 16/CT-TTg?{"
        "=Thủ tướng Chính phủ#Đúng, Thủ tướng ký ngày 16/5/2016."
        " ~Chủ tịch nước#Chủ tịch nước không ban hành chỉ thị."
        " ####Chỉ thị là văn bản của Thủ tướng.}"
    )

    assert question.options[0].feedback == "Đúng, Thủ tướng ký ngày 16/5/2016."
    assert question.options[1].feedback == "Chủ tịch nước không ban hành chỉ thị."
    assert question.explanation == "<p>Chỉ thị là văn bản của Thủ tướng.</p>"


@pytest.mark.parametrize(
    "answer, right", [("T", TRUE_LABEL), ("TRUE", TRUE_LABEL), ("F", FALSE_LABEL), ("FALSE", FALSE_LABEL)]
)
def test_t_true_f_and_false_make_a_true_false_question(answer, right):
    question = only_question(f"Dân vận là công tác của cả hệ thống chính trị.{{{answer}}}")

    assert question.kind == "true_false"
    assert [option.text for option in question.options] == [TRUE_LABEL, FALSE_LABEL]
    assert [option.text for option in question.options if option.weight == 100] == [right]


def test_a_true_false_answer_gives_feedback_for_a_wrong_answer_then_for_a_right_one():
    question = only_question(
        "Ngày 15/10 là Ngày truyền thống công tác dân vận.{TRUE#Hãy xem lại bài 1.#Chính xác.####Từ năm 1949.}"
    )

    true_option, false_option = question.options
    assert (true_option.weight, true_option.feedback) == (100, "Chính xác.")
    assert (false_option.weight, false_option.feedback) == (0, "Hãy xem lại bài 1.")
    assert question.explanation == "<p>Từ năm 1949.</p>"


def test_the_category_comes_from_the_last_category_line_without_moodle_s_context():
    questions, problems = parse_gift(
        "$CATEGORY: $course$/Bài 1\n"
        "\n"
        "Câu một?{=Có ~Không}\n"
        "\n"
        "$CATEGORY: $system$/top/Bài 2/Dân vận chính quyền\n"
        "Câu hai?{=Có ~Không}\n"
    )

    assert problems == []
    assert [question.category for question in questions] == ["Bài 1", "Bài 2/Dân vận chính quyền"]


def test_whole_line_comments_are_ignored_and_line_numbers_are_those_of_the_file():
    questions, problems = parse_gift(
        "// Ngân hàng câu hỏi bài 1\n"
        "// biên soạn: Ban Dân vận\n"
        "\n"
        "Câu một?{=Có ~Không}\n"
        "\n"
        "\n"
        "// câu tiếp theo\n"
        "Câu hai?{=Có ~Không}\n"
    )

    assert problems == []
    assert [question.line for question in questions] == [4, 8]


def test_a_question_text_may_span_several_lines_and_the_answers_too():
    question = only_question(
        "::Nghị quyết::Nghị quyết 25-NQ/TW\nvề tăng cường công tác dân vận\nban hành năm nào?\n{\n  =2013\n  ~2016\n}"
    )

    assert question.text == (
        "<p>Nghị quyết 25-NQ/TW<br>về tăng cường công tác dân vận<br>ban hành năm nào?</p>"
    )
    assert [option.text for option in question.options] == ["2013", "2016"]


def test_answers_in_the_middle_of_the_text_leave_a_blank_in_it():
    question = only_question("Ngày {=15/10 ~16/5 ~3/2} là Ngày truyền thống công tác dân vận.")

    assert question.text == "<p>Ngày _____ là Ngày truyền thống công tác dân vận.</p>"


def test_answers_at_the_end_leave_no_blank():
    question = only_question("Ngày truyền thống công tác dân vận là ngày nào?{=15/10 ~16/5}")

    assert "_____" not in question.text


def test_escaped_special_characters_are_read_literally():
    question = only_question(
        r"::Ký hiệu\: 1 \= 1::Chọn \{ đúng \} \~ \# \: \\ dòng một\ndòng hai{=a \= b#c \# d ~e \~ f}"
    )

    assert question.title == "Ký hiệu: 1 = 1"
    assert question.text == "<p>Chọn { đúng } ~ # : \\ dòng một<br>dòng hai</p>"
    assert question.options[0] == ParsedOption("a = b", Decimal(100), "c # d")
    assert question.options[1].text == "e ~ f"


def test_questions_are_separated_by_blank_lines():
    questions, problems = parse_gift("Câu một?{=Có ~Không}\n\nCâu hai?{=Có ~Không}\n   \nCâu ba?{T}")

    assert problems == []
    assert len(questions) == 3


# --- GIFT: formats and sanitising ---------------------------------------------------------------


def test_html_keeps_emphasis_and_lists_but_loses_scripts_styles_handlers_and_links():
    question = only_question(
        "[html]<p onclick=\"alert('x')\">Chọn <b>đúng</b> <i>nhất</i><script>alert(1)</script></p>"
        "<style>p \\{color: red\\}</style><ul><li>ý <u>một</u></li></ul>"
        '<a href="javascript:alert(1)">xem</a><img src="x" onerror="alert(1)">'
        "{=Có ~Không}"
    )

    assert question.text == "<p>Chọn <b>đúng</b> <i>nhất</i></p><ul><li>ý <u>một</u></li></ul>xem"
    assert "script" not in question.text
    assert "onclick" not in question.text
    assert "javascript" not in question.text


def test_html_options_become_plain_text():
    question = only_question("[html]<p>Chọn</p>{=<b>Hà Nội</b> &amp; Huế<script>x()</script> ~Huế}")

    assert question.options[0].text == "Hà Nội & Huế"


@pytest.mark.parametrize("marker", ["", "[plain]", "[moodle]", "[markdown]"])
def test_plain_moodle_and_markdown_texts_are_escaped_not_interpreted(marker):
    question = only_question(f"{marker}Thẻ <b> và <script>alert(1)</script> & **đậm**?{{=Có ~Không}}")

    assert question.text == "<p>Thẻ &lt;b&gt; và &lt;script&gt;alert(1)&lt;/script&gt; &amp; **đậm**?</p>"


def test_the_explanation_follows_the_format_of_the_question():
    question = only_question("[html]<p>Câu?</p>{=Có ~Không####<b>Vì</b> <em>thế</em><script>x</script>}")

    assert question.explanation == "<b>Vì</b> <em>thế</em>"


# --- GIFT: problems -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, message",
    [
        ("Trình bày vai trò của công tác dân vận.{}", "Essay questions"),
        ("Nêu ý nghĩa của Chỉ thị 16.{####Tự luận}", "Essay questions"),
        ("Chỉ thị 16 ban hành năm nào?{#2016:0}", "Numerical questions"),
        (
            "Ghép nối.{=Chỉ thị 16 -> 2016 =Nghị quyết 25 -> 2013 =Quyết định 290 -> 2005}",
            "Matching questions",
        ),
        ("Thủ đô của Việt Nam là?{=Hà Nội =Hanoi}", "Short-answer questions"),
        ("Thủ đô của Việt Nam là?{Hà Nội}", "Short-answer questions"),
        ("Dân vận khéo là phong trào thi đua.", "descriptions are not supported"),
    ],
)
def test_other_gift_question_types_are_reported(source, message):
    problem = only_problem(source)

    assert message in problem.message


def test_a_question_without_a_right_option_is_reported():
    problem = only_problem("::Không đáp án::Ai là Trưởng ban Dân vận?{~Ông A ~Bà B ~Ông C}")

    assert problem == ImportProblem(
        1,
        "Không đáp án",
        "The question has no correct option: mark it with “=”, or give the correct options positive weights.",
    )


def test_a_question_with_fewer_than_two_options_is_reported():
    problem = only_problem("Câu hỏi một lựa chọn?{~%100%Chỉ có một}")

    assert problem.message == "A choice question needs at least two options; this one has 1."


def test_weights_of_a_multiple_choice_question_must_add_up_to_100():
    problem = only_problem("Chọn các ý đúng.{~%50%Ý một ~%40%Ý hai ~%-100%Ý sai}")

    assert problem.message == "The positive weights of a multiple-choice question must add up to 100, not 90."


def test_two_full_right_options_add_up_to_more_than_100():
    problem = only_problem("Chọn.{=Ý một =Ý hai ~Ý sai}")

    assert "not 200" in problem.message


def test_the_bank_s_rules_also_apply_such_as_a_negative_weight_on_a_wrong_option():
    problem = only_problem("Chọn các ý đúng.{~%50%Ý một ~%50%Ý hai ~Ý ba}")

    assert "negative weight" in problem.message


def test_an_unclosed_answers_block_is_reported():
    problem = only_problem("::Thiếu ngoặc::Chỉ thị 16 ban hành năm nào?{=2016 ~2015")

    assert problem.message == "The answers block opened with “{” is never closed with “}”."
    assert problem.title == "Thiếu ngoặc"


def test_each_bad_question_gives_one_problem_and_the_others_are_still_read():
    questions, problems = parse_gift(
        "Câu đúng?{=Có ~Không}\n\nCâu tự luận?{}\n\nCâu thiếu?{=Có\n\nCâu đúng nữa?{T}\n"
    )

    assert [question.line for question in questions] == [1, 7]
    assert [problem.line for problem in problems] == [3, 5]


def test_a_problem_reads_as_a_sentence_with_its_line_and_title():
    assert str(ImportProblem(12, "Chỉ thị 16", "The question has no text.")) == (
        "Question at line 12 (“Chỉ thị 16”): The question has no text."
    )
    assert str(ImportProblem(3, "", "The question has no text.")) == (
        "Question at line 3: The question has no text."
    )


# --- GIFT: what Moodle's question tags carry ------------------------------------------------------


def test_moodle_tags_in_the_comment_above_a_question_give_its_lesson_passage_and_difficulty():
    question = only_question(
        "// question: 12  name: Chỉ thị 16\n"
        "// [id:CT16] [tag:lesson:vai-tro] [tag:passage:3f2a] [tag:Difficulty:hard] [tag:chỉ thị]\n"
        "::Chỉ thị 16::Chỉ thị 16/CT-TTg ban hành ngày nào?{=16/5/2016 ~15/10/1949}"
    )

    assert (question.lesson, question.passage, question.difficulty) == ("vai-tro", "3f2a", "hard")
    assert question.line == 3


def test_an_unknown_difficulty_tag_is_reported():
    problem = only_problem("// [tag:difficulty:rất khó]\nCâu hỏi?{=Có ~Không}")

    assert problem.message == "The difficulty “rất khó” is not one of: easy, medium, hard."
