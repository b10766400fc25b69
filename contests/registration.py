"""Registering an entrant and signing one in, once their phone is proven by a code (contests.phone_codes).

An entrant's account is a ``training.User`` holding the phone, without a usable password: the code
is how it signs in. A person who already has an account registers with it; an account that has a
password (a trainee, a trainer, an organizer) signs in with that password, never with a code, so that
a code opens nothing the password sign-in and its lockout (django-axes) protect.
"""

from django.contrib.auth import get_user_model, login
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Entrant
from .phone_codes import CodeRefused, claim_code

# The backend ``login`` records for an account signed in by code (it only ever fetches the user by id).
BACKEND = "training.auth.UsernameEmailOrPhoneBackend"


class AlreadyRegistered(Exception):
    """The phone or the account was registered for the contest meanwhile (another submit won)."""


def account_with_phone(phone):
    return get_user_model()._default_manager.filter(phone=phone).first()


def signs_in_by_code(user):
    """Whether ``user`` may sign in with a code: an active account without a password of its own."""
    return user.is_active and not user.has_usable_password()


def _username_for(phone):
    User = get_user_model()
    username, number = phone, 1
    while User._default_manager.filter(username=username).exists():
        number += 1
        username = f"{phone}-{number}"
    return username


def _new_account(details):
    User = get_user_model()
    email = details["email"]
    if email and User._default_manager.filter(email__iexact=email).exists():
        email = ""  # the e-mail stays on the entrant; an account's e-mail is unique
    user = User(username=_username_for(details["phone"]), full_name=details["full_name"], email=email)
    user.phone = details["phone"]
    user.set_unusable_password()
    user.save()
    return user


def register(request, contest, details, phone_code, consented_at, address):
    """Create the entrant (and its account, if the person has none) and sign them in.

    ``details`` are a ``RegistrationForm``'s cleaned data, ``phone_code`` the checked code of its phone.
    All or nothing: the code's use, the account and the entrant commit together.
    """
    account = request.user if request.user.is_authenticated else account_with_phone(details["phone"])
    try:
        with transaction.atomic():
            claim_code(phone_code)
            if account is None:
                account = _new_account(details)
            elif not account.phone:
                account.phone = details["phone"]
                account.save(update_fields=["phone"])
            entrant = Entrant.objects.create(
                contest=contest,
                user=account,
                unit=details["unit"],
                full_name=details["full_name"],
                birth_date=details["birth_date"],
                phone=details["phone"],
                email=details["email"],
                consented_at=consented_at,
                registered_at=timezone.now(),
                address=address or None,
            )
    except IntegrityError:
        raise AlreadyRegistered from None
    if request.user != account:
        login(request, account, backend=BACKEND)
    return entrant


def sign_in(request, phone_code):
    """Sign in the account of a checked code's phone; raises ``CodeRefused`` if the code was used meanwhile or
    the account has a password by now."""
    account = account_with_phone(phone_code.phone)
    if account is None or not signs_in_by_code(account):
        raise CodeRefused(_("This account signs in with its password, not with a code."))
    with transaction.atomic():
        claim_code(phone_code)
    login(request, account, backend=BACKEND)
