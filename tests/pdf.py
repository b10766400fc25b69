"""Reading a PDF as its reader would: the text a viewer extracts, the fonts it embeds, the QR codes it shows."""

import io

import pypdfium2
import zxingcpp
from pypdf import PdfReader


def text_of(pdf):
    """The text of every page, as a PDF viewer extracts it (NFC, like what was typed)."""
    import unicodedata

    reader = PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))


def fonts_of(pdf):
    """{font name: embedded?} for the fonts the pages use."""
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return fonts


def page_image(pdf, page=0, scale=3):
    """The page rendered as a Pillow image, as a screen or a phone camera sees it."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[page].render(scale=scale).to_pil()
    finally:
        document.close()


def qr_codes(pdf):
    """The texts of the QR codes on the first page."""
    return [
        barcode.text
        for barcode in zxingcpp.read_barcodes(page_image(pdf))
        if barcode.format == zxingcpp.BarcodeFormat.QRCode
    ]
