import re

_SEPARATORS = re.compile(r"[\s.\-()]")
_NATIONAL = re.compile(r"0\d{9}")
_INTERNATIONAL = re.compile(r"\+84\d{9}")


def normalize_phone(raw):
    """A Vietnamese phone number in national form (0xxxxxxxxx), or "" if ``raw`` is not one.

    Accepts 10 digits starting with 0, or +84 and 9 digits; spaces, dots and dashes are ignored.
    """
    compact = _SEPARATORS.sub("", raw or "")
    if _NATIONAL.fullmatch(compact):
        return compact
    if _INTERNATIONAL.fullmatch(compact):
        return "0" + compact[3:]
    return ""
