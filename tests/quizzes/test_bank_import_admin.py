"""Importing and exporting banks in the admin: a preview that writes nothing, one confirmation that imports
exactly that once, downloads, and who may do what."""

import datetime
import io
from functools import partial

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from quizzes import admin_views
from quizzes.models import Question, QuestionImport
from tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    OrganizerFactory,
    TraineeFactory,
    TrainerFactory,
    add_questions,
)
from tests.threads import at_once
from tests.xlsx import SIMPLE_HEADER, sheet_rows, xlsx

pytestmark = pytest.mark.django_db

IMPORT = "/admin/question-bank/import/"
EXPORT = "/admin/question-bank/export/"
TEMPLATE = "/admin/question-bank/template.xlsx"


def export_url(course, format):
    return f"/admin/question-bank/export/{course.pk}/{format}/"


@pytest.fixture
def course():
    return CoursePageFactory(title="Dân vận khéo")


@pytest.fixture
def trainer(client):
    user = TrainerFactory()
    client.force_login(user)
    return user


def bank_file(name="bank.xlsx"):
    return SimpleUploadedFile(
        name,
        xlsx(
            SIMPLE_HEADER + ["Tiêu đề"],
            ["Chỉ thị 16/CT-TTg ban hành ngày nào?", "16/5/2016", "15/10/1949", "", "A", ""],
            ["Câu không đáp án", "Có", "Không", "", "", "Thiếu đáp án"],
            ["Người đứng đầu cần làm gì?", "Nêu gương", "Xa dân", "Lắng nghe", "A, C", ""],
        ),
    )


def preview(client, course, upload=None, skip_invalid=True):
    data = {"course": course.pk, "file": upload or bank_file()}
    if skip_invalid:
        data["skip_invalid"] = "on"
    return client.post(IMPORT, data)


def test_the_preview_lists_the_questions_and_every_bad_row_and_writes_nothing(client, trainer, course):
    response = preview(client, course)

    page = response.content.decode()
    assert response.status_code == 200
    assert response.context["step"] == "preview"
    assert response.context["report"].summary == "imported: 2, errors: 1"
    assert "Dòng 3 (“Thiếu đáp án”): Chưa có đáp án đúng" in page
    assert "Chỉ thị 16/CT-TTg ban hành ngày nào?" in page
    assert "A. Nêu gương (50 %); C. Lắng nghe (50 %)" in page
    assert "Nhập 2 câu hỏi" in page
    assert not Question.objects.exists()


def test_confirming_imports_exactly_what_was_previewed_and_links_to_the_questions(client, trainer, course):
    token = preview(client, course).context["pending"].token

    response = client.post(IMPORT, {"token": token})

    assert response.context["step"] == "done"
    assert response.context["report"].summary == "imported: 2, errors: 1"
    assert f"/admin/snippets/quizzes/question/?course={course.pk}" in response.content.decode()
    assert sorted(Question.objects.filter(course=course).values_list("kind", flat=True)) == [
        "multiple",
        "single",
    ]


def test_a_replayed_token_says_the_import_was_done_and_writes_nothing_more(client, trainer, course):
    token = preview(client, course).context["pending"].token
    client.post(IMPORT, {"token": token})

    again = client.post(IMPORT, {"token": token})

    assert again.context["step"] == "upload"
    assert "Lần nhập này đã thực hiện xong: 2 câu hỏi" in again.context["error"]
    assert Question.objects.count() == 2


def test_an_expired_or_unknown_token_says_so_and_writes_nothing(client, trainer, course):
    token = preview(client, course).context["pending"].token
    QuestionImport.objects.update(created_at=timezone.now() - datetime.timedelta(hours=2))

    expired = client.post(IMPORT, {"token": token})
    unknown = client.post(IMPORT, {"token": "khong-phai-ma"})

    assert "đã hết hạn" in expired.context["error"]
    assert "đã hết hạn" in unknown.context["error"]
    assert not Question.objects.exists()


