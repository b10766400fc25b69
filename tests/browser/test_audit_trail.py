"""An organizer opens a class's audit trail from the list of classes and narrows it to one trainee."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.log_actions import LogContext

from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.factories import CertificateFactory, EnrollmentFactory, UserFactory
from training.certificates import issuing
from training.models import Certificate, TrainingClass

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_organizer_reads_a_class_trail_and_filters_it_by_a_trainee(browser_page):
    call_command("load_demo", verbosity=0)
    demo_class = TrainingClass.objects.get(code="DVK-DEMO")
    organizer = get_user_model().objects.get(username="bantochuc")
    with LogContext(user=organizer):
        nguyet = EnrollmentFactory(
            training_class=demo_class,
            trainee=UserFactory(full_name="Trần Thị Ánh Nguyệt"),
            completed_at=timezone.now(),
        )
        EnrollmentFactory(training_class=demo_class, trainee=UserFactory(full_name="Hà Văn Đức")).delete()
        certificate = CertificateFactory(
            enrollment=nguyet, serial="DVK-2026-009001", code="ma-nhat-ky", status=Certificate.Status.ISSUED
        )
        issuing.revoke(certificate, "Ghi sai họ tên")
    page = browser_page

    sign_in(page, "bantochuc")
    page.goto("/admin/snippets/training/trainingclass/")
    page.get_by_role("row").filter(has_text="DVK-DEMO").get_by_role("link", name="Nhật ký lớp").click()

    expect(page.get_by_role("heading", name="Nhật ký lớp")).to_be_visible()
    trail = page.locator("table.listing")
    expect(trail).to_contain_text("Đã xóa Hà Văn Đức khỏi lớp")
    expect(trail).to_contain_text("Đã thu hồi giấy chứng nhận DVK-2026-009001, lý do: Ghi sai họ tên")
    expect(trail).to_contain_text("Ghi danh Trần Thị Ánh Nguyệt (do Ban tổ chức ghi danh)")

    page.get_by_role("button", name="Hiện bộ lọc").click()
    page.get_by_role("button", name="Học viên", exact=True).click()
    page.get_by_label("Học viên", exact=True).select_option(label="Trần Thị Ánh Nguyệt")

    expect(trail).not_to_contain_text("Hà Văn Đức")
    expect(trail).to_contain_text("Đã thu hồi giấy chứng nhận DVK-2026-009001")
    for row in trail.locator("tbody tr").all():
        expect(row).to_contain_text("Trần Thị Ánh Nguyệt")
    expect(trail.locator("tbody tr")).to_have_count(2)
    page.screenshot(path=SCREENSHOTS_DIR / "class_audit_trail_of_one_trainee.png", full_page=True)
