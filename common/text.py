"""Text compared the way people type it, and text out of HTML."""

import re
import unicodedata
from html import unescape

from django.utils.html import strip_tags

_SPACES = re.compile(r"\s+")


def fold(text):
    """Lower-case text without diacritics: "Dân vận KHÉO, người đứng đầu" → "dan van kheo, nguoi dung dau".

    Trainees type on phones without Vietnamese input; both what is indexed and what is searched
    are folded the same way.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def html_to_text(html):
    """Text of a rich-text fragment, with block boundaries kept as spaces."""
    spaced = re.sub(r"<(/p|br|/li|/h\d)\b[^>]*>", " ", str(html))
    return _SPACES.sub(" ", unescape(strip_tags(spaced))).strip()
