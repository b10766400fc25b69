"""One-time codes that prove a phone: sent by SMS, checked, then claimed once.

Limits (settings ``PHONE_CODE_*``): a code lives a few minutes; a phone and a client address may ask
for only so many an hour, and a phone not twice within a minute; five wrong codes within the lock
period lock the phone, for asking and for checking alike. Counting is done on the codes' rows, so it
holds across every web process.

Checking and claiming are two steps: a wrong try is recorded (and committed) when checked, whatever the
caller then does; the claim is made inside the caller's transaction, so that the account and entrant
it creates and the code's use commit together, and of two submits of one code only one claims it.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db.models import F, Max, Sum
from django.utils import formats, timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import PhoneCode
from .sms import SmsError, send_sms

WRONG_CODES_BEFORE_LOCK = 5
CODE_DIGITS = 6


class CodeRefused(Exception):
    """A code could not be sent or was not accepted; the message says why, in the user's language."""


def _hash(phone, code):
    return salted_hmac("contests.PhoneCode", f"{phone}:{code}").hexdigest()


def _recent_wrong_tries(phone, now):
    """The wrong codes entered for ``phone`` within the lock period, and when the last one was."""
    lock = timedelta(minutes=settings.PHONE_CODE_LOCK_MINUTES)
    recent = PhoneCode.objects.filter(phone=phone, last_wrong_at__gt=now - lock).aggregate(
        wrong=Sum("wrong_tries"), last=Max("last_wrong_at")
    )
    return recent["wrong"] or 0, recent["last"]


def locked_until(phone, now=None):
    """When the lock of ``phone`` ends, or None if it is not locked."""
    wrong, last = _recent_wrong_tries(phone, now or timezone.now())
    if wrong >= WRONG_CODES_BEFORE_LOCK:
        return last + timedelta(minutes=settings.PHONE_CODE_LOCK_MINUTES)
    return None


def _refuse_if_locked(phone, now):
    if until := locked_until(phone, now):
        raise CodeRefused(
            _(
                "Too many wrong codes were entered for this phone number. "
                "It is locked until %(time)s; try again then."
            )
            % {"time": formats.time_format(timezone.localtime(until), "H:i")}
        )


def _refuse_if_too_many(phone, address, now):
    resend = now - timedelta(seconds=settings.PHONE_CODE_RESEND_SECONDS)
    last = PhoneCode.objects.filter(phone=phone).aggregate(last=Max("created_at"))["last"]
    if last and last > resend:
        seconds = int((last - resend).total_seconds()) + 1
        raise CodeRefused(
            ngettext(
                "A code was just sent to this phone. Wait %(seconds)s second before asking for another.",
                "A code was just sent to this phone. Wait %(seconds)s seconds before asking for another.",
                seconds,
            )
            % {"seconds": seconds}
        )
    hour_ago = now - timedelta(hours=1)
    if PhoneCode.objects.filter(phone=phone, created_at__gt=hour_ago).count() >= (
        settings.PHONE_CODES_PER_PHONE_PER_HOUR
    ):
        raise CodeRefused(
            _("Too many codes were sent to this phone number in the last hour. Try again later.")
        )
    if address and PhoneCode.objects.filter(address=address, created_at__gt=hour_ago).count() >= (
        settings.PHONE_CODES_PER_ADDRESS_PER_HOUR
    ):
        raise CodeRefused(
            _("Too many codes were asked for from your network in the last hour. Try again later.")
        )


def send_code(phone, purpose, address=None):
    """Send a new code to ``phone`` (national form) by SMS; raises ``CodeRefused`` with the reason."""
    now = timezone.now()
    _refuse_if_locked(phone, now)
    _refuse_if_too_many(phone, address, now)
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    minutes = settings.PHONE_CODE_MINUTES
    row = PhoneCode.objects.create(
        phone=phone,
        purpose=purpose,
        code_hash=_hash(phone, code),
        address=address or None,
        created_at=now,
        expires_at=now + timedelta(minutes=minutes),
    )
    # Sent without accents: a message in plain GSM characters holds 160 of them, one with Vietnamese
    # accents only 70, and some gateways refuse accents outright.
    text = _("Your Dan van kheo code is %(code)s. It expires in %(minutes)s minutes. Do not share it.") % {
        "code": code,
        "minutes": minutes,
    }
    try:
        send_sms(phone, text)
    except SmsError:
        # Not sent: the code never existed, and does not count against the limits.
        row.delete()
        raise CodeRefused(
            _("The text message could not be sent just now. Try again in a few minutes.")
        ) from None
    return row


def check_code(phone, purpose, code):
    """The latest code of ``phone`` for ``purpose`` if ``code`` is it, still valid and unused.

    A wrong code is counted at once (it is committed whatever the caller does next); raises
    ``CodeRefused`` saying what went wrong and what to do.
    """
    now = timezone.now()
    _refuse_if_locked(phone, now)
    latest = PhoneCode.objects.filter(phone=phone, purpose=purpose).order_by("-created_at").first()
    if latest is None or latest.used_at is not None:
        raise CodeRefused(_("No code is waiting for this phone number. Ask for a new one."))
    if latest.expires_at <= now:
        raise CodeRefused(_("This code has expired. Ask for a new one."))
    if not constant_time_compare(latest.code_hash, _hash(phone, code.strip())):
        PhoneCode.objects.filter(pk=latest.pk).update(wrong_tries=F("wrong_tries") + 1, last_wrong_at=now)
        _refuse_if_locked(phone, now)
        left = WRONG_CODES_BEFORE_LOCK - _recent_wrong_tries(phone, now)[0]
        raise CodeRefused(
            ngettext(
                "The code is not correct. %(left)s try is left before the phone number is locked.",
                "The code is not correct. %(left)s tries are left before the phone number is locked.",
                left,
            )
            % {"left": left}
        )
    return latest


def claim_code(phone_code):
    """Mark a checked code used, inside the caller's transaction; raises ``CodeRefused`` if it already was."""
    claimed = PhoneCode.objects.filter(pk=phone_code.pk, used_at__isnull=True).update(used_at=timezone.now())
    if not claimed:
        raise CodeRefused(_("This code has already been used. Ask for a new one if you need to."))
