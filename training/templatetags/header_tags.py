"""What the site header asks of the signed-in person."""

from django import template
from django.core.cache import cache

register = template.Library()

# A role granted or taken away shows in the header within this time; the admin itself always checks.
ADMIN_LINK_SECONDS = 300


@register.filter
def may_administer(user):
    """Whether the header links to the admin. Asking costs two queries (the person's permissions, directly
    and through their groups) on every page of every trainee, so the answer is cached per person."""
    key = f"may-administer:{user.pk}:{user.date_joined.timestamp()}"  # never another account's answer
    allowed = cache.get(key)
    if allowed is None:
        allowed = user.has_perm("wagtailadmin.access_admin")
        cache.set(key, allowed, ADMIN_LINK_SECONDS)
    return allowed
