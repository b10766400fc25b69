"""The questions of an attempt page, written in Python.

On exam day a thousand trainees load this page within seconds. Through the template engine each
question cost as much as the rest of the page (bench/exam_day.py). Here each slot is read as one row
of values, and each question version's markup, the same for every trainee who drew it, is written
once per process (``version_markup``); a slot adds only its numbers and its saved answer.
"""

import json
from functools import lru_cache

from django import template
from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.templatetags.wagtailcore_tags import richtext

from quizzes.versions import QuestionVersion

register = template.Library()

QUESTION = """<fieldset class="question" data-slot="{pk}" data-sequence="{sequence}" id="cau-{position}">
  <legend><span class="question__number">{number}</span>{kind_note}</legend>
  <div class="question__text">{text}</div>
  <input type="hidden" name="seen-{pk}" value="1">
  <input type="hidden" name="sequence-{pk}" value="{sequence}">
  {options}
  <p class="question__status">{status}</p>
</fieldset>
"""

OPTION = """<label class="option">
    <input type="{input}" name="slot-{slot}" value="{pk}"{checked}>
    <span>{text}</span>
  </label>"""


@register.simple_tag
def questions_to_answer(slots):
    """Each slot's question (``slots``: the slots of an attempt or an entry, as a queryset), its options
    in the order this trainee was shown them, and its saved answer."""
    choose_all = f' <span class="meta">({escape(gettext("choose all that apply"))})</span>'
    saved = escape(f"✓ {gettext('Saved')}")
    rows = slots.values_list(
        "pk", "position", "option_order", "chosen", "sequence", "answered_at", Cast("snapshot", TextField())
    )
    return mark_safe("".join(question(*row, choose_all=choose_all, saved=saved) for row in rows))


def question(pk, position, option_order, chosen, sequence, answered_at, snapshot, *, choose_all, saved):
    """One slot's fieldset: every value is a number or markup escaped already."""
    multiple, text, options = version_markup(snapshot)
    chosen = set(chosen)
    shown = "\n  ".join(
        OPTION.format(
            input="checkbox" if multiple else "radio",
            slot=pk,
            pk=option,
            checked=" checked" if option in chosen else "",
            text=options[option],
        )
        for option in option_order
        if option in options
    )
    return QUESTION.format(
        pk=pk,
        sequence=sequence,
        position=position,
        number=escape(gettext("Question %(n)s") % {"n": position}),
        kind_note=choose_all if multiple else "",
        text=text,
        options=shown,
        status=saved if answered_at else "",
    )


@lru_cache(maxsize=4096)
def version_markup(snapshot):
    """A question version (a slot's snapshot, as JSON text) as markup: whether it takes several options,
    its text, and each option's text by id. Nothing here tells the right answer, and nothing goes
    stale: a question's text takes no links or embeds (``QUESTION_FEATURES``)."""
    version = QuestionVersion.from_snapshot(json.loads(snapshot))
    return (
        version.kind == "multiple",
        str(richtext(version.text)),
        {option.pk: escape(option.text) for option in version.options},
    )
