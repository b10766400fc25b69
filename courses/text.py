"""Plain text out of lessons: for reading time, document-code recognition and accent-free search."""

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


def stream_text(stream_value):
    """All the readable text of a StreamField value, block by block, in order."""
    parts = []
    for block in stream_value:
        parts.extend(_block_text(block.block_type, block.value))
    return " ".join(part for part in parts if part)


def _block_text(block_type, value):
    if block_type in {"paragraph", "summary"}:
        return [html_to_text(value.source)]
    if block_type == "heading":
        return [value]
    if block_type == "quotation":
        return [value["text"], value["speaker"], value["source"], value["date"]]
    if block_type == "key_points":
        return [value["title"], *value["points"]]
    if block_type in {"document_citation", "image", "video", "download"}:
        return [value.get("note") or value.get("caption") or value.get("description") or ""]
    return []


def word_count(text):
    return len(text.split())
