"""A trainee downloads a certificate while its storage is down: a Vietnamese page says to try again, and
the download works once the storage is back."""

import errno
from pathlib import Path
from unittest import mock

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.factories import PASSWORD, EnrollmentFactory, TraineeFactory
from training.certificates import issuing
from training.storage import PrivateFileSystemStorage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_storage_outage_is_explained_and_the_download_works_once_it_is_back(
    browser_page, certificate_files
):
    enrollment = EnrollmentFactory(
        trainee=TraineeFactory(full_name="Hồ Thị Kim Thoa"), completed_at=timezone.now()
    )
    certificate, _created = issuing.pending_certificate(enrollment)  # issued here, not queued
    issuing.issue(certificate.pk)
    page = browser_page
    sign_in(page, enrollment.trainee.username, PASSWORD)
    page.goto("/giay-chung-nhan/")
    download_link = page.get_by_role("link", name="Tải về (PDF)")

    with mock.patch.object(
        PrivateFileSystemStorage, "_open", side_effect=OSError(errno.EIO, "Input/output error")
    ):
        download_link.click()
        expect(page.get_by_role("heading", name="Tệp tạm thời không truy cập được")).to_be_visible()
        expect(page.get_by_role("alert")).to_contain_text("Vui lòng thử lại sau vài phút")
        page.screenshot(path=SCREENSHOTS_DIR / "certificate_storage_unavailable.png", full_page=True)

    page.get_by_role("link", name="Giấy chứng nhận của tôi").last.click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải về (PDF)").click()
    assert download.value.suggested_filename == f"{certificate.serial}.pdf"
    assert (
        Path(download.value.path()).read_bytes()
        == (certificate_files / f"{certificate.serial}.pdf").read_bytes()
    )
