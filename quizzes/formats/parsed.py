"""What every format reads into, the limits they share, and the HTML a bank keeps.

Question text and explanation are HTML (the bank stores them as rich text, in ``<p>`` paragraphs);
option text and feedback are plain text (the bank shows them escaped). HTML is sanitised with nh3,
keeping emphasis and lists only.
"""

import html
import re
from dataclasses import dataclass, field
from decimal import Decimal

import nh3
from django.utils.translation import gettext as _

TRUE_LABEL, FALSE_LABEL = "Đúng", "Sai"
BLANK = "_____"
OPTION_MAX_LENGTH = 500  # Option.text and Option.feedback
# Questions in one file, imported inside one web request: 7 to 20 ms each on a 2-core machine, most of it
# Wagtail's reference index (which keeps lessons' "used by" counts), so 1000 stays well under 30 s.
MAX_QUESTIONS = 1000
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "p", "br", "ul", "ol", "li", "sub", "sup"}
# Wagtail's rich text marks its blocks with data-block-key; keeping it lets an export re-import unchanged.
ALLOWED_ATTRIBUTES = {"*": {"data-block-key"}}
TOLERANCE = Decimal("0.01")
DIFFICULTIES = ("easy", "medium", "hard")  # Question.Difficulty, kept here so that parsing needs no model
# Moodle's question tags ("// [tag:…]", Moodle 3.6+) carry what GIFT has no syntax for.
TAG_LESSON, TAG_PASSAGE, TAG_DIFFICULTY = "lesson", "passage", "difficulty"


@dataclass
class ParsedOption:
    text: str
    weight: Decimal  # percent, -100..100 (Moodle's fraction × 100)
    feedback: str = ""


@dataclass
class ParsedQuestion:
    line: int  # where the question starts in the file (its row, in a spreadsheet)
    title: str
    category: str
    kind: str  # rules.SINGLE | rules.MULTIPLE | rules.TRUE_FALSE
    text: str  # sanitised HTML
    options: list[ParsedOption] = field(default_factory=list)
    explanation: str = ""  # sanitised HTML
    difficulty: str = ""  # a Question.Difficulty value; "" for the default
    lesson: str = ""  # the lesson as the file names it (slug or title); resolved against the course
    passage: str = ""  # the block id of the passage in that lesson


@dataclass
class ImportProblem:
    line: int
    title: str
    message: str
    in_sheet: bool = False  # ``line`` is a spreadsheet row

    def __str__(self):
        values = {"line": self.line, "title": self.title, "message": self.message}
        if self.in_sheet:
            if self.title:
                return _("Row %(line)s (“%(title)s”): %(message)s") % values
            return _("Row %(line)s: %(message)s") % values
        if self.title:
            return _("Question at line %(line)s (“%(title)s”): %(message)s") % values
        return _("Question at line %(line)s: %(message)s") % values


class ImportFileError(Exception):
    """The file as a whole cannot be read; the message says why, for the trainer."""

    @classmethod
    def too_many_questions(cls):
        return cls(
            _("The file holds more than %(limit)s questions. Split it into smaller files.")
            % {"limit": MAX_QUESTIONS}
        )


class InvalidQuestion(Exception):
    """The question being read cannot be imported; its message says why."""


_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def clean_html(source):
    """``source`` with only emphasis, paragraphs and lists left: no script, style, event handler or link."""
    return nh3.clean(source, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES).strip()


def strip_html(source):
    """The text of an HTML fragment, without any tag: what a plain-text field keeps of it."""
    return html.unescape(nh3.clean(source, tags=set()))


def plain_to_html(text):
    """Plain text as HTML: a paragraph for each block of lines between blank lines, line breaks as ``<br>``."""
    paragraphs = []
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    for block in _BLANK_LINES.split(text):
        lines = [html.escape(line.strip(), quote=False) for line in block.splitlines()]
        if any(lines):
            paragraphs.append("<p>" + "<br>".join(lines) + "</p>")
    return clean_html("".join(paragraphs))
