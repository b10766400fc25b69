"""A question bank as an Excel workbook (.xlsx), the way trainers keep banks: read it, write it, and its template.

One question per row of the sheet *Câu hỏi*. Columns are found by their header, whatever the case,
diacritics, spacing or a note in brackets ("Trọng số A (%)"), in the first rows of the first sheet
that has them; their order does not matter and the optional ones may be left out.

| header | holds | when empty |
|---|---|---|
| Tiêu đề | a name, used only to point at the row in messages | |
| Nhóm câu hỏi | the category | no category |
| Loại câu hỏi | Một lựa chọn đúng / Nhiều lựa chọn đúng / Đúng / sai | worked out from the answer |
| Câu hỏi | the question (required) | |
| Phương án A … Z | the options, in order (the template has A … H) | Đúng / Sai for true/false |
| Đáp án đúng | the correct letter(s): "B", "A, C"; Đúng or Sai for true/false | from the weights |
| Trọng số A … (%) | Moodle weights | 100 for the one correct option; several correct options share 100 and the wrong ones share −100 |
| Phản hồi A … | the option's feedback | |
| Giải thích | the explanation | |
| Độ khó | Dễ / Trung bình / Khó | Trung bình |
| Bài học | the lesson that states the answer: its slug or its title | no link |
| Đoạn | its passage: the block id, or a link ending in ``#doan-<id>`` | the link goes to the lesson |

A text cell is plain text (a line break stays one, an empty line starts a paragraph); a question or
explanation cell with HTML tags is read as HTML and sanitised like GIFT's ``[html]``; tags in an
option or feedback cell are removed. Headers and the words of the lists (Một lựa chọn đúng, Dễ …) are the
file's own vocabulary, Vietnamese whatever the interface language, so that a file reads the same
for everyone; messages and the instructions sheet are translated.

The reader checks each row on its own (``rules.problems_with`` included) and returns
``(questions, problems)`` like the GIFT and Aiken parsers; lessons and passages are checked against
the course by ``quizzes.importing``.
"""

import datetime
import html
import io
import re
import unicodedata
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

import openpyxl
from django.utils.translation import gettext as _
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from common.cell_text import xlsx_text
from common.spreadsheets import HEADER_SEARCH_ROWS, HeaderRow, header_key, read_xlsx_table
from courses.text import stream_text

from . import rules
from .formats import (
    FALSE_LABEL,
    MAX_QUESTIONS,
    OPTION_MAX_LENGTH,
    TRUE_LABEL,
    ImportFileError,
    ImportProblem,
    ParsedOption,
    ParsedQuestion,
    clean_html,
    plain_to_html,
    strip_html,
)

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

# Compared by common.spreadsheets.header_key: folded, letters and digits only, notes in brackets dropped.
_ALIASES = {
    TITLE: ("tieude", "tencauhoi", "title", "name"),
    CATEGORY: ("nhomcauhoi", "nhom", "danhmuc", "chude", "category"),
    KIND: ("loaicauhoi", "loai", "kieucauhoi", "type", "kind"),
    TEXT: ("cauhoi", "noidungcauhoi", "noidung", "question", "text"),
    ANSWER: ("dapandung", "dapan", "answer", "correct", "correctanswer"),
    EXPLANATION: ("giaithich", "explanation", "generalfeedback"),
    DIFFICULTY: ("dokho", "mucdo", "difficulty"),
    LESSON: ("baihoc", "lesson"),
    PASSAGE: ("doan", "madoan", "passage"),
}
_LETTER_ALIASES = {
    OPTION: ("phuongan{}", "dapan{}", "luachon{}", "option{}", "{}"),
    WEIGHT: ("trongso{}", "weight{}"),
    FEEDBACK: ("phanhoi{}", "feedback{}"),
}
_COLUMN_OF = {alias: column for column, aliases in _ALIASES.items() for alias in aliases} | {
    pattern.format(letter.lower()): (kind, letter)
    for kind, patterns in _LETTER_ALIASES.items()
    for pattern in patterns
    for letter in LETTERS
}
_KIND_OF = {
    **dict.fromkeys(
        ("motluachondung", "motluachon", "motdapan", "motdapandung", "donluachon", "single"), rules.SINGLE
    ),
    **dict.fromkeys(
        ("nhieuluachondung", "nhieuluachon", "nhieudapan", "nhieudapandung", "multiple"), rules.MULTIPLE
    ),
    **dict.fromkeys(("dungsai", "dunghaysai", "ds", "truefalse", "tf"), rules.TRUE_FALSE),
}
_DIFFICULTY_OF = {
    **dict.fromkeys(("de", "easy"), "easy"),
    **dict.fromkeys(("trungbinh", "tb", "medium"), "medium"),
    **dict.fromkeys(("kho", "hard"), "hard"),
}
_TRUE_WORDS = {"dung", "d", "true", "t", "co"}
_FALSE_WORDS = {"sai", "s", "false", "f", "khong"}

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"\s+")
_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
_BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')
_PLAIN_PARAGRAPHS = re.compile(r"(?:<p>[^<]*(?:<br>[^<]*)*</p>)+")
_ANSWER_SEPARATORS = re.compile(r"[\s,;/+&.]+")


