"""Question banks in Moodle's GIFT format: read them and write them, in pure Python.

GIFT follows https://docs.moodle.org/en/GIFT_format and Moodle's own importer: questions are
separated by blank lines; whole lines starting with ``//`` are comments; ``$CATEGORY:`` sets the
category of the questions that follow; ``::title::`` names a question; the answers block ``{…}``
ends the question or sits in its middle (missing word: the text reads "… _____ …"); ``=`` marks
the right option and ``~`` a wrong one, ``~%50%`` / ``=%100%`` / ``~%-50%`` give weights; ``#``
starts an option's feedback and ``####`` the general feedback (our explanation); ``{T}``, ``{TRUE}``,
``{F}``, ``{FALSE}`` make a true/false question (``{T#shown when wrong#shown when right}``); ``\\=
\\~ \\# \\{ \\} \\: \\\\`` are literal characters and ``\\n`` a line break. Only choice questions are
imported: descriptions, essays, numerical, matching and short-answer questions are reported.

What GIFT has no syntax for travels as Moodle's question tags, in a comment line just above the
question (Moodle 3.6+ reads and writes them; other readers skip comments):
``// [tag:lesson:<slug>] [tag:passage:<block id>] [tag:difficulty:easy|medium|hard]``. Other tags
are ignored.

Formats: a text may start with ``[html]``, ``[plain]``, ``[moodle]`` or ``[markdown]`` (options and
feedback inherit the question's format unless they carry their own marker). HTML is sanitised
with nh3, keeping emphasis and lists only; the other formats are plain text, HTML-escaped, with
line breaks kept. ``[markdown]`` is treated as plain text (its markup is shown as typed). Unlike
Moodle's auto-format, a text without a marker is plain text too: tags in it are shown, not applied.
"""

import html
import re
from decimal import Decimal

from django.utils.translation import gettext as _

from .. import rules
from .parsed import (
    BLANK,
    DIFFICULTIES,
    FALSE_LABEL,
    OPTION_MAX_LENGTH,
    TAG_DIFFICULTY,
    TAG_LESSON,
    TAG_PASSAGE,
    TOLERANCE,
    TRUE_LABEL,
    ImportProblem,
    InvalidQuestion,
    ParsedOption,
    ParsedQuestion,
    clean_html,
    plain_to_html,
    strip_html,
)

# --- Text: escapes and format markers ----------------------------------------------------------

_ESCAPABLE = ":#={}~n\\"
_PLACEHOLDERS = {char: chr(0xE000 + index) for index, char in enumerate(_ESCAPABLE)}
_RESTORE = {ord(placeholder): ("\n" if char == "n" else char) for char, placeholder in _PLACEHOLDERS.items()}
_PRIVATE = {ord(placeholder): None for placeholder in _PLACEHOLDERS.values()}
_ESCAPE_RE = re.compile(r"\\([:#={}~n\\])")
_FORMAT_RE = re.compile(r"\[(html|plain|moodle|markdown)\]", re.IGNORECASE)
_TAG_RE = re.compile(r"\[tag:((?:\\\]|[^\]\n])+)\]")
_WEIGHT_RE = re.compile(r"%\s*(-?\d+(?:[.,]\d+)?)\s*%")
_SPACES = re.compile(r"\s+")


def _protect(text):
    """Hide escaped characters (``\\=`` …) behind placeholders so that they lose their meaning."""
    return _ESCAPE_RE.sub(lambda match: _PLACEHOLDERS[match.group(1)], text.translate(_PRIVATE))


def _restore(text):
    return text.translate(_RESTORE)


def _split_format(raw, default):
    raw = raw.strip()
    match = _FORMAT_RE.match(raw)
    if match:
        return match.group(1).lower(), raw[match.end() :]
    return default, raw


def _rich(raw, default_format):
    """HTML for a question text or general feedback written in GIFT (placeholders still in)."""
    text_format, body = _split_format(raw, default_format)
    body = _restore(body).strip()
    return clean_html(body) if text_format == "html" else plain_to_html(body)


def _plain(raw, default_format):
    """Plain text for an option or its feedback written in GIFT (placeholders still in)."""
    text_format, body = _split_format(raw, default_format)
    body = _restore(body)
    if text_format == "html":
        body = strip_html(body)
    return _SPACES.sub(" ", body).strip()


def _number(value):
    return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)


# --- Reading -----------------------------------------------------------------------------------


def _gift_blocks(text):
    """(first line number, lines, comment lines) of each blank-line separated block.

    The line number is that of the block's first line that is not a comment.
    """
    block, comments, start = [], [], 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            comments.append(stripped)
            continue
        if not stripped:
            if block:
                yield start, block, comments
            block, comments = [], []
            continue
        if not block:
            start = number
        block.append(line)
    if block:
        yield start, block, comments


