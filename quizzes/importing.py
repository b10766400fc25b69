"""One way in for question files: read GIFT, Aiken or Excel, check every question against the course,
and write the good ones in one transaction.

The ``import_questions`` command and the admin's import view both call :func:`import_file`; they
differ only in how they show its :class:`ImportReport`. A file with any problem imports nothing,
unless ``skip_invalid`` asks for the valid questions alone.
"""

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from django.db import transaction
from django.utils.translation import gettext as _

from common.text import fold, html_to_text
from common.uploads import read_limited
from courses.models import LessonPage

from . import rules
from .bank import add_question
from .formats.aiken import parse_aiken
from .formats.gift import parse_gift
from .formats.parsed import MAX_QUESTIONS, ImportFileError, ImportProblem, ParsedQuestion
from .formats.workbook.reading import read_workbook
from .formats.workbook.sheet import CATEGORY_MAX_LENGTH, LETTERS
from .models import Question

MAX_FILE_BYTES = 5 * 1024 * 1024
FORMATS = ("gift", "aiken", "xlsx")
EXCERPT_LENGTH = 120

_ZIP_MAGIC = b"PK\x03\x04"  # an .xlsx is a zip
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # Excel 97-2003 (.xls), old Word
_PASSAGE_LINK = re.compile(r"(?:^|#)doan-(\S+)$")
_SPACES = re.compile(r"\s+")


@dataclass
class CheckedQuestion:
    """A question of the file that can be written, with the lesson and passage it links to."""

    parsed: ParsedQuestion
    lesson: LessonPage | None = None
    passage: str = ""

    @property
    def kind_label(self):
        return Question.Kind(self.parsed.kind).label

    @property
    def excerpt(self):
        text = html_to_text(self.parsed.text)
        return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1] + "…"

    @property
    def correct_options(self):
        """The correct options as "B. 16/5/2016" (with their weight when several are correct)."""
        several = self.parsed.kind == rules.MULTIPLE
        return [
            f"{letter}. {option.text}" + (f" ({option.weight.normalize():f} %)" if several else "")
            for letter, option in zip(LETTERS, self.parsed.options, strict=False)
            if option.weight > 0
        ]


@dataclass
class ImportReport:
    format: str
    questions: list[CheckedQuestion] = field(default_factory=list)  # the valid ones, in file order
    problems: list[ImportProblem] = field(default_factory=list)  # in file order
    skip_invalid: bool = False
    dry_run: bool = False

    @property
    def to_import(self):
        """What is (or, in a dry run, would be) written: nothing while a problem stands, unless skipping."""
        return self.questions if self.skip_invalid or not self.problems else []

    @property
    def imported(self):
        return len(self.to_import)

    @property
    def summary(self):
        return f"imported: {self.imported}, errors: {len(self.problems)}"


def import_file(course, file, filename, *, format=None, dry_run=False, skip_invalid=False):
    """Read ``file`` (binary; ``filename`` helps to tell its format), check it against ``course`` and,
    unless ``dry_run``, write what the report says is imported. Raises ImportFileError when the
    file as a whole cannot be read."""
    format, questions, problems = read_file(file, filename, format)
    report = ImportReport(format=format, skip_invalid=skip_invalid, dry_run=dry_run)
    report.questions, report.problems = check(course, questions, problems, in_sheet=format == "xlsx")
    if not dry_run and report.to_import:
        write(course, report.to_import)
    return report


