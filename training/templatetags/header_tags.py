"""What the site header asks of the signed-in person."""

from django import template
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db.models import Q

register = template.Library()

# A role granted or taken away shows in the header within this time; the admin itself always checks.
ADMIN_LINK_SECONDS = 300


@register.filter
def may_administer(user):
    """Whether the header links to the admin: whether the person holds Wagtail's ``access_admin``,
    through a role or directly. Asked on every page of every trainee, so the answer is cached per
    person, and found by one query where ``has_perm`` reads every permission the person has (two
    queries): every trainee of a hall asks once while signing in."""
    key = f"may-administer:{user.pk}:{user.date_joined.timestamp()}"  # never another account's answer
    allowed = cache.get(key)
    if allowed is None:
        allowed = user.is_active and (
            user.is_superuser
            or Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
            .filter(Q(group__user=user) | Q(user=user))
            .exists()
        )
        cache.set(key, allowed, ADMIN_LINK_SECONDS)
    return allowed
