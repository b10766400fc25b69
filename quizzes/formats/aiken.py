"""Question banks in Moodle's Aiken format: read them.

The question on one or more lines, options ``A.`` or ``A)`` (letters in order), then
``ANSWER: X``; questions are separated by blank lines. Aiken questions are single choice.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from .. import rules
from .parsed import (
    OPTION_MAX_LENGTH,
    ImportProblem,
    InvalidQuestion,
    ParsedOption,
    ParsedQuestion,
    plain_to_html,
)

_SPACES = re.compile(r"\s+")


_AIKEN_OPTION = re.compile(r"([A-Z])[.)](?:\s+(.*))?$")
_AIKEN_ANSWER = re.compile(r"ANSWER\s*:\s*(.*)$", re.IGNORECASE)


@dataclass
class _AikenDraft:
    line: int
    text: list[str] = field(default_factory=list)
    options: list[list[str]] = field(default_factory=list)  # [letter, text]
    problem: str = ""


def parse_aiken(text):
    """Questions and problems read from Aiken ``text`` (see the module's docstring)."""
    questions, problems = [], []
    draft = None
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if not line:
            if draft is not None:
                problems.append(ImportProblem(draft.line, "", _("No “ANSWER:” line ends this question.")))
            draft = None
            continue
        if draft is None:
            draft = _AikenDraft(number)
        answer = _AIKEN_ANSWER.match(line)
        option = _AIKEN_OPTION.match(line) if draft.text else None
        if answer:
            try:
                questions.append(_aiken_question(draft, answer.group(1).strip()))
            except InvalidQuestion as problem:
                problems.append(ImportProblem(draft.line, "", str(problem)))
            draft = None
        elif option:
            expected = chr(ord("A") + len(draft.options))
            if option.group(1) != expected and not draft.problem:
                draft.problem = _(
                    "The options must be lettered A, B, C… in order: “%(found)s” comes where “%(expected)s” was expected."
                ) % {"found": option.group(1), "expected": expected}
            draft.options.append([option.group(1), option.group(2) or ""])
        elif draft.options:
            draft.options[-1][1] += " " + line
        else:
            draft.text.append(line)
    if draft is not None:
        problems.append(ImportProblem(draft.line, "", _("No “ANSWER:” line ends this question.")))
    return questions, problems


def _aiken_question(draft, answer):
    if draft.problem:
        raise InvalidQuestion(draft.problem)
    if not draft.text:
        raise InvalidQuestion(_("The question has no text."))
    if len(draft.options) < 2:
        raise InvalidQuestion(
            _("A choice question needs at least two options; this one has %(count)s.")
            % {"count": len(draft.options)}
        )
    texts = [_SPACES.sub(" ", text).strip() for _letter, text in draft.options]
    if not all(texts):
        raise InvalidQuestion(_("An option has no text."))
    if any(len(text) > OPTION_MAX_LENGTH for text in texts):
        raise InvalidQuestion(
            _("An option or its feedback is longer than %(limit)s characters.") % {"limit": OPTION_MAX_LENGTH}
        )
    letters = [letter for letter, _text in draft.options]
    if not answer:
        raise InvalidQuestion(_("The “ANSWER:” line gives no letter."))
    letter = answer[0].upper()
    if letter not in letters:
        raise InvalidQuestion(
            _("The answer “%(letter)s” is not one of the options (%(letters)s).")
            % {"letter": answer, "letters": ", ".join(letters)}
        )
    return ParsedQuestion(
        line=draft.line,
        title="",
        category="",
        kind=rules.SINGLE,
        text=plain_to_html("\n".join(draft.text)),
        options=[
            ParsedOption(text, rules.FULL if option_letter == letter else Decimal(0))
            for option_letter, text in zip(letters, texts, strict=True)
        ],
        explanation="",
    )
