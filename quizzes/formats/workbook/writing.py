"""Writing a bank as a workbook, and the empty template with its instructions and examples."""

import html
import io
import re
from decimal import Decimal

import openpyxl
from django.utils.translation import gettext as _
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from common.cell_text import xlsx_text
from courses.text import stream_text

from ... import rules
from ..parsed import plain_to_html
from .sheet import (
    ANSWER,
    CATEGORY,
    CENT,
    DIFFICULTY,
    DIFFICULTY_LABELS,
    EXAMPLES,
    EXPLANATION,
    FEEDBACK,
    INSTRUCTIONS_SHEET,
    KIND,
    KIND_LABELS,
    LESSON,
    LESSONS_SHEET,
    LETTERS,
    OPTION,
    PASSAGE,
    QUESTIONS_SHEET,
    TEMPLATE_OPTIONS,
    TEXT,
    TITLE,
    WEIGHT,
    looks_like_html,
)

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="8B1A1A")
_TOP = Alignment(vertical="top", wrap_text=True)
_LIST_ROWS = 2000  # rows offered the drop-down lists of Loại câu hỏi and Độ khó
_BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')
_PLAIN_PARAGRAPHS = re.compile(r"(?:<p>[^<]*(?:<br>[^<]*)*</p>)+")


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
        if not looks_like_html(text) and plain_to_html(text) == source:
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
    """The sheet *Hướng dẫn*: how to fill in the bank, then what each column holds."""
    introduction = [[_("How to fill in a question bank")], [], *_how_to_fill_in(), []]
    header = [_("Column"), _("What to write"), _("When left empty")]
    for row in [*introduction, header, *_columns_explained()]:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", str(value)) for value in row])
    sheet["A1"].font = Font(bold=True, size=14)
    for cell in sheet[len(introduction) + 1]:
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = _TOP
    for letter, width in (("A", 24), ("B", 70), ("C", 50)):
        sheet.column_dimensions[letter].width = width
    for row_number in range(3, len(introduction)):
        sheet.merge_cells(start_row=row_number, start_column=1, end_row=row_number, end_column=3)


def _how_to_fill_in():
    return [
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
    ]


def _columns_explained():
    """(column, what to write, when left empty) for each column of the sheet *Câu hỏi*."""
    return [
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
