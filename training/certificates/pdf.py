"""The certificate as a PDF: A4 landscape, drawn with ReportLab in Be Vietnam Pro, embedded.

The layout is the one a Vietnamese reader expects of a giấy chứng nhận (see PRODUCT.md). Its fixed
wording is Vietnamese whatever the language of the site: it is an official paper, not a page of the UI.

Everything a person typed is drawn with ``drawString``, which prints characters literally (no markup
is parsed, so ``<b>`` or ``&`` in a name print as typed), after NFC normalisation and with control
characters removed. Long values shrink, then wrap, within their box; what still cannot fit ends in "…".
The font files come from the ``fontpkg-be-vietnam-pro`` package, never from the system, and ReportLab
embeds the subset of glyphs each certificate uses.
"""

import datetime
import io
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import fontpkg
import zxingcpp
from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
CENTRE = PAGE_WIDTH / 2
RED = Color(0.608, 0.11, 0.11)
GOLD = Color(0.79, 0.63, 0.2)
INK = Color(0.12, 0.12, 0.14)
GREY = Color(0.35, 0.35, 0.38)

REGULAR, BOLD = "BeVietnamPro", "BeVietnamPro-Bold"
# Italic lines are the regular face slanted: each embedded face costs a few milliseconds per
# certificate, and Be Vietnam Pro's italic is itself close to an oblique.
ITALIC, SLANT_DEGREES = "oblique", 11
COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
TITLE = "GIẤY CHỨNG NHẬN"
ELLIPSIS = "…"
LEADING = 1.25  # line height, as a multiple of the font size


@dataclass(frozen=True)
class CertificateContent:
    issuing_body: str  # one line per level: "TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN"
    full_name: str
    unit: str
    position: str
    course: str
    training_class: str
    result: str
    place: str
    date: datetime.date
    signer_title: str  # one line per level: "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN"
    signer_name: str
    serial: str
    verification_url: str
    signature: bytes | None = field(default=None, repr=False)
    seal: bytes | None = field(default=None, repr=False)
    background: bytes | None = field(default=None, repr=False)
    # The line before the course: a contest's certificate says what the entrant did instead.
    achievement: str = "Đã hoàn thành khóa học"


def render_certificate(content):
    """The PDF (bytes) of one certificate."""
    register_fonts()
    buffer = io.BytesIO()
    # Starting in our own font keeps ReportLab from adding Helvetica, a font the page never uses.
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(f"{TITLE} {clean(content.serial)} – {clean(content.full_name)}")
    canvas.setAuthor(clean(content.issuing_body).replace("\n", " "))
    canvas.setSubject(clean(content.course))
    if content.background:
        canvas.drawImage(image(content.background), 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
    draw_frame(canvas)
    draw_header(canvas, content)
    draw_body(canvas, content)
    draw_signature(canvas, content)
    draw_verification(canvas, content)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@lru_cache(maxsize=1)
def register_fonts():
    for name, weight in ((REGULAR, 400), (BOLD, 700)):
        pdfmetrics.registerFont(TTFont(name, str(fontpkg.path("Be Vietnam Pro", weight=weight))))


def face(font):
    return REGULAR if font == ITALIC else font


def width_of(text, font, size):
    return pdfmetrics.stringWidth(text, face(font), size)


# What clean() drops: control characters (C0, DEL, C1) other than the line break; a tab becomes a space.
CONTROL_CHARACTERS = dict.fromkeys(code for code in (*range(0x20), *range(0x7F, 0xA0)) if code != ord("\n"))
CONTROL_CHARACTERS[ord("\t")] = " "


def clean(text):
    """NFC text without control characters (line breaks kept), as it will be printed."""
    text = unicodedata.normalize("NFC", str(text or "")).replace("\r\n", "\n")
    return text.translate(CONTROL_CHARACTERS).strip()


@lru_cache(maxsize=16)
def image(data):
    """An uploaded image, decoded once per process (templates reuse the same few images)."""
    return ImageReader(io.BytesIO(data))


# --- Fitting text in a box ------------------------------------------------------------------------


def fit(text, font, size, width, max_lines=1, min_size=None):
    """(size, lines) for ``text`` in a box ``width`` wide: the largest size from ``size`` down to
    ``min_size`` at which it fits in ``max_lines`` lines; at ``min_size``, the lines that fit, the last
    one ending in "…" if text remains."""
    min_size = min_size or size
    words = " ".join(text.split()).split(" ")
    current = size
    while True:
        lines = wrap(words, font, current, width)
        if len(lines) <= max_lines or current <= min_size:
            break
        current = max(min_size, current - 0.5)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = shorten(lines[-1] + " " + ELLIPSIS, font, current, width)
    return current, lines


def wrap(words, font, size, width):
    """Greedy line breaking at spaces; a word longer than the line is cut where it must be."""
    space = width_of(" ", font, size)
    lines, line, line_width = [], "", 0.0
    for word in words:
        word_width = width_of(word, font, size)
        if line and line_width + space + word_width <= width:
            line, line_width = f"{line} {word}", line_width + space + word_width
            continue
        if line:
            lines.append(line)
        while word_width > width:
            head = cut(word, font, size, width)
            lines.append(head)
            word = word[len(head) :]
            word_width = width_of(word, font, size)
        line, line_width = word, word_width
    if line or not lines:
        lines.append(line)
    return lines


def cut(word, font, size, width):
    """The longest start of ``word`` (at least one character) that fits ``width``."""
    end = len(word)
    while end > 1 and width_of(word[:end], font, size) > width:
        end -= 1
    return word[:end]


def shorten(line, font, size, width):
    """``line`` cut to fit ``width`` with "…" at its end."""
    if width_of(line, font, size) <= width:
        return line
    return cut(line, font, size, width - width_of(ELLIPSIS, font, size)).rstrip() + ELLIPSIS


def centred_lines(canvas, lines, font, size, x, top, colour=INK):
    """Draw ``lines`` centred on ``x``, the first baseline at ``top``; returns the next baseline."""
    canvas.setFont(face(font), size)
    canvas.setFillColor(colour)
    y = top
    for line in lines:
        if font == ITALIC:
            canvas.saveState()
            canvas.translate(x, y)
            canvas.skew(0, SLANT_DEGREES)
            canvas.drawCentredString(0, 0, line)
            canvas.restoreState()
        else:
            canvas.drawCentredString(x, y, line)
        y -= size * LEADING
    return y


def centred(canvas, text, font, size, x, top, width, max_lines=1, min_size=None, colour=INK):
    size, lines = fit(clean(text), font, size, width, max_lines, min_size)
    return centred_lines(canvas, lines, font, size, x, top, colour=colour)


# --- The parts of the page -----------------------------------------------------------------------

HEADER_TOP = PAGE_HEIGHT - 62
LEFT_BLOCK, RIGHT_BLOCK = 205, PAGE_WIDTH - 225  # centres of the header's two blocks
BLOCK_WIDTH = 320


def draw_frame(canvas):
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(3)
    canvas.rect(18, 18, PAGE_WIDTH - 36, PAGE_HEIGHT - 36)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1)
    canvas.rect(25, 25, PAGE_WIDTH - 50, PAGE_HEIGHT - 50)


