"""Template filters for reading a lesson."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from courses import document_codes

register = template.Library()


@register.filter(needs_autoescape=True)
def link_document_codes(value, register_addresses, autoescape=True):
    """The codes in ``value`` linked to their register pages; ``register_addresses`` is
    ``LessonPage.register_addresses()``, {code: address}. What the trainer wrote is not changed."""
    if not register_addresses:
        return value
    html = conditional_escape(value) if autoescape else value
    return mark_safe(document_codes.link_document_codes(str(html), register_addresses.get))