def test_another_user_cannot_confirm_a_preview(client, trainer, course):
    token = preview(client, course).context["pending"].token
    client.force_login(TrainerFactory())

    response = client.post(IMPORT, {"token": token})

    assert "đã hết hạn" in response.context["error"]
    assert not Question.objects.exists()


def test_a_double_submit_imports_once(client, trainer, course):
    token = preview(client, course).context["pending"].token

    for _ in range(2):
        client.post(IMPORT, {"token": token})

    assert Question.objects.count() == 2
    assert QuestionImport.objects.get().imported == 2


def test_by_default_a_file_with_errors_offers_to_import_only_the_valid_questions(client, trainer, course):
    response = preview(client, course, skip_invalid=False)

    page = response.content.decode()
    assert response.context["report"].summary == "imported: 0, errors: 1"
    assert "Sẽ không nhập gì khi tệp còn lỗi" in page
    assert "Chỉ nhập 2 câu hợp lệ" in page

    done = client.post(IMPORT, {"token": response.context["pending"].token, "skip_invalid": "1"})

    assert done.context["report"].summary == "imported: 2, errors: 1"
    assert Question.objects.count() == 2


def test_the_stored_upload_is_removed_once_imported(
    client, trainer, course, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }
    token = preview(client, course).context["pending"].token
    assert list((tmp_path / "question-imports").iterdir())

    with django_capture_on_commit_callbacks(execute=True):
        client.post(IMPORT, {"token": token})

    assert not list((tmp_path / "question-imports").iterdir())


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("ds.csv", b"Cau hoi,Dap an\n"), "không phải tệp câu hỏi"),
        (
            SimpleUploadedFile("bank.xlsx", b"Cau hoi,Dap an\nChon?,A\n"),
            "Không mở được tệp này dưới dạng bảng tính Excel",
        ),
        (
            SimpleUploadedFile("bank.xlsx", xlsx(["Câu hỏi", "Phương án A"], ["Chọn?", "Có"])),
            "thiếu cột “Đáp án đúng”",
        ),
        (SimpleUploadedFile("bank.gift", b""), "rỗng"),
        (SimpleUploadedFile("bank.gift", b"// ghi chu\n"), "Không tìm thấy câu hỏi nào"),
    ],
)
def test_a_file_that_cannot_be_read_gets_a_clear_message_on_the_form(
    client, trainer, course, upload, message
):
    response = preview(client, course, upload)

    assert response.context["step"] == "upload"
    assert message in " ".join(response.context["form"].errors["file"])
    assert not QuestionImport.objects.exists()


def test_a_file_over_the_size_limit_is_refused_with_the_limit(client, trainer, course, monkeypatch):
    monkeypatch.setattr(admin_views, "MAX_FILE_BYTES", 1024 * 1024)

    response = preview(client, course, SimpleUploadedFile("bank.gift", b"x" * (1024 * 1024 + 1)))

    assert "lớn hơn 1 MB" in " ".join(response.context["form"].errors["file"])


def test_a_gift_file_is_previewed_by_line_and_the_lesson_column_shows_the_lesson(client, trainer, course):
    LessonPageFactory(parent=course, slug="bai-1", title="Bài một")
    gift = b"// [tag:lesson:bai-1]\n::Q1::Chon?{=Co ~Khong}\n\n::Q2::Tu luan{}\n"

    response = preview(client, course, SimpleUploadedFile("bank.gift", gift))

    page = response.content.decode()
    assert "Câu hỏi ở dòng 4 (“Q2”)" in page
    assert "Bài một" in page


# --- Export and template ---------------------------------------------------------------------------


def test_a_bank_downloads_as_gift_and_as_excel(client, trainer, course):
    add_questions(course, count=2)

    gift = client.get(export_url(course, "gift"))
    excel = client.get(export_url(course, "xlsx"))

    assert gift["Content-Disposition"] == f'attachment; filename="ngan-hang-cau-hoi-{course.slug}.gift"'
    assert gift.content.decode().count("=Đúng là A") == 2
    assert excel["Content-Type"].startswith("application/vnd.openxmlformats")
    assert [row[3] for row in sheet_rows(excel.content)[1:]] == ["Câu hỏi 0?", "Câu hỏi 1?"]
    assert client.get(export_url(course, "pdf")).status_code == 404


