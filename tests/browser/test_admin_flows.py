"""The admin flows of trainers and organizers, in Chromium: a Word lesson through review to
publication, and a spreadsheet of trainees through its preview to enrolment."""

import re

import docx
import openpyxl
import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from courses.models import LessonPage
from tests import bombs
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from training.models import Enrollment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def demo():
    call_command("load_demo")


def test_a_trainer_imports_a_word_lesson_submits_it_and_an_organizer_publishes_it(
    browser_page, demo, tmp_path
):
    word = docx.Document()
    word.add_heading("Tiếp xúc, đối thoại với nhân dân", level=1)
    word.add_paragraph("Người đứng đầu định kỳ tiếp xúc, đối thoại trực tiếp với nhân dân.")
    word.add_table(rows=1, cols=2)
    path = tmp_path / "bai-moi.docx"
    word.save(path)
    page = browser_page

    sign_in(page, "giangvien")
    page.goto("/admin/lessons/import-docx/")
    page.get_by_label("Khóa học").select_option(label="“Dân vận khéo” trong cơ quan nhà nước")
    page.get_by_label("Tệp Word (.docx)").set_input_files(path)
    page.get_by_role("button", name="Nhập").click()
    expect(page.get_by_text("thành bản nháp bài học")).to_be_visible()
    expect(page.get_by_text("bảng không chuyển được")).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "admin_docx_imported.png", full_page=True)

    page.get_by_role("button", name="Thao tác khác").click()
    page.get_by_role("button", name="Gửi duyệt theo Duyệt bài giảng").click()
    lesson = LessonPage.objects.get(title="Tiếp xúc, đối thoại với nhân dân")
    expect(page.locator(".messages")).to_contain_text("Đã gửi duyệt trang")
    assert not lesson.live
    edit_url = f"/admin/pages/{lesson.pk}/edit/"

    page.context.clear_cookies()
    sign_in(page, "bantochuc")
    page.goto(edit_url)
    page.get_by_role("button", name="Thao tác khác").click()
    page.get_by_role("button", name=re.compile("^Phê duyệt")).first.click()
    page.screenshot(path=SCREENSHOTS_DIR / "admin_approval.png", full_page=True)
    lesson.refresh_from_db()
    assert lesson.live


def test_an_organizer_previews_a_spreadsheet_then_enrolls_it(browser_page, demo, tmp_path):
    workbook = openpyxl.Workbook()
    for row in (
        ["DANH SÁCH HỌC VIÊN LỚP DVK-DEMO"],
        ["Họ và tên", "Email", "Số điện thoại", "Đơn vị", "Chức vụ"],
        ["Vũ Thị Lan", "lan@example.vn", "", "Sở Y tế", "Chuyên viên"],
        ["Đỗ Minh Quân", "", "0987 654 321", "Sở Nội vụ", "Phó phòng"],
        ["Không Liên Lạc", "", "", "Sở Tư pháp", ""],
    ):
        workbook.active.append(row)
    path = tmp_path / "hoc-vien.xlsx"
    workbook.save(path)
    page = browser_page

    sign_in(page, "bantochuc")
    page.goto("/admin/snippets/training/trainingclass/")
    page.get_by_role("link", name="Nhập học viên").first.click()
    page.get_by_label("Danh sách học viên (.xlsx hoặc .csv)").set_input_files(path)
    page.get_by_role("button", name="Xem trước").click()

    expect(page.get_by_text("Xem trước: chưa có gì được ghi")).to_be_visible()
    expect(page.get_by_text("Dòng 5: chưa có email và số điện thoại")).to_be_visible()
    assert not Enrollment.objects.filter(trainee__full_name="Vũ Thị Lan").exists()
    page.screenshot(path=SCREENSHOTS_DIR / "admin_import_preview.png", full_page=True)

    page.get_by_role("button", name="Ghi danh 2 học viên").click()
    expect(page.get_by_text("Đã nhập xong")).to_be_visible()
    expect(page.get_by_role("table")).to_contain_text("Đỗ Minh Quân")
    assert (
        Enrollment.objects.filter(
            training_class__code="DVK-DEMO", trainee__full_name__in=["Vũ Thị Lan", "Đỗ Minh Quân"]
        ).count()
        == 2
    )
    page.screenshot(path=SCREENSHOTS_DIR / "admin_import_done.png", full_page=True)


def test_a_word_file_s_oversized_picture_is_left_out_and_a_word_bomb_is_refused(browser_page, demo, tmp_path):
    pictured, bomb = tmp_path / "bai-co-hinh.docx", tmp_path / "bai-qua-lon.docx"
    pictured.write_bytes(bombs.docx_with_picture(12_000, 12_000))
    bomb.write_bytes(bombs.docx_text_bomb(20))
    page = browser_page
    sign_in(page, "giangvien")

    def import_word(path):
        page.goto("/admin/lessons/import-docx/")
        page.get_by_label("Khóa học").select_option(label="“Dân vận khéo” trong cơ quan nhà nước")
        page.get_by_label("Tệp Word (.docx)").set_input_files(path)
        page.get_by_role("button", name="Nhập").click()

    import_word(pictured)
    expect(page.get_by_text("thành bản nháp bài học")).to_be_visible()
    expect(page.get_by_text("Một hình (image1.png) đã bị bỏ qua")).to_contain_text("quá nhiều điểm ảnh")
    page.screenshot(path=SCREENSHOTS_DIR / "admin_docx_picture_left_out.png", full_page=True)
    lessons = LessonPage.objects.count()

    import_word(bomb)
    expect(page.get_by_text("Tệp này giải nén ra tới")).to_be_visible()
    page.screenshot(path=SCREENSHOTS_DIR / "admin_docx_bomb_refused.png", full_page=True)
    assert LessonPage.objects.count() == lessons
