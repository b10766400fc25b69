"""Keys of a person's name that the database can search and sort on, kept beside the name itself.

Organizers search trainees without typing diacritics ("nguyen thi hong" finds "Nguyễn Thị Hồng"),
and Vietnamese lists are ordered by the given name (tên, the last word), then by family and middle
names. Neither can be computed in SQL the same way on SQLite and PostgreSQL, so both are stored.
"""

from courses.text import fold


def search_key(full_name):
    """ "Nguyễn Thị Hồng Nhung" → "nguyen thi hong nhung"."""
    return " ".join(fold(full_name).split())


def sort_key(full_name):
    """ "Nguyễn Thị Hồng Nhung" → "nhung nguyen thi hong": by tên, then họ and tên đệm, without diacritics."""
    words = search_key(full_name).split()
    return " ".join(words[-1:] + words[:-1])


def fill_name_keys(user):
    """Set ``user``'s name keys from its name; works on historical models in migrations too."""
    name = user.full_name or f"{user.first_name} {user.last_name}".strip() or user.username
    user.search_name = search_key(name)[:255]
    user.sort_name = sort_key(name)[:255]