def read_file(file, filename, format=None):
    """``(format, questions, problems)`` of a GIFT, Aiken or Excel file."""
    data = read_limited(file, MAX_FILE_BYTES)
    if data is None:
        raise ImportFileError(
            _("The file is larger than %(limit)s MB. Split the bank into smaller files.")
            % {"limit": MAX_FILE_BYTES // (1024 * 1024)}
        )
    format = format or detect_format(filename, data)
    if format == "xlsx":
        questions, problems = read_workbook(data)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportFileError(
                _(
                    "This file is neither an Excel workbook (.xlsx) nor a text file in UTF-8 (GIFT or Aiken). "
                    "Save it as .xlsx, or as text in UTF-8, and try again."
                )
            ) from None
        questions, problems = (parse_aiken if format == "aiken" else parse_gift)(text)
    if not questions and not problems:
        raise ImportFileError(_("No question was found in this file."))
    if len(questions) + len(problems) > MAX_QUESTIONS:
        raise ImportFileError.too_many_questions()
    return format, questions, problems


def detect_format(filename, data):
    """ "xlsx" for a workbook (by its content or its name), else "gift" or "aiken" for text."""
    extension = PurePath(filename or "").suffix.lower()
    if data.startswith(_OLE_MAGIC) or extension == ".xls":
        raise ImportFileError(
            _("This is an Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) and try again.")
        )
    if data.startswith(_ZIP_MAGIC) or extension == ".xlsx":
        return "xlsx"
    if extension == ".gift":
        return "gift"
    text = data.decode("utf-8", errors="replace")
    return (
        "aiken" if any(line.strip().upper().startswith("ANSWER:") for line in text.splitlines()) else "gift"
    )


# --- Checking against the course -------------------------------------------------------------------


def check(course, questions, problems, in_sheet=False):
    """``(checked questions, problems)``: the bank's rules, and lessons and passages that exist in ``course``."""
    lessons = _Lessons(course)
    problems = list(problems)
    checked = []
    for question in questions:
        found = list(rules.problems_with(question.kind, [option.weight for option in question.options]))
        if len(question.category) > CATEGORY_MAX_LENGTH:
            found.append(
                _("The category is longer than %(limit)s characters.") % {"limit": CATEGORY_MAX_LENGTH}
            )
        lesson, passage = None, passage_id(question.passage)
        if question.lesson:
            lesson, problem = lessons.find(question.lesson)
            if problem:
                found.append(problem)
            elif passage and passage not in lessons.passages(lesson):
                found.append(
                    _("The lesson “%(lesson)s” has no passage “%(passage)s”.")
                    % {"lesson": lesson.title, "passage": passage}
                )
        elif passage:
            found.append(_("A passage is given without its lesson: name the lesson too."))
        if found:
            problems.append(ImportProblem(question.line, question.title, " ".join(found), in_sheet=in_sheet))
        else:
            checked.append(CheckedQuestion(question, lesson, passage))
    problems.sort(key=lambda problem: problem.line)
    return checked, problems


def passage_id(reference):
    """The block id in what a trainer wrote: the id itself, ``doan-<id>`` or a link ending in ``#doan-<id>``."""
    reference = reference.strip()
    match = _PASSAGE_LINK.search(reference)
    return match.group(1) if match else reference


class _Lessons:
    """The lessons of a course, found by slug or by title (whatever the case and diacritics)."""

    def __init__(self, course):
        self.by_slug, self.by_title = {}, {}
        for lesson in LessonPage.objects.child_of(course).only("id", "title", "slug", "body"):
            self.by_slug[lesson.slug.lower()] = lesson
            self.by_title.setdefault(_title_key(lesson.title), []).append(lesson)
        self._passages = {}

    def find(self, reference):
        """(lesson, "") or (None, why not)."""
        lesson = self.by_slug.get(reference.strip().lower())
        if lesson is not None:
            return lesson, ""
        matches = self.by_title.get(_title_key(reference), [])
        if len(matches) == 1:
            return matches[0], ""
        if matches:
            return None, _(
                "Several lessons of this course are titled “%(lesson)s”: name the lesson by its slug."
            ) % {"lesson": reference}
        return None, _("This course has no lesson “%(lesson)s”.") % {"lesson": reference}

    def passages(self, lesson):
        if lesson.pk not in self._passages:
            self._passages[lesson.pk] = {block.id for block in lesson.body}
        return self._passages[lesson.pk]


def _title_key(title):
    return _SPACES.sub(" ", fold(title)).strip()


# --- Writing ---------------------------------------------------------------------------------------


@transaction.atomic
def write(course, checked):
    """Add ``checked`` questions to the bank of ``course``, all or none."""
    return [
        add_question(
            course,
            kind=item.parsed.kind,
            text=item.parsed.text,
            options=[(option.text, option.weight, option.feedback) for option in item.parsed.options],
            explanation=item.parsed.explanation,
            category=item.parsed.category,
            difficulty=item.parsed.difficulty or Question.Difficulty.MEDIUM,
            lesson=item.lesson,
            passage=item.passage,
        )
        for item in checked
    ]
