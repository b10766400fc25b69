"""A workbook cell as the bank reads it: text as typed, a one-line text, a question's HTML, an option's
plain text, a weight, the letters of an answer, a true/false word."""

import datetime
import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from common.spreadsheets import (
    cell_text,
    header_key,
)

from ..parsed import (
    FALSE_LABEL,
    TRUE_LABEL,
    clean_html,
    plain_to_html,
    strip_html,
)
from .sheet import CENT, looks_like_html

_TRUE_WORDS = {"dung", "d", "true", "t", "co"}
_FALSE_WORDS = {"sai", "s", "false", "f", "khong"}

_SPACES = re.compile(r"\s+")
_ANSWER_SEPARATORS = re.compile(r"[\s,;/+&.]+")


def as_text(cell):
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
    if isinstance(value, float) and not value.is_integer():
        value = f"{value:.15g}"
    return cell_text(value)


def as_line(cell):
    return _SPACES.sub(" ", as_text(cell)).strip()


def as_html(cell):
    """HTML for a question or explanation cell."""
    text = as_text(cell)
    return clean_html(text) if looks_like_html(text) else plain_to_html(text)


def as_plain(cell):
    """Plain text for an option or feedback cell: one line, tags removed."""
    text = as_text(cell)
    if looks_like_html(text):
        text = strip_html(text)
    return _SPACES.sub(" ", text).strip()


def as_weight(cell):
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
        text = _SPACES.sub("", as_text(cell)).removesuffix("%").replace(",", ".").replace("−", "-")
        try:
            weight = Decimal(text)
        except InvalidOperation:
            raise ValueError(value) from None
    if not weight.is_finite():
        raise ValueError(value)
    return weight.quantize(CENT, rounding=ROUND_HALF_UP)


def answer_letters(text):
    """The option letters of an answer ("B", "A, C", "A và C", "AC") in order, or None if it is not letters."""
    letters = []
    for token in _ANSWER_SEPARATORS.split(text.upper()):
        if not token or header_key(token) == "va":
            continue
        if not re.fullmatch(r"[A-Z]+", token):
            return None
        letters.extend(letter for letter in token if letter not in letters)
    return letters or None


def answer_truth(text):
    """True or False for a true/false answer ("Đúng", "Sai", "T", "FALSE" …), None for anything else."""
    key = header_key(text)
    return True if key in _TRUE_WORDS else False if key in _FALSE_WORDS else None


def shares(total, count):
    """``count`` weights with two decimals that add up to exactly ``total``: 100 / 3 → 33.33, 33.33, 33.34."""
    share = (total / count).quantize(CENT, rounding=ROUND_DOWN)
    return [share] * (count - 1) + [total - share * (count - 1)]
