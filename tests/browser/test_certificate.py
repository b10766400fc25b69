"""A trainee passes the quiz, watches the certificate appear, downloads it and checks it by its QR code."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.factories import (
    PASSWORD,
    EnrollmentFactory,
    LessonPageFactory,
    QuizFactory,
    TraineeFactory,
    add_questions,
)
from tests.pdf import qr_codes, text_of
from training.models import Certificate, LessonCompletion

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_passing_the_quiz_brings_a_certificate_to_download_and_verify(browser_page, start_worker):
    worker = start_worker()
    quiz = QuizFactory(pass_mark=60, course__title="Dân vận khéo trong cơ quan nhà nước")
    lesson = LessonPageFactory(parent=quiz.course)
    add_questions(quiz.course, 2)
    trainee = TraineeFactory(full_name="Đặng Thị Ngọc Huyền")
    enrollment = EnrollmentFactory(
        trainee=trainee, training_class__course=quiz.course, training_class__code="DVK-2026-05"
    )
    LessonCompletion.objects.create(enrollment=enrollment, lesson=lesson)
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, trainee.username, PASSWORD)

    page.goto(f"/lop/{enrollment.training_class.code}/kiem-tra/")
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    expect(page.get_by_role("timer")).to_contain_text("Thời gian còn lại")
    for question in page.locator("fieldset[data-slot]").all():
        question.get_by_label("Đúng là A").check()
        expect(question.locator(".question__status")).to_contain_text("Đã lưu")
    page.get_by_role("button", name="Nộp bài").click()

    expect(page.locator(".result__verdict")).to_contain_text("Đạt")
    download_link = page.get_by_role("link", name="Tải giấy chứng nhận (PDF)")
    try:
        expect(download_link).to_be_visible(timeout=60_000)  # no reload: the box polls the server
    except AssertionError:
        raise AssertionError(f"no certificate appeared; worker log:\n{worker.log()}") from None
    page.screenshot(path=SCREENSHOTS_DIR / "certificate_ready.png", full_page=True)

    with page.expect_download() as download:
        download_link.click()
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert download.value.suggested_filename == f"{certificate.serial}.pdf"
    pdf = Path(download.value.path()).read_bytes()
    assert "Đặng Thị Ngọc Huyền" in text_of(pdf)

    [verification_url] = qr_codes(pdf)
    assert verification_url == f"{settings.SITE_URL}/xac-minh/{certificate.code}/"
    page.goto(urlsplit(verification_url).path)
    expect(page.get_by_role("heading", name="Giấy chứng nhận này hợp lệ")).to_be_visible()
    expect(page.locator(".certificate-card__facts")).to_contain_text("Đặng Thị Ngọc Huyền")
    expect(page.locator(".certificate-card__facts")).to_contain_text(certificate.serial)
    page.screenshot(path=SCREENSHOTS_DIR / "certificate_verified.png", full_page=True)

    page.get_by_role("button", name="Menu").click()
    page.get_by_role("link", name="Giấy chứng nhận của tôi").click()
    row = page.get_by_role("region").filter(has_text=certificate.serial)
    expect(row).to_contain_text("Dân vận khéo trong cơ quan nhà nước")
    expect(row.get_by_role("link", name="Tải về (PDF)")).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "my_certificates.png", full_page=True)

    page.context.clear_cookies()  # anyone, signed in or not, may look a certificate up by its serial
    page.goto("/")
    page.get_by_role("button", name="Menu").click()
    page.get_by_role("link", name="Tra cứu giấy chứng nhận").click()
    page.get_by_role("textbox", name="Số hiệu").fill(certificate.serial.lower())
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.get_by_role("heading", name="Giấy chứng nhận này hợp lệ")).to_be_visible()
    expect(page.locator(".certificate-card__facts")).not_to_contain_text(trainee.email)
    page.screenshot(path=SCREENSHOTS_DIR / "certificate_lookup.png", full_page=True)
