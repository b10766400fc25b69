"""Turn a Word (.docx) file into the blocks of a draft lesson.

Trainers keep their material in Word. Headings, paragraphs, bulleted and numbered lists, bold,
italic and pictures map onto lesson blocks; anything else (tables, text boxes, equations …) is
reported, not silently dropped. Conversion writes nothing: ``ConvertedLesson`` carries the blocks
and the pictures, and the caller stores them in one transaction.
"""

import io
import warnings
import zipfile
from dataclasses import dataclass, field
from html import escape

import docx
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField

from common.office_files import ArchiveTooLarge, check_archive

HEADING_STYLES = {"Heading 1", "Heading 2", "Heading 3", "Heading 4"}
TITLE_STYLES = {"Title"}
# Far more than a lesson holds (a 300-page book has about as many); converting costs a few seconds.
MAX_PARAGRAPHS = 5000
_UNSUPPORTED = ((".//w:txbxContent", gettext_lazy("text box")), (".//m:oMath", gettext_lazy("equation")))


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
    """The lesson in ``file`` (binary). Raises DocxImportError for a file that is not a Word document,
    is damaged (broken XML included), or unpacks to far more than a document holds."""
    data = file.read()
    try:
        check_archive(data)
        document = docx.Document(io.BytesIO(data))
    except ArchiveTooLarge as refused:
        raise DocxImportError(str(refused)) from None
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        raise DocxImportError(
            _(
                "This file is not a Word document (.docx), or it is damaged. Save it as .docx in Word and try again."
            )
        ) from None
    return _Converter(document, fallback_title).run()


def image_problem(picture):
    """Why a picture of the document cannot be a lesson image, or None: the checks and limits of an image
    uploaded in the admin (WAGTAILIMAGES_EXTENSIONS, _MAX_UPLOAD_SIZE, _MAX_IMAGE_PIXELS).

    The pixels are counted from the image's header first: Wagtail's check decodes the whole image,
    which for a picture packed to a few KB can be hundreds of MB.
    """
    field = WagtailImageField()
    too_many = field.error_messages["file_too_many_pixels"]
    limit = field.max_image_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)  # the limit is checked here
            with PILImage.open(io.BytesIO(picture.blob)) as image:
                pixels = image.width * image.height
    except PILImage.DecompressionBombError:
        return too_many % {"num_pixels": _("unknown number"), "max_pixels_count": limit}
    except Exception:  # not an image Pillow reads: the field says what is wrong with it
        pixels = 0
    if limit and pixels > limit:
        return too_many % {"num_pixels": pixels, "max_pixels_count": limit}
    try:
        field.clean(SimpleUploadedFile(picture.filename, picture.blob))
    except ValidationError as error:
        return " ".join(error.messages)
    return None


class _Converter:
    def __init__(self, document, fallback_title):
        self.document = document
        self.lesson = ConvertedLesson(title="")
        self.fallback_title = fallback_title
        self.paragraphs = []  # HTML of the paragraphs waiting to become one paragraph block
        self.list_tag = None
        self.list_items = []
        self.skipped = {}
        # python-docx looks up the default style anew for every paragraph without a style of its own,
        # scanning all styles each time: a file of 12,000 short paragraphs took minutes. Once here.
        styles = document.styles
        self.style_names = {
            style.style_id: style.name for style in styles if style.type == WD_STYLE_TYPE.PARAGRAPH
        }
        default = styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default_style = default.name if default is not None else ""

    def run(self):
        body = self.document.element.body
        if sum(1 for _element in body.iterchildren(qn("w:p"), qn("w:tbl"))) > MAX_PARAGRAPHS:
            raise DocxImportError(
                _(
                    "This Word document has more than %(limit)s paragraphs, far more than one lesson: "
                    "split it into several files, one per lesson."
                )
                % {"limit": MAX_PARAGRAPHS}
            )
        for element in body.iterchildren():
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
        style = self.style_names.get(paragraph._p.style, self.default_style)
        for unsupported, label in _UNSUPPORTED:
            if paragraph._element.findall(unsupported, namespaces=_NAMESPACES):
                self.skip(str(label))
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
            picture = Picture(blob=part.blob, filename=part.partname.split("/")[-1])
            problem = image_problem(picture)
            if problem:
                self.lesson.warnings.append(
                    _("A picture (%(name)s) was left out: %(reason)s")
                    % {"name": picture.filename, "reason": problem}
                )
                continue
            found.append(picture)
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