def _category_path(value):
    """Moodle's "$course$/top/Bài 1" → "Bài 1": the context and its "top" category dropped."""
    parts = value.strip().split("/")
    if parts and re.fullmatch(r"\$\w+\$", parts[0]):
        parts = parts[1:]
        if parts and parts[0] == "top":
            parts = parts[1:]
    return "/".join(parts).strip()


def parse_gift(text):
    """Questions and problems read from GIFT ``text`` (see the module's docstring)."""
    questions, problems = [], []
    category = ""
    for start, lines, comments in _gift_blocks(text.lstrip("\ufeff")):
        while lines and lines[0].strip().startswith("$CATEGORY:"):
            category = _category_path(lines.pop(0).strip()[len("$CATEGORY:") :])
            start += 1
        if not lines:
            continue
        title = ""
        try:
            body = _protect("\n".join(lines).strip())
            if body.startswith("::"):
                end = body.find("::", 2)
                if end != -1:
                    title = _SPACES.sub(" ", _restore(body[2:end])).strip()
                    body = body[end + 2 :].strip()
                else:
                    body = body[2:].strip()
            question = _gift_question(start, title, category, body)
            _read_tags(question, comments)
            questions.append(question)
        except InvalidQuestion as problem:
            problems.append(ImportProblem(start, title, str(problem)))
    return questions, problems


def _read_tags(question, comments):
    """Our tags among Moodle's ``// [tag:…]`` comments: lesson, passage and difficulty; others are ignored."""
    for raw in _TAG_RE.findall("\n".join(comments)):
        key, _sep, value = raw.replace("\\]", "]").partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == TAG_DIFFICULTY:
            if value not in DIFFICULTIES:
                raise InvalidQuestion(
                    _("The difficulty “%(value)s” is not one of: %(choices)s.")
                    % {"value": value, "choices": ", ".join(DIFFICULTIES)}
                )
            question.difficulty = value
        elif key == TAG_LESSON:
            question.lesson = value
        elif key == TAG_PASSAGE:
            question.passage = value


def _gift_question(line, title, category, body):
    opening, closing = body.find("{"), body.find("}")
    if opening == -1 and closing == -1:
        raise InvalidQuestion(
            _("This text has no answers block “{…}”: descriptions are not supported, only choice questions.")
        )
    if opening == -1 or -1 < closing < opening:
        raise InvalidQuestion(_("A “}” closes an answers block that was never opened with “{”."))
    if closing == -1:
        raise InvalidQuestion(_("The answers block opened with “{” is never closed with “}”."))
    if "{" in body[opening + 1 : closing] or "{" in body[closing + 1 :] or "}" in body[closing + 1 :]:
        raise InvalidQuestion(
            _("A question has only one answers block “{…}”; write a literal brace as “\\{” or “\\}”.")
        )
    answers = body[opening + 1 : closing].strip()
    # Answers at the end leave no blank; in the middle of the text they leave one (missing word).
    question_text = body[:opening] if body.endswith("}") else body[:opening] + BLANK + body[closing + 1 :]

    general = ""
    separator = answers.rfind("####")
    if separator != -1:
        answers, general = answers[:separator].strip(), answers[separator + 4 :]

    text_format = _split_format(question_text, "moodle")[0]
    text = _rich(question_text, "moodle")
    if not text:
        raise InvalidQuestion(_("The question has no text."))
    explanation = _rich(general, text_format)

    kind, options = _gift_options(answers, text_format)
    return ParsedQuestion(
        line=line,
        title=title,
        category=category,
        kind=kind,
        text=text,
        options=options,
        explanation=explanation,
    )


def _gift_options(answers, text_format):
    """(kind, options) of an answers block, in the order Moodle tells the question types apart."""
    if not answers:
        raise InvalidQuestion(_("Essay questions “{}” are not supported, only choice questions."))
    if answers.startswith("#"):
        raise InvalidQuestion(_("Numerical questions “{#…}” are not supported, only choice questions."))
    if "~" not in answers:
        if "=" in answers and "->" in answers:
            raise InvalidQuestion(_("Matching questions “=… -> …” are not supported, only choice questions."))
        head, *feedback = answers.split("#")
        if head.strip().upper() in {"T", "TRUE", "F", "FALSE"}:
            return rules.TRUE_FALSE, _true_false(head.strip().upper().startswith("T"), feedback, text_format)
        raise InvalidQuestion(
            _(
                "Short-answer questions (answers marked “=” only, with no wrong option “~”) are not supported, only choice questions."
            )
        )

    parts = answers.replace("=", "~=").split("~")
    if not parts[0].strip():
        parts.pop(0)
    options = [_gift_option(part.strip(), text_format) for part in parts]
    if len(options) < 2:
        raise InvalidQuestion(
            _("A choice question needs at least two options; this one has %(count)s.")
            % {"count": len(options)}
        )
    if any(not option.text for option in options):
        raise InvalidQuestion(_("An option has no text."))
    if any(
        len(option.text) > OPTION_MAX_LENGTH or len(option.feedback) > OPTION_MAX_LENGTH for option in options
    ):
        raise InvalidQuestion(
            _("An option or its feedback is longer than %(limit)s characters.") % {"limit": OPTION_MAX_LENGTH}
        )
    correct = [option.weight for option in options if option.weight > 0]
    if not correct:
        raise InvalidQuestion(
            _(
                "The question has no correct option: mark it with “=”, or give the correct options positive weights."
            )
        )
    if len(correct) == 1 and correct[0] == rules.FULL:
        kind = rules.SINGLE
    else:
        kind = rules.MULTIPLE
        if abs(sum(correct) - rules.FULL) > TOLERANCE:
            raise InvalidQuestion(
                _("The positive weights of a multiple-choice question must add up to 100, not %(total)s.")
                % {"total": _number(sum(correct))}
            )
    found = rules.problems_with(kind, [option.weight for option in options])
    if found:
        raise InvalidQuestion(" ".join(found))
    return kind, options


