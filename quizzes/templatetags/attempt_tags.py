"""The questions of an attempt page, written in Python.

On exam day a thousand trainees load this page within seconds. Through the template engine each
question cost as much as the rest of the page (bench/exam_day.py); ``format_html`` writes the same
markup, escaped the same way, in a small part of that time.
"""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.templatetags.wagtailcore_tags import richtext

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
    """Each slot's question, its options in the order this trainee was shown them, and its saved answer."""
    choose_all = format_html(' <span class="meta">({})</span>', gettext("choose all that apply"))
    saved = f"✓ {gettext('Saved')}"
    return mark_safe("".join(question(slot, choose_all, saved) for slot in slots))


def question(slot, choose_all, saved):
    multiple = slot.version.kind == "multiple"
    chosen = set(slot.chosen)
    options = format_html_join(
        "\n  ",
        OPTION,
        (
            {
                "input": "checkbox" if multiple else "radio",
                "slot": slot.pk,
                "pk": option.pk,
                "checked": mark_safe(" checked") if option.pk in chosen else "",
                "text": option.text,
            }
            for option in slot.shown_options
        ),
    )
    return format_html(
        QUESTION,
        pk=slot.pk,
        sequence=slot.sequence,
        position=slot.position,
        number=gettext("Question %(n)s") % {"n": slot.position},
        kind_note=choose_all if multiple else "",
        text=richtext(slot.version.text),
        options=options,
        status=saved if slot.answered_at else "",
    )
