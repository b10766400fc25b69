"""How contest pages write what an entrant did."""

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def duration_text(duration):
    """A time taken as entrants read it: "4 phút 05 giây"."""
    seconds = int(duration.total_seconds())
    return _("%(minutes)d min %(seconds)02d s") % {"minutes": seconds // 60, "seconds": seconds % 60}