def _gift_option(part, text_format):
    right = part.startswith("=")
    if right:
        part = part[1:].lstrip()
    weight = rules.FULL if right else Decimal(0)
    match = _WEIGHT_RE.match(part)
    if match:
        weight = Decimal(match.group(1).replace(",", "."))
        part = part[match.end() :]
    text, _sep, feedback = part.partition("#")
    return ParsedOption(_plain(text, text_format), weight, _plain(feedback, text_format))


def _true_false(answer_is_true, feedback, text_format):
    wrong = _plain(feedback[0], text_format) if feedback else ""
    right = _plain(feedback[1], text_format) if len(feedback) > 1 else ""
    return [
        ParsedOption(
            TRUE_LABEL, rules.FULL if answer_is_true else Decimal(0), right if answer_is_true else wrong
        ),
        ParsedOption(
            FALSE_LABEL, Decimal(0) if answer_is_true else rules.FULL, wrong if answer_is_true else right
        ),
    ]


# --- Writing -----------------------------------------------------------------------------------

_TRUE_WORDS = {"đúng", "true", "t", "có", "yes"}


def _escape(text):
    text = text.replace("\\", "\\\\")
    for char in "~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _option_body(text, feedback):
    body = _escape(html.escape(text, quote=False))
    if _FORMAT_RE.match(body):
        body = "[html]" + body
    if feedback:
        body += "#" + _escape(html.escape(feedback, quote=False))
    return body


def _gift_answers(question):
    if question.kind == rules.TRUE_FALSE:
        options = question.options
        true_option = next(
            (option for option in options if option.text.strip().casefold() in _TRUE_WORDS), options[0]
        )
        false_option = next(option for option in options if option is not true_option)
        answer_is_true = true_option.weight > 0
        right, wrong = (true_option, false_option) if answer_is_true else (false_option, true_option)
        answer = "T" if answer_is_true else "F"
        if wrong.feedback or right.feedback:
            answer += "#" + _escape(html.escape(wrong.feedback, quote=False))
        if right.feedback:
            answer += "#" + _escape(html.escape(right.feedback, quote=False))
        return [answer]
    lines = []
    for option in question.options:
        weight = Decimal(option.weight)
        if question.kind == rules.SINGLE and weight == rules.FULL:
            marker = "=%100%" if option.text.startswith("%") else "="
        elif weight:
            marker = f"~%{_number(weight)}%"
        else:
            marker = "~%0%" if option.text.startswith("%") else "~"
        lines.append(marker + _option_body(option.text, option.feedback))
    return lines


def _tag_comment(question):
    """The comment line of tags that keeps the question's lesson, passage and difficulty, if any."""
    tags = [
        "[tag:{}:{}]".format(key, _SPACES.sub(" ", value).replace("]", "\\]"))
        for key, value in (
            (TAG_LESSON, question.lesson),
            (TAG_PASSAGE, question.passage),
            (TAG_DIFFICULTY, question.difficulty),
        )
        if value
    ]
    return ["// " + " ".join(tags)] if tags else []


def to_gift(questions):
    """GIFT for ``questions``; ``parse_gift`` reads it back into equal questions (but for their lines)."""
    chunks, category = [], ""
    for question in questions:
        if question.category != category:
            category = question.category
            path = "$course$/top/" + category if category else "$course$/top"
            chunks.append("$CATEGORY: " + path.replace("\n", " "))
        head = f"::{_escape(question.title)}::" if question.title else ""
        lines = _tag_comment(question)
        lines.append(f"{head}[html]{_escape(question.text)}{{")
        lines += ["\t" + answer for answer in _gift_answers(question)]
        if question.explanation:
            lines.append("\t####" + _escape(question.explanation))
        lines.append("}")
        chunks.append("\n".join(lines))
    return "\n\n".join(chunks) + "\n" if chunks else ""
