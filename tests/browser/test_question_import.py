"""A trainer imports a bank from Excel in the admin, in Chromium: the preview names the bad row,
the valid questions are imported, and the bank lists them. An organizer downloads the bank."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from courses.models import LessonPage
from quizzes.formats.workbook.reading import read_workbook
from quizzes.models import Question
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.xlsx import xlsx

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LESSON = "Người đứng đầu và công tác dân vận: bảy việc mấu chốt"


@pytest.fixture
def demo():
    call_command("load_demo", verbosity=0)


def test_a_trainer_previews_an_excel_bank_then_imports_its_valid_questions(browser_page, demo, tmp_path):
    passage = LessonPage.objects.get(title=LESSON).body[0].id
    path = tmp_path / "ngan-hang-bo-sung.xlsx"
    path.write_bytes(
        xlsx(
            ["NGÂN HÀNG CÂU HỎI BỔ SUNG"],
            ["Tiêu đề", "Nhóm câu hỏi", "Câu hỏi", "Phương án A", "Phương án B", "Phương án C", "Đáp án đúng", "Bài học", "Đoạn"],
            ["Nêu gương", "Bài 0: Ôn tập", "Người đứng đầu cần làm gì trước tiên?", "Nêu gương", "Xa dân", "Chờ chỉ đạo", "A", LESSON, passage],
            ["Câu thiếu đáp án", "Bài 0: Ôn tập", "Dân vận là việc của ai?", "Cả hệ thống chính trị", "Riêng Ban Dân vận", "", ""],
            ["Hai ý đúng", "Bài 0: Ôn tập", "Phương châm nào đúng?", "Dân biết, dân bàn", "Dân chờ, dân xin", "Dân làm, dân kiểm tra", "A, C"],
        )
    )  # fmt: skip
    before = Question.objects.count()
    page = browser_page

    sign_in(page, "giangvien")
    page.goto("/admin/snippets/quizzes/question/")
    page.get_by_role("link", name="Nhập", exact=True).click()
    page.get_by_label("Khóa học").select_option(label="“Dân vận khéo” trong cơ quan nhà nước")
    page.get_by_label("Tệp câu hỏi").set_input_files(path)
    page.get_by_label("Chỉ nhập các câu hỏi hợp lệ").check()
    page.screenshot(path=SCREENSHOTS_DIR / "admin_question_import_upload.png", full_page=True)
    page.get_by_role("button", name="Xem trước").click()

    expect(page.get_by_text("Xem trước: chưa có gì được ghi")).to_be_visible()
    expect(page.get_by_text("Dòng 4 (“Câu thiếu đáp án”): Chưa có đáp án đúng")).to_be_visible()
    table = page.get_by_role("table")
    expect(table.get_by_role("row")).to_have_count(3)  # the header and two questions
    expect(table).to_contain_text("A. Dân biết, dân bàn (50 %); C. Dân làm, dân kiểm tra (50 %)")
    expect(table).to_contain_text(LESSON)
    assert Question.objects.count() == before
    page.screenshot(path=SCREENSHOTS_DIR / "admin_question_import_preview.png", full_page=True)

    page.get_by_role("button", name="Nhập 2 câu hỏi").click()
    expect(page.get_by_text("Đã nhập xong")).to_be_visible()
    assert Question.objects.count() == before + 2
    linked = Question.objects.get(text="<p>Người đứng đầu cần làm gì trước tiên?</p>")
    assert (linked.lesson.title, linked.passage) == (LESSON, passage)
    page.screenshot(path=SCREENSHOTS_DIR / "admin_question_import_done.png", full_page=True)

    page.get_by_role("link", name="Xem câu hỏi của khóa học").click()
    listing = page.get_by_role("table")
    expect(listing).to_contain_text("Người đứng đầu cần làm gì trước tiên?")
    expect(listing).to_contain_text("Phương châm nào đúng?")
    expect(listing).not_to_contain_text("Dân vận là việc của ai?")


def test_an_organizer_downloads_a_course_s_bank_as_excel(browser_page, demo, tmp_path):
    page = browser_page

    sign_in(page, "bantochuc")
    page.goto("/admin/")
    page.get_by_role("button", name="Ngân hàng câu hỏi").click()
    page.get_by_role("link", name="Xuất câu hỏi").click()
    expect(page.get_by_role("link", name="Nhập câu hỏi")).to_have_count(0)
    row = page.get_by_role("row").filter(has_text="“Dân vận khéo” trong cơ quan nhà nước")
    expect(row).to_contain_text("82")
    page.screenshot(path=SCREENSHOTS_DIR / "admin_question_export.png", full_page=True)
    with page.expect_download() as download:
        row.get_by_role("link", name="Excel").click()

    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    questions, problems = read_workbook(path.read_bytes())
    assert (len(questions), problems) == (82, [])
    assert all(question.lesson and question.passage for question in questions)
