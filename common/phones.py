"""Vietnamese phone numbers, read with libphonenumber (``phonenumbers``) and kept in national form."""

import re

import phonenumbers

# The ways a Vietnamese mobile number is written: national (0…), international (+84…, 0084…) or
# international without the plus (84…), always with the nine digits after the prefix. Anything else
# (nine digits alone, a foreign number) is refused before libphonenumber, which would guess.
_SEPARATORS = re.compile(r"[\s.\-()]")
_WRITTEN = re.compile(r"(?:0|\+84|0084|84)\d{9}")
_MOBILE = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def normalize_phone(raw):
    """A Vietnamese mobile number in national form (0xxxxxxxxx), or "" if ``raw`` is not one.

    ``0912 345 678``, ``+84912345678``, ``84912345678`` and ``0912.345.678`` are one number; spaces,
    dots, dashes and brackets are ignored.
    """
    compact = _SEPARATORS.sub("", raw or "")
    if not _WRITTEN.fullmatch(compact):
        return ""
    try:
        number = phonenumbers.parse(compact if compact.startswith(("0", "+")) else "+" + compact, "VN")
    except phonenumbers.NumberParseException:
        return ""
    if number.country_code != 84 or not phonenumbers.is_valid_number(number):
        return ""
    if phonenumbers.number_type(number) not in _MOBILE:
        return ""
    return f"0{number.national_number}"


def international_phone(phone):
    """``0912345678`` → ``+84912345678`` (E.164), as SMS gateways take it."""
    return phonenumbers.format_number(phonenumbers.parse(phone, "VN"), phonenumbers.PhoneNumberFormat.E164)
