"""Crafted upload bombs: Office files a few hundred KB on disk that unpack to hundreds of MB.

Each is written part by part through ``zipfile``, the large part streamed in chunks, so that building
one needs little memory. Used by the tests and by ``bench/upload_bombs.py``.
"""

import io
import zipfile

import docx
from PIL import Image

MIB = 1024 * 1024
_CHUNK = "A" * MIB

_XLSX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Câu hỏi" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>'
    ),
}


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xlsx_with_huge_string(header, row, huge_column, mib):
    """A workbook of one sheet: ``header``, then ``row`` whose cell ``huge_column`` (an index) holds a
    string of ``mib`` MiB. Every cell is a shared string, as Excel writes them."""
    cells = [*header, *row]
    huge_index = len(header) + huge_column
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in _XLSX_PARTS.items():
            archive.writestr(name, text)

        def sheet_row(number, indexes):
            letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            return (
                f'<row r="{number}">'
                + "".join(
                    f'<c r="{letters[column]}{number}" t="s"><v>{index}</v></c>'
                    for column, index in enumerate(indexes)
                )
                + "</row>"
            )

        archive.writestr(
            "xl/worksheets/sheet1.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + sheet_row(1, range(len(header)))
            + sheet_row(2, range(len(header), len(cells)))
            + "</sheetData></worksheet>",
        )
        with archive.open("xl/sharedStrings.xml", "w") as part:
            part.write(
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(cells)}" '
                f'uniqueCount="{len(cells)}">'.encode()
            )
            for index, text in enumerate(cells):
                part.write(b"<si><t>")
                if index == huge_index:
                    for _ in range(mib):
                        part.write(_CHUNK.encode())
                else:
                    part.write(_escape(str(text)).encode())
                part.write(b"</t></si>")
            part.write(b"</sst>")
    return output.getvalue()


def roster_bomb(mib=150):
    return xlsx_with_huge_string(["Họ và tên", "Email"], ["Nguyễn Văn An", "an@example.vn"], 0, mib)


def bank_bomb(mib=150):
    return xlsx_with_huge_string(
        ["Câu hỏi", "Phương án A", "Phương án B", "Đáp án đúng"], ["Câu?", "Có", "Không", "A"], 0, mib
    )


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_with_body(write_body):
    """A Word document whose word/document.xml body is what ``write_body(part)`` writes (bytes)."""
    template = io.BytesIO()
    docx.Document().save(template)
    output = io.BytesIO()
    with (
        zipfile.ZipFile(template) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
    ):
        for item in source.infolist():
            if item.filename != "word/document.xml":
                archive.writestr(item, source.read(item))
        with archive.open("word/document.xml", "w") as part:
            part.write(
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'.encode()
            )
            write_body(part)
            part.write(b"</w:body></w:document>")
    return output.getvalue()


def docx_text_bomb(mib=150):
    """One paragraph of ``mib`` MiB of text."""

    def body(part):
        part.write(b"<w:p><w:r><w:t>")
        for _ in range(mib):
            part.write(_CHUNK.encode())
        part.write(b"</w:t></w:r></w:p>")

    return docx_with_body(body)


def docx_paragraphs_bomb(mib=150):
    """About ``mib`` MiB of short paragraphs."""
    paragraph = "<w:p><w:r><w:t>Dân vận khéo thì việc gì cũng thành công.</w:t></w:r></w:p>".encode()
    chunk = paragraph * (MIB // len(paragraph))

    def body(part):
        for _ in range(mib):
            part.write(chunk)

    return docx_with_body(body)


def docx_broken_xml():
    """A Word document whose text part is cut off in the middle of a tag."""
    return docx_with_body(
        lambda part: part.write("<w:p><w:r><w:t>Dân vận</w:t></w:r></w:p><w:p><w:r".encode())
    )


def docx_with_picture(width=12_000, height=12_000):
    """A Word document holding one PNG picture of ``width`` × ``height`` pixels (black and white, so
    that it packs small)."""
    picture = io.BytesIO()
    Image.new("1", (width, height)).save(picture, format="PNG", optimize=True)
    picture.seek(0)
    document = docx.Document()
    document.add_paragraph("Hình minh họa")
    document.add_picture(picture)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def docx_long_lesson(paragraphs=5000):
    """Not a bomb: a Word document of ``paragraphs`` short paragraphs, the most a lesson import takes."""
    document = docx.Document()
    for number in range(paragraphs):
        document.add_paragraph(f"Dân vận khéo thì việc gì cũng thành công ({number}).")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
