"""Reading a bank's workbook: the header found, each row checked on its own."""

from decimal import Decimal

from django.utils.translation import gettext as _

from common.spreadsheets import (
    HeaderRow,
    header_key,
    no_header_found,
    read_xlsx_table,
)

from ... import rules
from ..parsed import (
    FALSE_LABEL,
    MAX_QUESTIONS,
    OPTION_MAX_LENGTH,
    TRUE_LABEL,
    ImportFileError,
    ImportProblem,
    ParsedOption,
    ParsedQuestion,
)
from .cells import answer_letters, answer_truth, as_html, as_line, as_plain, as_text, as_weight, shares
from .sheet import (
    ANSWER,
    CATEGORY,
    CATEGORY_MAX_LENGTH,
    DIFFICULTY,
    DIFFICULTY_LABELS,
    EXAMPLE_ROWS,
    EXPLANATION,
    FEEDBACK,
    KIND,
    KIND_LABELS,
    LESSON,
    LETTERS,
    OPTION,
    PASSAGE,
    TEXT,
    TITLE,
    WEIGHT,
)

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


class _RowInvalid(Exception):
    """The row cannot become a question; ``args[0]`` lists why."""


# --- Rows ---------------------------------------------------------------------------------------


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
        message = no_header_found()
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
        if not any(as_text(cell) for cell in cells):
            continue
        count += 1
        if count > MAX_QUESTIONS:
            raise ImportFileError.too_many_questions()

        def cell(column, cells=cells):
            index = header.columns.get(column)
            return cells[index] if index is not None and index < len(cells) else None

        title = as_line(cell(TITLE))
        try:
            questions.append(_read_row(row_number, title, header, cell))
        except _RowInvalid as invalid:
            problems.append(ImportProblem(row_number, title, " ".join(invalid.args[0]), in_sheet=True))
    return questions, problems


def _read_row(row_number, title, header, cell):
    """The question of one row; ``_RowInvalid`` with every problem found in it."""
    problems = []
    text = _question_text(title, cell, problems)
    category = as_line(cell(CATEGORY))
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

    options, given_weights = _options(header, cell, problems)

    answer = as_line(cell(ANSWER))
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
        explanation=as_html(cell(EXPLANATION)),
        difficulty=difficulty or "",
        lesson=as_line(cell(LESSON)),
        passage=as_line(cell(PASSAGE)),
    )


def _question_text(title, cell, problems):
    text = as_html(cell(TEXT))
    if not text:
        problems.append(_("The question is empty: write it in the column “Câu hỏi”."))
    elif (title, text) in EXAMPLE_ROWS:
        problems.append(
            _("This is an example row of the template: delete it, or write your own question over it.")
        )
    return text


def _options(header, cell, problems):
    """The options with text (letter → ParsedOption, weights still 0) and the weights the row gives."""
    options, given_weights = {}, {}  # letter → ParsedOption, letter → Decimal
    for letter in header.letters(OPTION):
        option_text, feedback = as_plain(cell((OPTION, letter))), as_plain(cell((FEEDBACK, letter)))
        if option_text:
            options[letter] = ParsedOption(option_text, Decimal(0), feedback)
        if max(len(option_text), len(feedback)) > OPTION_MAX_LENGTH:
            problems.append(
                _("Option %(letter)s or its feedback is longer than %(limit)s characters.")
                % {"letter": letter, "limit": OPTION_MAX_LENGTH}
            )
    for letter in sorted(set(header.letters(WEIGHT)) | set(header.letters(FEEDBACK))):
        try:
            weight = as_weight(cell((WEIGHT, letter)))
        except ValueError as error:
            problems.append(
                _("The weight of option %(letter)s, “%(value)s”, is not a number.")
                % {"letter": letter, "value": error.args[0]}
            )
            continue
        has_feedback = bool(as_plain(cell((FEEDBACK, letter))))
        if (weight is not None or has_feedback) and letter not in options:
            problems.append(
                _("Option %(letter)s has a weight or a feedback but no text.") % {"letter": letter}
            )
        elif weight is not None:
            given_weights[letter] = weight
    return options, given_weights


def _choice(cell, values_of, problems, unknown, labels):
    """The value a list cell (type, difficulty) names; None when it is empty or unknown (and reported)."""
    typed = as_line(cell)
    if not typed:
        return None
    value = values_of.get(header_key(typed))
    if value is None:
        problems.append(unknown % {"value": typed, "choices": ", ".join(labels.values())})
    return value


def _answer(kind, options, given_weights, answer):
    """(kind, options with their weights) from the type, the options, the weights and the correct answer."""
    kind, options, letters = _correct_letters(kind, options, answer)
    kind, weights = _weights(kind, options, letters, given_weights)
    for letter, option in options.items():
        option.weight = weights[letter]
    return kind, options


def _correct_letters(kind, options, answer):
    """(kind, options, the letters of the correct options or None): true/false made out, the answer checked."""
    letters = answer_letters(answer) if answer else None
    truth = answer_truth(answer) if answer else None
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
            letters = [letter for letter, option in options.items() if answer_truth(option.text) is truth][
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
    return kind, options, letters


def _weights(kind, options, letters, given_weights):
    """(kind, letter → weight): the weights given, else shared out among the correct letters."""
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
            weights |= dict(zip(letters, shares(rules.FULL, len(letters)), strict=True))
            if wrong:
                weights |= dict(zip(wrong, shares(-rules.FULL, len(wrong)), strict=True))
        else:
            weights |= dict.fromkeys(letters, rules.FULL)
    else:
        raise _RowInvalid([_("No correct answer: write its letter in the column “Đáp án đúng”.")])
    return kind, weights
