"""Turn a Word (.docx) file into the blocks of a draft lesson.

Trainers keep their material in Word. Headings, paragraphs, bulleted and numbered lists, bold,
italic and pictures map onto lesson blocks; anything else (tables, text boxes, equations …) is
reported, not silently dropped. Conversion writes nothing: ``ConvertedLesson`` carries the blocks
and the pictures, and the caller stores them in one transaction.
"""

import zipfile
from dataclasses import dataclass, field
from html import escape

import docx
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

HEADING_STYLES = {"Heading 1", "Heading 2", "Heading 3", "Heading 4"}
TITLE_STYLES = {"Title"}


class DocxImportError(Exception):
    """The file cannot become a lesson; the message says why, for the trainer."""


@dataclass
class Picture:
    blob: bytes
    filename: str


@dataclass
class ConvertedLesson:
    title: str
    blocks: list = field(default_factory=list)  # (block type, value); a picture's value is a Picture
    warnings: list = field(default_factory=list)


def convert(file, fallback_title):
    try:
        document = docx.Document(file)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise DocxImportError(
            _("This file is not a Word document (.docx). Save it as .docx in Word and try again.")
        ) from None
    return _Converter(document, fallback_title).run()


class _Converter:
    def __init__(self, document, fallback_title):
        self.document = document
        self.lesson = ConvertedLesson(title="")
        self.fallback_title = fallback_title
        self.paragraphs = []  # HTML of the paragraphs waiting to become one paragraph block
        self.list_tag = None
        self.list_items = []
        self.skipped = {}

    def run(self):
        for element in self.document.element.body.iterchildren():
            if element.tag == qn("w:p"):
                self.paragraph(docx.text.paragraph.Paragraph(element, self.document))
            elif element.tag == qn("w:tbl"):
                self.skip(_("table"))
        self.flush()
        self.lesson.title = self.lesson.title or self.fallback_title
        if not self.lesson.blocks:
            raise DocxImportError(_("This Word document has no text to make a lesson from."))
        for what, count in self.skipped.items():
            self.lesson.warnings.append(
                ngettext(
                    "%(count)d %(what)s could not be converted; add it by hand.",
                    "%(count)d × %(what)s could not be converted; add them by hand.",
                    count,
                )
                % {"count": count, "what": what}
            )
        return self.lesson

    def skip(self, what):
        self.skipped[what] = self.skipped.get(what, 0) + 1

    def paragraph(self, paragraph):
        style = paragraph.style.name if paragraph.style is not None else ""
        for unsupported, label in ((".//w:txbxContent", _("text box")), (".//m:oMath", _("equation"))):
            if paragraph._element.findall(unsupported, namespaces=_NAMESPACES):
                self.skip(label)
        pictures = self.pictures(paragraph)
        html = self.runs_html(paragraph)
        text = paragraph.text.strip()

        if text and style in TITLE_STYLES and not self.lesson.title:
            self.lesson.title = text
        elif text and style in HEADING_STYLES:
            if (
                not self.lesson.title
                and not self.lesson.blocks
                and not self.paragraphs
                and style == "Heading 1"
            ):
                self.lesson.title = text
            else:
                self.flush()
                self.lesson.blocks.append(("heading", text))
        elif text and self.list_kind(paragraph, style):
            tag = self.list_kind(paragraph, style)
            if self.list_tag and self.list_tag != tag:
                self.flush_list()
            self.list_tag = tag
            self.list_items.append(html)
        elif text:
            self.flush_list()
            self.paragraphs.append(f"<p>{html}</p>")
        for picture in pictures:
            self.flush()
            self.lesson.blocks.append(("image", picture))

    def list_kind(self, paragraph, style):
        if style.startswith("List Number"):
            return "ol"
        if style.startswith("List Bullet") or style.startswith("List Paragraph"):
            return "ul"
        if paragraph._element.find(".//w:numPr", namespaces=_NAMESPACES) is not None:
            return "ul"
        return None

    def runs_html(self, paragraph):
        parts = []
        for run in paragraph.runs:
            text = escape(run.text)
            if not text:
                continue
            if run.italic:
                text = f"<i>{text}</i>"
            if run.bold:
                text = f"<b>{text}</b>"
            parts.append(text)
        return "".join(parts).strip()

    def pictures(self, paragraph):
        found = []
        for blip in paragraph._element.findall(".//a:blip", namespaces=_NAMESPACES):
            part = self.document.part.related_parts.get(blip.get(qn("r:embed")))
            if part is None or not part.content_type.startswith("image/"):
                self.skip(_("picture"))
                continue
            found.append(Picture(blob=part.blob, filename=part.partname.split("/")[-1]))
        return found

    def flush_list(self):
        if self.list_items:
            items = "".join(f"<li>{item}</li>" for item in self.list_items)
            self.paragraphs.append(f"<{self.list_tag}>{items}</{self.list_tag}>")
        self.list_tag, self.list_items = None, []

    def flush(self):
        self.flush_list()
        if self.paragraphs:
            self.lesson.blocks.append(("paragraph", "".join(self.paragraphs)))
        self.paragraphs = []


_NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
}
