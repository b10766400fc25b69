import unicodedata

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Q

from .phones import normalize_phone

# AccessAttempt.username's length in django-axes.
_LOCKOUT_NAME_LENGTH = 255


def accounts_named_by(identifier):
    """At most two accounts whose username, e-mail (any case) or phone number is ``identifier``."""
    identifier = identifier.strip()
    lookup = Q(username__iexact=identifier) | Q(email__iexact=identifier)
    if phone := normalize_phone(identifier):
        lookup |= Q(phone=phone)
    return list(get_user_model()._default_manager.filter(lookup)[:2])


def lockout_username(request, credentials=None):
    """What django-axes counts failed sign-ins against (``AXES_USERNAME_CALLABLE``).

    Every way of naming an account (``hocvien``, ``HOCVIEN``, `` hocvien``, its e-mail or phone)
    counts against that account's username, so that none of them brings fresh tries; an identifier
    that names no single account counts as itself, normalised the same way. Resolved once per request:
    axes asks several times.
    """
    if credentials:
        identifier = credentials.get("username") or ""
    else:
        identifier = request.POST.get("username", "") if request is not None else ""
    resolved = getattr(request, "_lockout_usernames", None)
    if resolved is None:
        resolved = {}
        if request is not None:
            request._lockout_usernames = resolved
    if identifier not in resolved:
        accounts = accounts_named_by(identifier) if identifier.strip() else []
        if len(accounts) == 1:
            resolved[identifier] = accounts[0].get_username()
        else:
            normalised = unicodedata.normalize("NFC", identifier).strip().casefold()
            resolved[identifier] = (normalize_phone(normalised) or normalised)[:_LOCKOUT_NAME_LENGTH]
    return resolved[identifier]


class UsernameEmailOrPhoneBackend(ModelBackend):
    """Sign in with a username, an e-mail address or a phone number.

    Trainees enrolled from a spreadsheet know their e-mail or phone, not a username.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or password is None:
            return None
        candidates = accounts_named_by(username)
        if len(candidates) != 1:
            # Unknown, or ambiguous (two accounts share an e-mail): run the hasher anyway so that
            # timing does not tell which.
            get_user_model()().set_password(password)
            return None
        user = candidates[0]
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