def levels(canvas, text, fonts, size, x, top, width, max_levels):
    """Lines of an official title, one per level ("TỈNH ỦY QUẢNG NGÃI" / "BAN TUYÊN GIÁO VÀ DÂN VẬN"),
    upper case and at one size, the largest at which each fits on its line; ``fonts`` gives the font of
    each from the last one up. Returns the next baseline."""
    lines = [line for line in clean(text).upper().split("\n") if line.strip()][:max_levels]
    placed = [(line, fonts[min(len(lines) - 1 - index, len(fonts) - 1)]) for index, line in enumerate(lines)]
    size = min((fit(line, font, size, width, min_size=7)[0] for line, font in placed), default=size)
    y = top
    for line, font in placed:
        y = centred_lines(canvas, fit(line, font, size, width)[1], font, size, x, y)
    return y


def draw_header(canvas, content):
    y = levels(canvas, content.issuing_body, (BOLD, REGULAR), 12, LEFT_BLOCK, HEADER_TOP, BLOCK_WIDTH, 3)
    if clean(content.issuing_body):
        underline(canvas, LEFT_BLOCK, y + 8, 60)

    y = centred(canvas, COUNTRY, BOLD, 12, RIGHT_BLOCK, HEADER_TOP, BLOCK_WIDTH)
    y = centred(canvas, MOTTO, BOLD, 13, RIGHT_BLOCK, y, BLOCK_WIDTH)
    underline(canvas, RIGHT_BLOCK, y + 9, width_of(MOTTO, BOLD, 13))


def underline(canvas, x, y, width):
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.line(x - width / 2, y, x + width / 2, y)


BODY_WIDTH = 640
BODY_TOP = PAGE_HEIGHT - 178  # below the title
BODY_FLOOR = 188  # the signature and verification blocks lie below


