"""A trainer imports a Word file as a draft lesson; what cannot be mapped is reported."""

import io

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from courses.models import LessonPage
from tests.factories import CoursePageFactory, TraineeFactory, TrainerFactory

pytestmark = pytest.mark.django_db

URL = "/admin/lessons/import-docx/"


def word_file(build):
    document = docx.Document()
    build(document)
    output = io.BytesIO()
    document.save(output)
    return SimpleUploadedFile("bai-hoc.docx", output.getvalue())


def full_lesson(document):
    document.add_heading("Vai trò của người đứng đầu", level=1)
    paragraph = document.add_paragraph("Người đứng đầu phải ")
    paragraph.add_run("gương mẫu").bold = True
    paragraph.add_run(" và ")
    paragraph.add_run("gần dân").italic = True
    paragraph.add_run(".")
    document.add_heading("Bảy việc mấu chốt", level=2)
    document.add_paragraph("Một là, nêu gương.", style="List Number")
    document.add_paragraph("Hai là, lắng nghe dân.", style="List Number")
    document.add_paragraph("Tăng cường đối thoại", style="List Bullet")
    picture = io.BytesIO()
    Image.new("RGB", (40, 20), "red").save(picture, format="PNG")
    picture.seek(0)
    document.add_picture(picture)
    document.add_table(rows=2, cols=2)


@pytest.fixture
def course():
    return CoursePageFactory()


@pytest.fixture
def trainer_client(client):
    client.force_login(TrainerFactory())
    return client


def test_a_word_file_becomes_a_draft_lesson_with_its_structure(trainer_client, course):
    response = trainer_client.post(URL, {"course": course.pk, "file": word_file(full_lesson)}, follow=True)

    lesson = LessonPage.objects.get()
    assert lesson.title == "Vai trò của người đứng đầu"
    assert not lesson.live and lesson.get_parent().pk == course.pk
    revision = lesson.get_latest_revision_as_object()
    types = [block.block_type for block in revision.body]
    assert types == ["paragraph", "heading", "paragraph", "image"]
    assert "<b>gương mẫu</b>" in revision.body[0].value.source
    assert "<i>gần dân</i>" in revision.body[0].value.source
    assert (
        "<ol><li>Một là, nêu gương.</li><li>Hai là, lắng nghe dân.</li></ol><ul><li>Tăng cường đối thoại</li></ul>"
        in revision.body[2].value.source
    )
    messages = [str(message) for message in response.context["messages"]]
    assert any("bảng" in message and "không chuyển được" in message for message in messages)


@pytest.mark.parametrize(
    "upload, reason",
    [
        (SimpleUploadedFile("bai.docx", b"this is not a zip file"), "không phải tài liệu Word"),
        (SimpleUploadedFile("bai.docx", b""), "rỗng"),
    ],
)
def test_a_file_that_is_not_a_word_document_is_refused_and_creates_nothing(
    trainer_client, course, upload, reason
):
    response = trainer_client.post(URL, {"course": course.pk, "file": upload})

    assert response.status_code == 200
    assert reason in response.content.decode()
    assert not LessonPage.objects.exists()


def test_a_word_document_without_text_is_refused(trainer_client, course):
    response = trainer_client.post(URL, {"course": course.pk, "file": word_file(lambda document: None)})

    assert "không có nội dung" in response.content.decode()
    assert not LessonPage.objects.exists()


def test_a_trainee_cannot_import(client, course):
    client.force_login(TraineeFactory())

    response = client.post(URL, {"course": course.pk, "file": word_file(full_lesson)})

    assert response.status_code == 302
    assert not LessonPage.objects.exists()