def test_the_template_downloads_with_the_lessons_of_a_course(client, trainer, course):
    lesson = LessonPageFactory(parent=course, slug="bai-1")

    plain = openpyxl.load_workbook(io.BytesIO(client.get(TEMPLATE).content))
    with_course = openpyxl.load_workbook(io.BytesIO(client.get(f"{TEMPLATE}?course={course.pk}").content))

    assert plain.sheetnames == ["Câu hỏi", "Hướng dẫn"]
    assert with_course.sheetnames == ["Câu hỏi", "Hướng dẫn", "Bài học"]
    assert with_course["Bài học"]["D2"].value == lesson.body[0].id


def test_the_export_page_lists_each_course_with_its_downloads(client, trainer, course):
    add_questions(course, count=3)

    page = client.get(EXPORT).content.decode()

    assert "Dân vận khéo" in page
    assert export_url(course, "xlsx") in page
    assert f"{TEMPLATE}?course={course.pk}" in page


# --- Who may do what -------------------------------------------------------------------------------


def all_urls(course):
    return [IMPORT, EXPORT, TEMPLATE, export_url(course, "gift"), export_url(course, "xlsx")]


def test_a_trainer_may_import_and_export(client, trainer, course):
    assert [client.get(url).status_code for url in all_urls(course)] == [200] * 5


def test_an_organizer_may_export_and_download_but_not_import(client, course):
    client.force_login(OrganizerFactory())

    assert [client.get(url).status_code for url in all_urls(course)[1:]] == [200] * 4
    assert client.get(IMPORT).status_code == 302
    assert preview(client, course).status_code == 302
    assert not QuestionImport.objects.exists()


def test_an_organizer_cannot_confirm_a_trainer_s_preview(client, trainer, course):
    token = preview(client, course).context["pending"].token
    client.force_login(OrganizerFactory())

    assert client.post(IMPORT, {"token": token}).status_code == 302
    assert not Question.objects.exists()


@pytest.mark.parametrize("user_factory", [TraineeFactory, None])
def test_trainees_and_anonymous_visitors_reach_none_of_it(client, course, user_factory):
    if user_factory:
        client.force_login(user_factory())

    responses = [client.get(url) for url in all_urls(course)] + [preview(client, course)]

    assert all(response.status_code == 302 for response in responses)
    assert all(
        "/accounts/login/" in response.url or response.url.startswith("/admin/login")
        for response in responses
    )
    assert not QuestionImport.objects.exists()


def test_the_bank_menu_offers_import_to_trainers_and_export_to_both(client, trainer):
    menu = client.get("/admin/").content.decode()  # the sidebar's items, as JSON
    assert f'"url": "{IMPORT}"' in menu and f'"url": "{EXPORT}"' in menu

    client.force_login(OrganizerFactory())
    menu = client.get("/admin/").content.decode()
    assert f'"url": "{IMPORT}"' not in menu and f'"url": "{EXPORT}"' in menu


def test_the_question_listing_header_links_to_import_and_export(client, trainer):
    page = client.get("/admin/snippets/quizzes/question/").content.decode()

    assert IMPORT in page and EXPORT in page and TEMPLATE in page


@pytest.mark.worker  # committed data seen by two threads: it runs with the worker tests, in their process
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_confirmations_at_the_same_moment_import_once(course):
    """Two requests race with one token (a double click): one imports, the other finds it done."""
    user = TrainerFactory()
    starter = Client()
    starter.force_login(user)
    token = preview(starter, course).context["pending"].token
    steps = []
    clients = [Client(), Client()]
    for client in clients:
        client.force_login(user)

    def confirm(client):
        page = client.post(IMPORT, {"token": token}).content.decode()
        steps.append("replay" if "Lần nhập này đã thực hiện xong" in page else "done")

    at_once(*(partial(confirm, client) for client in clients))

    assert sorted(steps) == ["done", "replay"]
    assert Question.objects.count() == 2
