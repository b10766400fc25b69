"""Office files (.xlsx, .docx) are zip archives of XML parts: what they unpack to is checked before any
parser reads them.

A 158 KB workbook can hold a 150 MiB string, and a Word file of a few hundred KB hundreds of MB of
XML: parsing them took gigabytes and minutes. Python's ``zipfile`` never unpacks a part beyond the
size the archive's directory declares (a part that would is reported damaged), so those sizes are
bounds that can be checked first, without unpacking anything. The limits are far above what a list
of 10,000 trainees, a bank of 1,000 questions or a long lesson with photos unpacks to, and far
below what hurts the server. The XML itself is parsed without entities or DTDs: openpyxl reads
through defusedxml, python-docx through an lxml parser that resolves no entities and refuses huge
trees; what they cannot parse is a damaged file, reported as such by the caller.
"""

import io
import zipfile

from django.utils.translation import gettext as _

MIB = 1024 * 1024
MAX_PART_BYTES = 16 * MIB  # one part unpacked: a sheet, the shared strings, a document's text …
MAX_MEDIA_BYTES = 32 * MIB  # a picture in xl/media/ or word/media/, capped again as an image
MAX_TOTAL_BYTES = 64 * MIB  # every part together
MAX_RATIO = 100  # unpacked ÷ packed size of a part over RATIO_FROM_BYTES; real XML packs 5 to 20 times
RATIO_FROM_BYTES = MIB
MAX_PARTS = 5000


class ArchiveTooLarge(Exception):
    """The file unpacks to far more than such a file holds; the message says so, for the uploader."""


def check_archive(data):
    """Raise ArchiveTooLarge when the zip archive ``data`` (bytes) unpacks to too much, and
    zipfile.BadZipFile when it is not a zip archive at all."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
    total = sum(part.file_size for part in parts)
    if len(parts) > MAX_PARTS or total > MAX_TOTAL_BYTES or any(_too_large(part) for part in parts):
        raise ArchiveTooLarge(
            _(
                "This file unpacks to %(unpacked)s MB from %(packed)s KB, far more than a real workbook or "
                "document does: it may be damaged or hold hidden content, so it was not opened. Copy its "
                "content into a new file and try again."
            )
            % {"unpacked": -(-total // MIB), "packed": -(-len(data) // 1024)}
        )


def _too_large(part):
    limit = MAX_MEDIA_BYTES if "/media/" in f"/{part.filename}" else MAX_PART_BYTES
    ratio = part.file_size / max(part.compress_size, 1)
    return part.file_size > limit or (part.file_size > RATIO_FROM_BYTES and ratio > MAX_RATIO)