class _RowInvalid(Exception):
    """The row cannot become a question; ``args[0]`` lists why."""


# --- Cells -----------------------------------------------------------------------------------------


def _text(cell):
    """A cell as NFC text, lines kept, trimmed; "" for an empty cell. Excel's dates and booleans as typed."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, bool):
        return TRUE_LABEL if value else FALSE_LABEL
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        value = value.date()
    if isinstance(value, datetime.date):  # Excel turns a typed 16/5/2016 into a date
        return f"{value.day}/{value.month}/{value.year}" + (
            value.strftime(" %H:%M") if isinstance(value, datetime.datetime) else ""
        )
    if isinstance(value, float):
        value = int(value) if value.is_integer() else f"{value:.15g}"
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", str(value)))
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _line(cell):
    return _SPACES.sub(" ", _text(cell)).strip()


def _looks_like_html(text):
    return bool(_TAG.search(text))


def _rich(cell):
    """HTML for a question or explanation cell."""
    text = _text(cell)
    return clean_html(text) if _looks_like_html(text) else plain_to_html(text)


def _plain(cell):
    """Plain text for an option or feedback cell: one line, tags removed."""
    text = _text(cell)
    if _looks_like_html(text):
        text = strip_html(text)
    return _SPACES.sub(" ", text).strip()


def _weight(cell):
    """The weight in a cell as a percentage, or None when it is empty; ValueError when it is not a number.

    "50", "50%", "-33,33" and numbers are read; a number that Excel shows as a percentage (typing
    50% stores 0.5) counts as that percentage.
    """
    value = getattr(cell, "value", None)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        weight = Decimal(str(value))
        if "%" in (getattr(cell, "number_format", None) or ""):
            weight *= 100
    else:
        text = _SPACES.sub("", _text(cell)).removesuffix("%").replace(",", ".").replace("−", "-")
        try:
            weight = Decimal(text)
        except InvalidOperation:
            raise ValueError(value) from None
    if not weight.is_finite():
        raise ValueError(value)
    return weight.quantize(CENT, rounding=ROUND_HALF_UP)


def _letters(text):
    """The option letters of an answer ("B", "A, C", "A và C", "AC") in order, or None if it is not letters."""
    letters = []
    for token in _ANSWER_SEPARATORS.split(text.upper()):
        if not token or header_key(token) == "va":
            continue
        if not re.fullmatch(r"[A-Z]+", token):
            return None
        letters.extend(letter for letter in token if letter not in letters)
    return letters or None


def _truth(text):
    """True or False for a true/false answer ("Đúng", "Sai", "T", "FALSE" …), None for anything else."""
    key = header_key(text)
    return True if key in _TRUE_WORDS else False if key in _FALSE_WORDS else None


def _shares(total, count):
    """``count`` weights with two decimals that add up to exactly ``total``: 100 / 3 → 33.33, 33.33, 33.34."""
    share = (total / count).quantize(CENT, rounding=ROUND_DOWN)
    return [share] * (count - 1) + [total - share * (count - 1)]


# --- Reading -----------------------------------------------------------------------------------


class _Header(HeaderRow):
    COLUMN_OF = _COLUMN_OF

    @property
    def has_answers(self):
        return ANSWER in self.columns or bool(self.letters(WEIGHT))

    @property
    def is_complete(self):
        return TEXT in self.columns and self.has_answers

    def letters(self, kind):
        return [letter for letter in LETTERS if (kind, letter) in self.columns]


def read_workbook(data):
    """``(questions, problems)`` read from the bytes of an .xlsx file (see the module's docstring).

    Raises ImportFileError when the file is not a workbook, or no sheet has the needed columns.
    """
    return read_xlsx_table(data, _Header, _read_rows, ImportFileError, _header_error)


def _header_error(header):
    expected = _(
        "A bank needs a column “Câu hỏi” and a column “Đáp án đúng”, with the options in “Phương án A”, "
        "“Phương án B” …; download the Excel template to start from."
    )
    if header is None:
        message = _("No header row was found in the first %(rows)s rows.") % {"rows": HEADER_SEARCH_ROWS}
    else:
        missing = [] if TEXT in header.columns else ["“Câu hỏi”"]
        if not header.has_answers:
            missing.append("“Đáp án đúng”")
        message = _("The header row (row %(row)s) lacks the column %(columns)s.") % {
            "row": header.row_number,
            "columns": ", ".join(missing),
        }
    return ImportFileError(f"{message} {expected}")


def _read_rows(sheet, header):
    questions, problems = [], []
    width = max(header.columns.values()) + 1
    rows = sheet.iter_rows(min_row=header.row_number + 1, max_col=width)
    count = 0
    for row_number, cells in enumerate(rows, start=header.row_number + 1):
        if not any(_text(cell) for cell in cells):
            continue
        count += 1
        if count > MAX_QUESTIONS:
            raise ImportFileError.too_many_questions()

        def cell(column, cells=cells):
            index = header.columns.get(column)
            return cells[index] if index is not None and index < len(cells) else None

        title = _line(cell(TITLE))
        try:
            questions.append(_read_row(row_number, title, header, cell))
        except _RowInvalid as invalid:
            problems.append(ImportProblem(row_number, title, " ".join(invalid.args[0]), in_sheet=True))
    return questions, problems


def _read_row(row_number, title, header, cell):
    problems = []
    text = _rich(cell(TEXT))
    if not text:
        problems.append(_("The question is empty: write it in the column “Câu hỏi”."))
    elif (title, text) in _EXAMPLE_ROWS:
        problems.append(
            _("This is an example row of the template: delete it, or write your own question over it.")
        )
    category = _line(cell(CATEGORY))
    if len(category) > CATEGORY_MAX_LENGTH:
        problems.append(
            _("The category is longer than %(limit)s characters.") % {"limit": CATEGORY_MAX_LENGTH}
        )
    kind = _choice(
        cell(KIND), _KIND_OF, problems, _("The type “%(value)s” is not one of: %(choices)s."), KIND_LABELS
    )
    difficulty = _choice(
        cell(DIFFICULTY),
        _DIFFICULTY_OF,
        problems,
        _("The difficulty “%(value)s” is not one of: %(choices)s."),
        DIFFICULTY_LABELS,
    )

    options, given_weights = {}, {}  # letter → ParsedOption, letter → Decimal
    for letter in header.letters(OPTION):
        option_text, feedback = _plain(cell((OPTION, letter))), _plain(cell((FEEDBACK, letter)))
        if option_text:
            options[letter] = ParsedOption(option_text, Decimal(0), feedback)
        if max(len(option_text), len(feedback)) > OPTION_MAX_LENGTH:
            problems.append(
                _("Option %(letter)s or its feedback is longer than %(limit)s characters.")
                % {"letter": letter, "limit": OPTION_MAX_LENGTH}
            )
    for letter in sorted(set(header.letters(WEIGHT)) | set(header.letters(FEEDBACK))):
        try:
            weight = _weight(cell((WEIGHT, letter)))
        except ValueError as error:
            problems.append(
                _("The weight of option %(letter)s, “%(value)s”, is not a number.")
                % {"letter": letter, "value": error.args[0]}
            )
            continue
        has_feedback = bool(_plain(cell((FEEDBACK, letter))))
        if (weight is not None or has_feedback) and letter not in options:
            problems.append(
                _("Option %(letter)s has a weight or a feedback but no text.") % {"letter": letter}
            )
        elif weight is not None:
            given_weights[letter] = weight

    answer = _line(cell(ANSWER))
    if not problems:
        try:
            kind, options = _answer(kind, options, given_weights, answer)
        except _RowInvalid as invalid:
            problems.extend(invalid.args[0])
    if not problems:
        problems.extend(rules.problems_with(kind, [option.weight for option in options.values()]))
    if problems:
        raise _RowInvalid(problems)
    return ParsedQuestion(
        line=row_number,
        title=title,
        category=category,
        kind=kind,
        text=text,
        options=list(options.values()),
        explanation=_rich(cell(EXPLANATION)),
        difficulty=difficulty or "",
        lesson=_line(cell(LESSON)),
        passage=_line(cell(PASSAGE)),
    )


def _choice(cell, values_of, problems, unknown, labels):
    """The value a list cell (type, difficulty) names; None when it is empty or unknown (and reported)."""
    typed = _line(cell)
    if not typed:
        return None
    value = values_of.get(header_key(typed))
    if value is None:
        problems.append(unknown % {"value": typed, "choices": ", ".join(labels.values())})
    return value


def _answer(kind, options, given_weights, answer):
    """(kind, options with their weights) from the type, the options, the weights and the correct answer."""
    letters = _letters(answer) if answer else None
    truth = _truth(answer) if answer else None
    # Đúng or Sai as the answer, with no options or two that the answer does not name by letter.
    true_false = kind == rules.TRUE_FALSE or (
        kind is None
        and truth is not None
        and (not options or (len(options) == 2 and not set(letters or "") <= set(options)))
    )
    if not options and not true_false:
        raise _RowInvalid([_("The question has no options: write them in “Phương án A”, “Phương án B” …")])
    if true_false:
        kind = rules.TRUE_FALSE
        if not options:
            options = {"A": ParsedOption(TRUE_LABEL, Decimal(0)), "B": ParsedOption(FALSE_LABEL, Decimal(0))}
        if truth is not None:
            letters = [letter for letter, option in options.items() if _truth(option.text) is truth][
                :1
            ] or None
            if letters is None:
                raise _RowInvalid(
                    [
                        _(
                            "Write the letter of the correct option in “Đáp án đúng”: no option reads “%(answer)s”."
                        )
                        % {"answer": answer}
                    ]
                )
    if answer and letters is None:
        raise _RowInvalid(
            [
                _(
                    "The correct answer “%(answer)s” is not the letter of an option: write “B”, or “A, C” when several options are correct."
                )
                % {"answer": answer}
            ]
        )
    unknown = [letter for letter in letters or () if letter not in options]
    if unknown:
        raise _RowInvalid(
            [
                _("The correct answer “%(answer)s” names no option (the options are %(letters)s).")
                % {"answer": answer, "letters": ", ".join(options)}
            ]
        )

    if given_weights:
        weights = {letter: given_weights.get(letter, Decimal(0)) for letter in options}
        positive = [letter for letter, weight in weights.items() if weight > 0]
        if letters is not None and set(letters) != set(positive):
            raise _RowInvalid(
                [
                    _("The correct answer (%(answer)s) and the weights (positive for %(positive)s) disagree.")
                    % {"answer": ", ".join(letters), "positive": ", ".join(positive) or "—"}
                ]
            )
        if kind is None:
            kind = rules.MULTIPLE if len(positive) > 1 else rules.SINGLE
    elif letters:
        if kind is None:
            kind = rules.MULTIPLE if len(letters) > 1 else rules.SINGLE
        weights = dict.fromkeys(options, Decimal(0))
        if kind == rules.MULTIPLE:
            wrong = [letter for letter in options if letter not in letters]
            weights |= dict(zip(letters, _shares(rules.FULL, len(letters)), strict=True))
            if wrong:
                weights |= dict(zip(wrong, _shares(-rules.FULL, len(wrong)), strict=True))
        else:
            weights |= dict.fromkeys(letters, rules.FULL)
    else:
        raise _RowInvalid([_("No correct answer: write its letter in the column “Đáp án đúng”.")])
    for letter, option in options.items():
        option.weight = weights[letter]
    return kind, options


# --- Writing -----------------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="8B1A1A")
_TOP = Alignment(vertical="top", wrap_text=True)
_LIST_ROWS = 2000  # rows offered the drop-down lists of Loại câu hỏi and Độ khó


def _layout(option_count):
    """(column, header, width) of the sheet, in order."""
    letters = LETTERS[:option_count]
    return [
        (TITLE, "Tiêu đề", 18),
        (CATEGORY, "Nhóm câu hỏi", 20),
        (KIND, "Loại câu hỏi", 15),
        (TEXT, "Câu hỏi", 50),
        *(((OPTION, letter), f"Phương án {letter}", 22) for letter in letters),
        (ANSWER, "Đáp án đúng", 12),
        (EXPLANATION, "Giải thích", 40),
        (DIFFICULTY, "Độ khó", 12),
        (LESSON, "Bài học", 30),
        (PASSAGE, "Đoạn", 38),
        *(((WEIGHT, letter), f"Trọng số {letter} (%)", 11) for letter in letters),
        *(((FEEDBACK, letter), f"Phản hồi {letter}", 22) for letter in letters),
    ]


def _html_cell(source):
    """What a trainer reads for stored HTML: plain text when it says the same, else the HTML itself.

    Draftail's ``data-block-key`` attributes are editor bookkeeping and are left out.
    """
    source = _BLOCK_KEY.sub("", source)
    if _PLAIN_PARAGRAPHS.fullmatch(source):
        paragraphs = re.findall(r"<p>(.*?)</p>", source)
        text = "\n\n".join(html.unescape(paragraph.replace("<br>", "\n")) for paragraph in paragraphs)
        if not _looks_like_html(text) and plain_to_html(text) == source:
            return text
    return source


def _row(question, option_count):
    correct = [LETTERS[index] for index, option in enumerate(question.options) if option.weight > 0]
    values = {
        TITLE: question.title,
        CATEGORY: question.category,
        KIND: KIND_LABELS[question.kind],
        TEXT: _html_cell(question.text),
        ANSWER: ", ".join(correct),
        EXPLANATION: _html_cell(question.explanation),
        DIFFICULTY: DIFFICULTY_LABELS.get(question.difficulty, ""),
        LESSON: question.lesson,
        PASSAGE: question.passage,
    }
    for letter, option in zip(LETTERS, question.options, strict=False):
        values[(OPTION, letter)] = option.text
        values[(FEEDBACK, letter)] = option.feedback
        if question.kind == rules.MULTIPLE:  # single choice and true/false follow from the answer
            values[(WEIGHT, letter)] = Decimal(option.weight).quantize(CENT)
    return [
        None if values.get(column) in (None, "") else values[column]
        for column, _header, _width in _layout(option_count)
    ]


def _put(sheet, row, column, value):
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        xlsx_text(cell, value)  # never a formula, whatever the text starts with
    else:
        cell.value = value
    return cell


def write_workbook(questions, lessons=()):
    """The bytes of an .xlsx file holding ``questions``; ``read_workbook`` reads them back the same.

    With ``lessons`` (a course's LessonPages, in order), a sheet lists them and their passages, so
    that the columns Bài học and Đoạn can be filled in.
    """
    option_count = max([TEMPLATE_OPTIONS, *(len(question.options) for question in questions)])
    if option_count > len(LETTERS):
        raise ValueError(f"A question has more than {len(LETTERS)} options.")
    layout = _layout(option_count)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = QUESTIONS_SHEET
    for index, (_column, header, width) in enumerate(layout, start=1):
        cell = _put(sheet, 1, index, header)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _TOP
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row_number, question in enumerate(questions, start=2):
        for index, value in enumerate(_row(question, option_count), start=1):
            _put(sheet, row_number, index, value).alignment = _TOP
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(layout))}1"
    columns = [column for column, _header, _width in layout]
    for column, labels in ((KIND, KIND_LABELS), (DIFFICULTY, DIFFICULTY_LABELS)):
        letter = get_column_letter(columns.index(column) + 1)
        choices = DataValidation(
            type="list", formula1='"' + ",".join(labels.values()) + '"', allow_blank=True
        )
        choices.add(f"{letter}2:{letter}{max(_LIST_ROWS, len(questions) + 1)}")
        sheet.add_data_validation(choices)

    _instructions_sheet(workbook.create_sheet(INSTRUCTIONS_SHEET))
    if lessons:
        _lessons_sheet(workbook.create_sheet(LESSONS_SHEET), lessons)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_workbook(lessons=()):
    """The template a trainer downloads: the header, example rows and the instructions."""
    return write_workbook(EXAMPLES, lessons)


def _instructions_sheet(sheet):
    rows = [
        [_("How to fill in a question bank")],
        [],
        [
            _(
                "One question per row of the sheet “Câu hỏi”. Replace the example rows with your own questions: "
                "an example row left in the file is reported as an error."
            )
        ],
        [
            _(
                "Only “Câu hỏi” and “Đáp án đúng” are required. Leave the other columns empty, or delete "
                "them; the order of the columns does not matter."
            )
        ],
        [
            _(
                "Import the file in the admin (Ngân hàng câu hỏi → Nhập câu hỏi): you see every question and "
                "every error, row by row, before anything is saved."
            )
        ],
        [],
        [_("Column"), _("What to write"), _("When left empty")],
        ["Tiêu đề", _("A short name for the question, used only to point at it in messages."), ""],
        [
            "Nhóm câu hỏi",
            _("The category, e.g. “Bài 1”. A quiz can draw questions evenly from each category."),
            _("No category."),
        ],
        [
            "Loại câu hỏi",
            " / ".join(KIND_LABELS.values()),
            _(
                "Worked out from the answer: one correct letter makes “Một lựa chọn đúng”, several make "
                "“Nhiều lựa chọn đúng”, no options and Đúng or Sai as the answer make “Đúng / sai”."
            ),
        ],
        [
            "Câu hỏi",
            _(
                "The question. Alt+Enter starts a new line, an empty line a new paragraph. Bold, italics and "
                "lists may be written in HTML (<b>, <i>, <ul><li>); other tags are removed."
            ),
            _("Required."),
        ],
        [
            "Phương án A, B, C …",
            _("The options, one per column, in order. More columns (Phương án I, J …) may be added."),
            _("For “Đúng / sai”: the options Đúng and Sai."),
        ],
        [
            "Đáp án đúng",
            _(
                "The letter of the correct option (“B”), or the letters of the correct options (“A, C”). "
                "For “Đúng / sai”: Đúng or Sai."
            ),
            _("Required, unless weights are given."),
        ],
        [
            "Trọng số A, B, C … (%)",
            _(
                "Moodle-style weights, for “Nhiều lựa chọn đúng”: the weights of the correct options add up to 100; "
                "a wrong option may have a negative weight, which a trainee loses by choosing it (a question "
                "never scores below 0)."
            ),
            _(
                "The correct options share 100 equally and the wrong ones share −100 equally, so that ticking "
                "every option scores 0. Other types: 100 for the correct option."
            ),
        ],
        ["Phản hồi A, B, C …", _("A remark shown with the option when the trainee reviews the quiz."), ""],
        ["Giải thích", _("Why the answer is right; shown when the trainee reviews the quiz."), ""],
        ["Độ khó", " / ".join(DIFFICULTY_LABELS.values()), DIFFICULTY_LABELS["medium"]],
        [
            "Bài học",
            _(
                "The lesson that states the answer: its title or its slug, as listed in the sheet “Bài học” "
                "of a course's template or export."
            ),
            _("No link to a lesson."),
        ],
        [
            "Đoạn",
            _(
                "The passage of that lesson that states the answer: its id from the sheet “Bài học”, or a "
                "link to the passage (ending in #doan-…)."
            ),
            _("The link goes to the start of the lesson."),
        ],
    ]
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", str(value)) for value in row])
    sheet["A1"].font = Font(bold=True, size=14)
    for cell in sheet[7]:
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = _TOP
    for letter, width in (("A", 24), ("B", 70), ("C", 50)):
        sheet.column_dimensions[letter].width = width
    for row_number in range(3, 6):
        sheet.merge_cells(start_row=row_number, start_column=1, end_row=row_number, end_column=3)


def _lessons_sheet(sheet, lessons):
    sheet.append([_("No."), _("Lesson title"), "Bài học", "Đoạn", _("Text of the passage")])
    row_number = 1
    for number, lesson in enumerate(lessons, start=1):
        blocks = list(lesson.body) or [None]
        for block in blocks:
            excerpt = ""
            if block is not None:
                excerpt = stream_text([block]) or f"[{block.block.label}]"
            row_number += 1
            values = [
                number,
                lesson.title,
                lesson.slug,
                block.id if block is not None else None,
                excerpt[:150] + ("…" if len(excerpt) > 150 else ""),
            ]
            for column, value in enumerate(values, start=1):
                _put(sheet, row_number, column, value)
    for cell in sheet[1]:
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    for letter, width in (("A", 6), ("B", 40), ("C", 40), ("D", 38), ("E", 80)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:E{sheet.max_row}"


# --- The template's examples ---------------------------------------------------------------------

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
_EXAMPLE_ROWS = {(example.title, example.text) for example in EXAMPLES}
