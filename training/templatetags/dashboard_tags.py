"""How the dashboard writes its figures: 1.234 trainees, 62,5% in Vietnamese (1,234 and 62.5% in English),
and a dash where there is nothing to count."""

from django import template
from django.utils.formats import number_format

register = template.Library()

MISSING = "—"


@register.filter
def count(value):
    return number_format(value, force_grouping=True)


@register.filter
def percent(value, decimals=1):
    """A rate or a score out of 100, with its decimals (``"-2"``: up to two, as quiz results are shown)."""
    if value is None:
        return MISSING
    if str(decimals).startswith("-"):
        text = number_format(value, abs(int(decimals)))
        separator = number_format(0.5, 1)[1]
        text = text.rstrip("0").rstrip(separator) if separator in text else text
    else:
        text = number_format(value, int(decimals))
    return f"{text}%"
