"""An organizer issues a class's certificates in bulk, watches the progress bar while the worker runs,
and downloads them all as one ZIP."""

import io
import zipfile

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.factories import EnrollmentFactory, UserFactory
from tests.pdf import text_of
from training.models import Certificate, TrainingClass

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_organizer_issues_a_class_s_certificates_and_downloads_them_as_a_zip(browser_page, start_worker):
    call_command("load_demo", verbosity=0)
    demo_class = TrainingClass.objects.get(code="DVK-DEMO")
    names = ["Trần Thị Ánh Nguyệt", "Hà Văn Đức", "Y Bình Niê", "Lê Thị Hồng Nhung", "Phạm Quốc Việt"]
    for name in names:  # completed before certificates existed: none was issued for them
        EnrollmentFactory(
            training_class=demo_class, trainee=UserFactory(full_name=name), completed_at=timezone.now()
        )
    Certificate.objects.all().delete()
    worker = start_worker()
    page = browser_page

    sign_in(page, "bantochuc")
    page.goto("/admin/snippets/training/trainingclass/")
    row = page.get_by_role("row").filter(has_text="DVK-DEMO")
    row.get_by_role("link", name="Giấy chứng nhận").click()
    expect(page.get_by_role("heading", name="Giấy chứng nhận của lớp DVK-DEMO")).to_be_visible()
    expect(page.locator("[data-count=completed]")).to_have_text("6")
    expect(page.locator("[data-count=missing]")).to_have_text("6")

    page.get_by_role("button", name="Cấp các giấy chứng nhận còn thiếu và bị lỗi").click()
    try:  # no reload: the bar follows the worker
        expect(page.locator("[data-count=issued]")).to_have_text("6", timeout=90_000)
    except AssertionError:
        raise AssertionError(f"certificates not issued; worker log:\n{worker.log()}") from None
    expect(page.locator("[data-progress-text]")).to_contain_text("6")
    assert page.locator("progress").evaluate("bar => [bar.value, bar.max]") == [6, 6]
    page.screenshot(path=SCREENSHOTS_DIR / "certificates_issued_in_bulk.png", full_page=True)

    with page.expect_download() as download:
        page.get_by_role("link", name="Tải tất cả (ZIP)").click()
    with open(download.value.path(), "rb") as file:
        bundle = zipfile.ZipFile(io.BytesIO(file.read()))
    serials = sorted(Certificate.objects.values_list("serial", flat=True))
    assert sorted(bundle.namelist()) == [f"{serial}.pdf" for serial in serials]
    printed = " ".join(text_of(bundle.read(name)) for name in bundle.namelist())
    assert all(name in printed for name in names)
