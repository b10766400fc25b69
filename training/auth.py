import unicodedata

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Q, Value
from django.db.models.functions import Lower

from common.phones import normalize_phone

# AccessAttempt.username's length in django-axes.
_LOCKOUT_NAME_LENGTH = 255


def accounts_named_by(identifier, request=None):
    """At most two accounts whose username, e-mail (any case) or phone number is ``identifier``; asked once
    per ``request`` (django-axes and the backend both ask on every sign-in).

    Compared in lower case, as the indexes on the user table are built (``user_username_ci``,
    ``unique_user_email_ci``), so that the lookup stays an index scan however many accounts there are.
    """
    memo = getattr(request, "_accounts_named_by", None)
    if memo is None:
        memo = {}
        if request is not None:
            request._accounts_named_by = memo
    if identifier not in memo:
        named = Lower(Value(identifier.strip()))
        lookup = Q(username_key=named) | (Q(email_key=named) & ~Q(email=""))
        if phone := normalize_phone(identifier):
            lookup |= Q(phone=phone)
        users = get_user_model()._default_manager.alias(
            username_key=Lower("username"), email_key=Lower("email")
        )
        memo[identifier] = list(users.filter(lookup)[:2])
    return memo[identifier]


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
    accounts = accounts_named_by(identifier, request) if identifier.strip() else []
    if len(accounts) == 1:
        return accounts[0].get_username()
    normalised = unicodedata.normalize("NFC", identifier).strip().casefold()
    return (normalize_phone(normalised) or normalised)[:_LOCKOUT_NAME_LENGTH]


class UsernameEmailOrPhoneBackend(ModelBackend):
    """Sign in with a username, an e-mail address or a phone number.

    Trainees enrolled from a spreadsheet know their e-mail or phone, not a username.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or password is None:
            return None
        candidates = accounts_named_by(username, request)
        if len(candidates) != 1:
            # Unknown, or ambiguous (two accounts share an e-mail): run the hasher anyway so that
            # timing does not tell which.
            get_user_model()().set_password(password)
            return None
        user = candidates[0]
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
