"""Keys of a person's name that the database can search and sort on, kept beside the name itself.

Organizers search trainees without typing diacritics ("nguyen thi hong" finds "Nguyễn Thị Hồng"),
and Vietnamese lists are ordered by the given name (tên, the last word), then by family and middle
names, in the Vietnamese alphabet (a ă â b c d đ e ê …, then the tones). Neither can be computed in
SQL the same way on SQLite and PostgreSQL, so both are stored.
"""

import unicodedata

from common.text import fold

# The Vietnamese alphabet, with the letters of foreign names where Latin puts them.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# Each letter becomes two characters from a–z, in alphabetical order: "aa" for a … "bg" for z. Only
# lower-case ASCII letters and digits reach the database, which every collation orders the same way.
LETTER_CODES = {letter: chr(97 + index // 26) + chr(97 + index % 26) for index, letter in enumerate(ALPHABET)}
DIGIT_CODES = {str(digit): f"2{digit}" for digit in range(10)}
WORD_SEPARATOR, TONES_SEPARATOR = "1", "0"  # both before any letter or digit code
VOWEL_MARKS = {"\u0306": "ă", "\u0302": "^", "\u031b": "+"}  # breve, circumflex, horn
MARKED = {
    ("a", "ă"): "ă",
    ("a", "^"): "â",
    ("e", "^"): "ê",
    ("o", "^"): "ô",
    ("o", "+"): "ơ",
    ("u", "+"): "ư",
}
# Tones in dictionary order: none, huyền, hỏi, ngã, sắc, nặng.
TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}


def search_key(full_name):
    """ "Nguyễn Thị Hồng Nhung" → "nguyen thi hong nhung"."""
    return " ".join(fold(full_name).split())


def sort_key(full_name):
    """The name in Vietnamese list order: by tên, then họ and tên đệm, letter by letter in the Vietnamese
    alphabet, and by the tones only where the letters are the same."""
    words = unicodedata.normalize("NFD", full_name.lower()).split()
    words = words[-1:] + words[:-1]
    letters, tones = zip(*(_word_key(word) for word in words), strict=True) if words else ((), ())
    return WORD_SEPARATOR.join(letters) + TONES_SEPARATOR + "".join(tones)


def _word_key(word):
    letters, tone, previous = [], "0", None
    for char in word:
        if char in TONES:
            tone = TONES[char]
        elif char in VOWEL_MARKS and previous is not None:
            letters[-1] = MARKED.get((previous, VOWEL_MARKS[char]), previous)
        elif char in LETTER_CODES or char in DIGIT_CODES:
            letters.append(char)
            previous = char
    codes = "".join(LETTER_CODES.get(letter) or DIGIT_CODES[letter] for letter in letters)
    return codes, tone


def fill_name_keys(user):
    """Set ``user``'s name keys from its name; works on historical models in migrations too."""
    name = user.full_name or f"{user.first_name} {user.last_name}".strip() or user.username
    user.search_name = search_key(name)[:255]
    user.sort_name = sort_key(name)[:255]