def draw_body(canvas, content):
    """The title, then who completed what: laid out first, then spread over the space there is."""
    centred(canvas, TITLE, BOLD, 34, CENTRE, PAGE_HEIGHT - 158, BODY_WIDTH, colour=RED)
    rows = [
        (ITALIC, 14, "Chứng nhận đồng chí", 1, None, INK),
        (BOLD, 26, content.full_name, 2, 15, RED),
        *(
            (REGULAR, 13, f"{label}: {clean(value)}", 2, 9, INK)
            for label, value in (("Chức vụ", content.position), ("Đơn vị", content.unit))
            if clean(value)
        ),
        (ITALIC, 14, content.achievement, 1, None, INK),
        (BOLD, 17, content.course, 2, 10, INK),
        (REGULAR, 12, content.training_class, 2, 8, GREY),
    ]
    if clean(content.result):
        rows.append((BOLD, 13, f"Kết quả: {clean(content.result)}", 1, 8, INK))
    laid_out = [
        (font, *fit(clean(text), font, size, BODY_WIDTH, max_lines, min_size), colour)
        for font, size, text, max_lines, min_size, colour in rows
    ]
    height = sum(size * LEADING * len(lines) for _font, size, lines, _colour in laid_out)
    room = BODY_TOP - BODY_FLOOR - height
    gap = min(10, max(0, room / (len(laid_out) + 1)))
    y = BODY_TOP - max(0, room - gap * (len(laid_out) - 1)) / 2
    for font, size, lines, colour in laid_out:
        y = centred_lines(canvas, lines, font, size, CENTRE, y - size, colour=colour) + size - gap


def vietnamese_date(place, date):
    """ "Quảng Ngãi, ngày 16 tháng 9 năm 2026", as dates are written on Vietnamese papers."""
    written = f"ngày {date.day} tháng {date.month} năm {date.year}"
    return f"{place}, {written}" if place else written[0].upper() + written[1:]


SIGNATURE_X = PAGE_WIDTH - 215
SIGNATURE_WIDTH = 300


def draw_signature(canvas, content):
    y = centred(
        canvas, vietnamese_date(clean(content.place), content.date), ITALIC, 13, SIGNATURE_X, 158,
        SIGNATURE_WIDTH, min_size=9,
    )  # fmt: skip
    y = levels(canvas, content.signer_title, (BOLD,), 12.5, SIGNATURE_X, y, SIGNATURE_WIDTH, 2)
    space_bottom = 58
    if content.seal:
        canvas.drawImage(
            image(content.seal), SIGNATURE_X - 95, space_bottom - 8, 90, 90,
            preserveAspectRatio=True, anchor="c", mask="auto",
        )  # fmt: skip
    if content.signature:
        canvas.drawImage(
            image(content.signature), SIGNATURE_X - 80, space_bottom, 160, y - space_bottom,
            preserveAspectRatio=True, anchor="c", mask="auto",
        )  # fmt: skip
    centred(canvas, content.signer_name, BOLD, 14, SIGNATURE_X, 42, SIGNATURE_WIDTH, min_size=9)


QR_SIZE = 84
QR_X, QR_Y = 52, 40


def draw_verification(canvas, content):
    draw_qr(canvas, clean(content.verification_url), QR_X, QR_Y, QR_SIZE)
    x, width = QR_X + QR_SIZE + 12, 250
    canvas.setFillColor(INK)
    size, [serial] = fit(f"Số hiệu: {clean(content.serial)}", BOLD, 11, width, min_size=7)
    canvas.setFont(BOLD, size)
    canvas.drawString(x, QR_Y + 62, serial)
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(GREY)
    canvas.drawString(x, QR_Y + 46, "Quét mã QR hoặc mở địa chỉ dưới đây")
    canvas.drawString(x, QR_Y + 35, "để kiểm tra giấy chứng nhận:")
    size, lines = fit(clean(content.verification_url), REGULAR, 8, width, max_lines=3, min_size=6)
    canvas.setFont(REGULAR, size)
    for index, line in enumerate(lines):
        canvas.drawString(x, QR_Y + 22 - index * (size + 2), line)


def draw_qr(canvas, text, x, y, size):
    """A QR code of ``text`` drawn as vector squares (sharp at any zoom) on a white quiet zone: one
    rectangle per run of dark modules, written as PDF operators in module units (whole numbers, which
    ReportLab's path objects would format one by one)."""
    matrix = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M").to_image(
        scale=1, add_quiet_zones=False
    )
    modules = matrix.shape[0]
    rows = memoryview(matrix).tolist()
    canvas.saveState()
    canvas.translate(x, y + size)
    canvas.scale(size / modules, -size / modules)
    canvas.setFillColor(white)
    canvas.rect(-4, -4, modules + 8, modules + 8, stroke=0, fill=1)
    canvas.setFillColor(Color(0, 0, 0))
    canvas.addLiteral(
        "\n".join(
            f"{start} {row} {length} 1 re"
            for row, pixels in enumerate(rows)
            for start, length in dark_runs(pixels)
        )
        + "\nf"
    )
    canvas.restoreState()


def dark_runs(pixels):
    """(start, length) of each run of dark modules (0) in a row of the QR code."""
    start = None
    for column, pixel in enumerate(pixels):
        if pixel == 0 and start is None:
            start = column
        elif pixel != 0 and start is not None:
            yield start, column - start
            start = None
    if start is not None:
        yield start, len(pixels) - start
