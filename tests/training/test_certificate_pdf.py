"""The certificate PDF as its reader sees it: every diacritic, the embedded font, the layout, the QR code."""

import dataclasses
import datetime
import io
import unicodedata

import pytest
from PIL import Image

from tests.pdf import fonts_of, page_image, qr_codes, text_of
from training.certificates.pdf import BODY_WIDTH, BOLD, CertificateContent, fit, render_certificate, width_of

CONTENT = CertificateContent(
    issuing_body="TỈNH ỦY KON TUM\nBAN DÂN VẬN",
    full_name="Nguyễn Thị Ngọc Huyền",
    unit="Sở Y tế tỉnh Kon Tum",
    position="Phó Chánh Văn phòng",
    course="Công tác dân vận trong cơ quan nhà nước",
    training_class="Lớp tập huấn công tác dân vận 2026 – đợt 1 (DVK-2026-01)",
    result="Hoàn thành; điểm bài kiểm tra 90%",
    place="Kon Tum",
    date=datetime.date(2026, 9, 16),
    signer_title="TRƯỞNG BAN",
    signer_name="Lê Thị Mai",
    serial="DVK-2026-000123",
    verification_url="https://dvk.example.vn/xac-minh/0aB1cD2eF3gH4iJ5kL6mN7oP/",
)
LONG = "Văn phòng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và phong trào thi đua Dân vận khéo " * 4


def certificate(**changes):
    return render_certificate(dataclasses.replace(CONTENT, **changes))


@pytest.fixture(scope="module")
def pdf():
    return certificate()


def test_it_is_one_a4_landscape_page(pdf):
    from pypdf import PdfReader

    [page] = PdfReader(io.BytesIO(pdf)).pages
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)


def test_every_part_a_vietnamese_reader_expects_is_printed_with_its_diacritics(pdf):
    text = text_of(pdf)

    for expected in (
        "TỈNH ỦY KON TUM",
        "BAN DÂN VẬN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "GIẤY CHỨNG NHẬN",
        "Chứng nhận đồng chí",
        "Nguyễn Thị Ngọc Huyền",
        "Đơn vị: Sở Y tế tỉnh Kon Tum",
        "Chức vụ: Phó Chánh Văn phòng",
        "Đã hoàn thành khóa học",
        "Công tác dân vận trong cơ quan nhà nước",
        "Lớp tập huấn công tác dân vận 2026 – đợt 1 (DVK-2026-01)",
        "Kết quả: Hoàn thành; điểm bài kiểm tra 90%",
        "Kon Tum, ngày 16 tháng 9 năm 2026",
        "TRƯỞNG BAN",
        "Lê Thị Mai",
        "Số hiệu: DVK-2026-000123",
    ):
        assert expected in text


def test_the_font_is_embedded_and_no_other_font_is_used(pdf):
    fonts = fonts_of(pdf)

    assert fonts and all(fonts.values()), fonts
    assert all("BeVietnamPro" in name for name in fonts)


def test_the_qr_code_opens_the_verification_page(pdf):
    assert qr_codes(pdf) == [CONTENT.verification_url]


def test_a_name_typed_in_decomposed_unicode_prints_as_the_composed_name():
    decomposed = unicodedata.normalize("NFD", "Đặng Thị Ngọc Huyền")
    assert decomposed != "Đặng Thị Ngọc Huyền"

    assert "Đặng Thị Ngọc Huyền" in text_of(certificate(full_name=decomposed))


def test_markup_in_a_name_prints_literally():
    name = '<b>Nguyễn</b> & "x" <script>alert(1)</script>'

    text = text_of(certificate(full_name=name))

    assert '<b>Nguyễn</b> & "x" <script>alert(1)</script>' in text.replace("\n", " ")


def test_control_characters_are_dropped():
    assert "Nguyễn Văn A" in text_of(certificate(full_name="Nguyễn\x00 Văn\x07 A"))


def test_a_date_without_place_starts_with_ngay():
    assert "Ngày 5 tháng 1 năm 2027" in text_of(certificate(place="", date=datetime.date(2027, 1, 5)))


def test_long_values_shrink_and_wrap_and_nothing_runs_off_the_page():
    long_name = "Công Tằng Tôn Nữ Thị Phương Thảo Nguyễn Hoàng Bảo Anh Trần Lê Minh Khai Thủy Tiên Ngọc Diệp"
    pdf = certificate(
        full_name=long_name,
        unit=LONG,
        course=LONG,
        training_class=LONG,
        issuing_body="ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH KON TUM " * 2 + "\nBAN DÂN VẬN",
        signer_title="KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC PHỤ TRÁCH CÔNG TÁC DÂN VẬN CHÍNH QUYỀN",
        signer_name="Y Bình Niê Kdăm " * 6,
        place="Thành phố Kon Tum " * 5,
    )

    assert " ".join(long_name.split()) in " ".join(text_of(pdf).split())
    assert only_white_outside_the_frame(page_image(pdf, scale=1))
    assert qr_codes(pdf) == [CONTENT.verification_url]


def only_white_outside_the_frame(image):
    """Nothing is drawn in the band between the page's edge and its red frame (18 pt in)."""
    width, height = image.size
    band = 14
    pixels = image.convert("L").load()
    edges = [(x, y) for x in range(width) for y in (*range(band), *range(height - band, height))]
    edges += [(x, y) for y in range(height) for x in (*range(band), *range(width - band, width))]
    return all(pixels[x, y] > 245 for x, y in edges)


@pytest.mark.parametrize(
    "text",
    [
        "Nguyễn Thị Ngọc Huyền",
        LONG,
        "Nguyễn" + "ễ" * 400,  # one word longer than the line
        "",
    ],
)
def test_fitting_never_gives_a_line_wider_than_its_box_nor_more_lines_than_allowed(text):
    size, lines = fit(text, BOLD, 26, BODY_WIDTH, max_lines=2, min_size=15)

    assert 15 <= size <= 26
    assert 1 <= len(lines) <= 2
    assert all(width_of(line, BOLD, size) <= BODY_WIDTH for line in lines)


def test_text_that_cannot_fit_ends_in_an_ellipsis():
    _size, lines = fit(LONG, BOLD, 26, BODY_WIDTH, max_lines=2, min_size=15)

    assert lines[-1].endswith("…")


def png(colour, size=(200, 100)):
    buffer = io.BytesIO()
    Image.new("RGBA", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_signature_seal_and_background_images_are_printed():
    plain = page_image(certificate(), scale=0.5).convert("RGB")
    decorated = page_image(
        certificate(
            signature=png((0, 0, 200, 255)),
            seal=png((220, 0, 0, 160), (120, 120)),
            background=png((250, 245, 230, 255)),
        ),
        scale=0.5,
    ).convert("RGB")

    assert plain.getpixel((5, 5)) == (255, 255, 255)
    assert decorated.getpixel((5, 5)) != (255, 255, 255)  # the background
    pixels = decorated.tobytes()
    blue = sum(
        1
        for r, g, b in zip(pixels[::3], pixels[1::3], pixels[2::3], strict=True)
        if b > 150 and r < 80 and g < 80
    )
    assert blue > 100  # the signature
