"""What reading and writing a bank's workbook share: the sheets, the file's Vietnamese words, the
columns and the template's examples (which a filled-in template may still hold, and the reader skips)."""

import re
from decimal import Decimal

from ... import rules
from ..parsed import FALSE_LABEL, TRUE_LABEL, ParsedOption, ParsedQuestion

QUESTIONS_SHEET, INSTRUCTIONS_SHEET, LESSONS_SHEET = "Câu hỏi", "Hướng dẫn", "Bài học"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
TEMPLATE_OPTIONS = 8  # option columns written at least; a file may use up to 26
CATEGORY_MAX_LENGTH = 255  # QuestionCategory.name
CENT = Decimal("0.01")

# The words of the admin's Vietnamese labels (Question.Kind, Question.Difficulty).
KIND_LABELS = {
    rules.SINGLE: "Một lựa chọn đúng",
    rules.MULTIPLE: "Nhiều lựa chọn đúng",
    rules.TRUE_FALSE: "Đúng / sai",
}
DIFFICULTY_LABELS = {"easy": "Dễ", "medium": "Trung bình", "hard": "Khó"}

TITLE, CATEGORY, KIND, TEXT, ANSWER = "title", "category", "kind", "text", "answer"
EXPLANATION, DIFFICULTY, LESSON, PASSAGE = "explanation", "difficulty", "lesson", "passage"
OPTION, WEIGHT, FEEDBACK = "option", "weight", "feedback"  # per letter: (OPTION, "A") …


_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")


def looks_like_html(text):
    return bool(_TAG.search(text))


EXAMPLES = [
    ParsedQuestion(
        line=0,
        title="Ví dụ – Đúng / sai",
        category="Ví dụ",
        kind=rules.TRUE_FALSE,
        text="<p>Theo Chủ tịch Hồ Chí Minh, dân vận khéo thì việc gì cũng thành công.</p>",
        options=[ParsedOption(TRUE_LABEL, rules.FULL), ParsedOption(FALSE_LABEL, Decimal(0))],
        explanation="<p>Bài báo “Dân vận” đăng trên báo Sự thật ngày 15/10/1949.</p>",
        difficulty="easy",
    ),
    ParsedQuestion(
        line=0,
        title="Ví dụ – Một lựa chọn đúng",
        category="Ví dụ",
        kind=rules.SINGLE,
        text="<p>Chỉ thị 16/CT-TTg về công tác dân vận được ban hành ngày, tháng, năm nào?</p>",
        options=[
            ParsedOption("04/5/2018", Decimal(0)),
            ParsedOption("16/5/2016", rules.FULL, "Đúng: ngày 16/5/2016."),
            ParsedOption("26/11/2021", Decimal(0)),
            ParsedOption("14/7/2015", Decimal(0)),
        ],
        explanation="<p>Chỉ thị 16/CT-TTg được ban hành ngày 16/5/2016.</p>",
        difficulty="easy",
    ),
    ParsedQuestion(
        line=0,
        title="Ví dụ – Nhiều lựa chọn đúng",
        category="Ví dụ",
        kind=rules.MULTIPLE,
        text="<p>Phương châm “dân biết, dân bàn, dân làm, dân kiểm tra” gồm những ý nào? (Chọn tất cả ý đúng)</p>",
        options=[
            ParsedOption("Dân biết, dân bàn", Decimal(50)),
            ParsedOption("Dân chờ, dân xin", Decimal(-50), "Không có trong phương châm."),
            ParsedOption("Dân làm, dân kiểm tra", Decimal(50)),
            ParsedOption("Dân nghe, dân theo", Decimal(-50)),
        ],
        explanation="<p>Bốn ý: dân biết, dân bàn, dân làm, dân kiểm tra.</p>",
        difficulty="medium",
    ),
]
EXAMPLE_ROWS = {(example.title, example.text) for example in EXAMPLES}
