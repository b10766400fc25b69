"""Recognise the codes of Vietnamese Party and State documents in free text.

Two code shapes occur, each written with or without spaces around the dash and with hyphens,
en or em dashes:

* Party style, number-type/issuer: ``114-KL/TW``, ``290 - QĐ/TW``, ``11-QĐi/TW``, and joint
  documents with several issuers, ``301- CTr/BDVTU - BCSĐUBND``;
* State style, number[/year]/type-issuer: ``16/CT-TTg``, ``454/QĐ-UBND``, ``04/2015/NĐ-CP``.

A code may be preceded by a kind word ("Chỉ thị", "Kết luận số", "Chương trình phối hợp số" …).
After a kind word the short form number/issuer (``Nghị quyết số 25/TW``) is accepted too; on its
own it is too weak to be a code. Dates, fractions, phone numbers, article numbers and year ranges
never match, because a code always carries upper-case type or issuer letters after its number.
"""

import re
import unicodedata
from dataclasses import dataclass
from html import escape

# (key, label) pairs, for a model field's choices: the eight common kinds, and Đề án, the only other
# kind that the seeds cite by code.
KIND_CHOICES = [
    ("chi_thi", "Chỉ thị"),
    ("nghi_quyet", "Nghị quyết"),
    ("ket_luan", "Kết luận"),
    ("quyet_dinh", "Quyết định"),
    ("quy_dinh", "Quy định"),
    ("ke_hoach", "Kế hoạch"),
    ("cong_van", "Công văn"),
    ("chuong_trinh", "Chương trình"),
    ("de_an", "Đề án"),
]

# Type letters are case-sensitive: "CT" is a chỉ thị, "CTr" a chương trình; "QĐ" a quyết định,
# "QĐi" a quy định.
_KIND_BY_TYPE = {
    "CT": "chi_thi",
    "NQ": "nghi_quyet",
    "KL": "ket_luan",
    "QĐ": "quyet_dinh",
    "QĐi": "quy_dinh",
    "KH": "ke_hoach",
    "CV": "cong_van",
    "CTr": "chuong_trinh",
    "ĐA": "de_an",
}

# Hyphen, non-breaking hyphen, figure dash, en dash and em dash (U+2010 to U+2014) all become "-".
_CANONICAL_CHARACTERS = str.maketrans({"\u00d0": "Đ"} | dict.fromkeys(map(chr, range(0x2010, 0x2015)), "-"))
_SPACED_SEPARATOR = re.compile(r"\s*([-/])\s*")

# Type and issuer abbreviations: two or more capitals, at most one trailing small letter (TTg, QĐi).
_LETTERS = r"[A-ZĐÐ]{2,}[a-zđ]?"
_DASH = r"\s*[-\u2010-\u2014]\s*"
_SLASH = r"\s*/\s*"
_PARTY = rf"{_DASH}(?P<party_type>{_LETTERS}){_SLASH}{_LETTERS}(?:{_DASH}{_LETTERS})*"
_STATE = rf"(?:{_SLASH}\d{{4}})?{_SLASH}(?P<state_type>{_LETTERS})(?:{_DASH}{_LETTERS})+"
_TYPED_CODE = rf"\d+(?:{_PARTY}|{_STATE})"

# Markup is skipped whole, so that nothing inside a tag (an href, say) is taken for a code.
_TAG = r"<[A-Za-z/!][^<>]*>"
_GAP = rf"(?:\s|&nbsp;|{_TAG})+"


def _kind_word(label):
    """A label as a pattern: any case, any spacing, and the look-alike Ð for Đ."""
    return r"\s+".join(word.replace("đ", "[đð]").replace("Đ", "[đð]") for word in label.split())


_KIND_PHRASE = (
    r"(?<!\w)(?P<kind>(?i:"
    + "|".join(rf"(?P<{key}>{_kind_word(label)})" for key, label in KIND_CHOICES)
    + rf"))(?i:\s+(?:phối\s+hợp|liên\s+tịch|hành\s+động))?{_GAP}(?i:số{_GAP})?"
)
_CODE = re.compile(_TYPED_CODE)
_REFERENCE = re.compile(
    rf"{_TAG}|(?:{_KIND_PHRASE})?(?<![\w.,/-])"
    # The short form number/issuer counts only when a kind word was matched.
    rf"(?P<code>{_TYPED_CODE}|(?(kind)\d+{_SLASH}{_LETTERS}|(?!)))(?![\w/])"
)


@dataclass(frozen=True)
class DocumentReference:
    """One code found in a text: ``raw`` is the code as written there, ``text[start:end]``."""

    code: str
    kind: str
    raw: str
    start: int
    end: int


def normalize_code(raw: str) -> str:
    """The canonical form of a code: NFC, Đ for Ð, "-" for every dash, no spaces around "-" or "/"."""
    code = unicodedata.normalize("NFC", raw).translate(_CANONICAL_CHARACTERS)
    return _SPACED_SEPARATOR.sub(r"\1", code.strip())


def kind_from_code(code: str) -> str:
    """The kind key implied by a code's type letters, or "" when they name no kind in KIND_CHOICES."""
    match = _CODE.fullmatch(normalize_code(code))
    if match is None:
        return ""
    return _KIND_BY_TYPE.get(match["party_type"] or match["state_type"], "")


def find_document_codes(text: str) -> list[DocumentReference]:
    """Every document code in ``text``, in order of position, repeats included.

    The kind comes from the kind word right before the code when there is one, otherwise from the
    code's type letters. Plain text and HTML are both accepted as they are: tags and ``&nbsp;``
    between the kind word and the code are allowed, but a code written with other entities
    (``&ndash;``) is only found once the caller has unescaped the text. Offsets index the NFC form
    of ``text``, which is ``text`` itself when it is already NFC.
    """
    text = unicodedata.normalize("NFC", text)
    references = []
    for match in _REFERENCE.finditer(text):
        if match["code"] is None:
            continue
        code = normalize_code(match["code"])
        kind = next((key for key, _ in KIND_CHOICES if match[key]), "") or kind_from_code(code)
        references.append(DocumentReference(code, kind, match["code"], *match.span("code")))
    return references


_LINK = re.compile(r"<a\b[^>]*>.*?</a\s*>", re.IGNORECASE | re.DOTALL)


def link_document_codes(html: str, address_of) -> str:
    """``html`` with every code found in it wrapped in a link to ``address_of(code)``.

    ``html`` is trusted markup, such as rendered rich text. A code for which ``address_of`` gives
    nothing, and a code already inside a link, are left as they are; so is every other character,
    apart from NFC normalisation.
    """
    html = unicodedata.normalize("NFC", html)
    links = [match.span() for match in _LINK.finditer(html)]
    parts, done = [], 0
    for reference in find_document_codes(html):
        address = address_of(reference.code)
        if not address or any(start <= reference.start < end for start, end in links):
            continue
        parts += [
            html[done : reference.start],
            f'<a class="document-code" href="{escape(address)}">{reference.raw}</a>',
        ]
        done = reference.end
    return "".join([*parts, html[done:]])
