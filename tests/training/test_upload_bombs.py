"""Uploads that unpack to far more than they weigh are refused before they are parsed, with a clear
Vietnamese message; damaged XML reads as a damaged file; pictures in a Word file are capped like uploads."""

import io
import tracemalloc
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from common import office_files
from courses import docx_import
from courses.docx_import import convert
from courses.models import LessonPage
from quizzes.models import Question
from tests import bombs
from tests.factories import CoursePageFactory, OrganizerFactory, TrainerFactory, TrainingClassFactory
from training.enrollment.roster import RosterError, read_roster
from training.models import Enrollment

pytestmark = pytest.mark.django_db

TOO_MUCH = "giải nén ra tới"
DAMAGED_WORD = "không phải tài liệu Word (.docx) hoặc đã bị hỏng"
# Above the 16 MiB cap on a part; and, below it, a part packed a thousand times (the ratio cap).
LARGE_MIB, DENSE_MIB = 20, 8


@pytest.fixture
def organizer_client(client):
    training_class = TrainingClassFactory()
    organizer = OrganizerFactory()
    training_class.organizing_unit.organizers.add(organizer)
    client.force_login(organizer)
    return client, f"/admin/training/classes/{training_class.pk}/import/"


@pytest.mark.parametrize("mib", [LARGE_MIB, DENSE_MIB])
def test_a_trainee_list_bomb_is_refused_in_the_preview_and_enrolls_no_one(organizer_client, mib):
    client, url = organizer_client
    data = bombs.roster_bomb(mib)
    assert len(data) < 100 * 1024

    response = client.post(url, {"file": SimpleUploadedFile("danh-sach.xlsx", data)})

    assert response.status_code == 200
    assert TOO_MUCH in response.content.decode()
    assert not Enrollment.objects.exists()


def test_reading_a_list_bomb_takes_no_memory_to_speak_of():
    data = bombs.roster_bomb(LARGE_MIB)
    tracemalloc.start()
    try:
        with pytest.raises(RosterError, match=TOO_MUCH):
            read_roster(io.BytesIO(data), "danh-sach.xlsx")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024  # where reading it took its 20 MiB many times over


@pytest.mark.parametrize("mib", [LARGE_MIB, DENSE_MIB])
def test_a_question_bank_bomb_is_refused_and_imports_nothing(client, mib):
    client.force_login(TrainerFactory())
    course = CoursePageFactory()

    response = client.post(
        "/admin/question-bank/import/",
        {"course": course.pk, "file": SimpleUploadedFile("ngan-hang.xlsx", bombs.bank_bomb(mib))},
    )

    assert response.status_code == 200
    assert TOO_MUCH in response.content.decode()
    assert not Question.objects.exists()


@pytest.fixture
def lesson_import(client):
    client.force_login(TrainerFactory())
    course = CoursePageFactory()

    def post(data):
        return client.post(
            "/admin/lessons/import-docx/", {"course": course.pk, "file": SimpleUploadedFile("bai.docx", data)}
        )

    return post


@pytest.mark.parametrize(
    "build",
    [
        lambda: bombs.docx_text_bomb(LARGE_MIB),
        lambda: bombs.docx_paragraphs_bomb(LARGE_MIB),
        lambda: bombs.docx_text_bomb(DENSE_MIB),
    ],
    ids=["one huge paragraph", "many paragraphs", "packed a thousand times"],
)
def test_a_word_bomb_is_refused_at_once_and_creates_no_lesson(lesson_import, build):
    response = lesson_import(build())

    assert response.status_code == 200
    assert TOO_MUCH in response.content.decode()
    assert not LessonPage.objects.exists()


def test_a_word_file_longer_than_any_lesson_is_refused_with_the_limit(lesson_import, monkeypatch):
    monkeypatch.setattr(docx_import, "MAX_PARAGRAPHS", 20)

    response = lesson_import(bombs.docx_long_lesson(21))

    assert "có hơn 20 đoạn" in response.content.decode()
    assert not LessonPage.objects.exists()
    assert lesson_import(bombs.docx_long_lesson(20)).status_code == 302


def test_a_word_file_with_broken_xml_is_a_damaged_file_not_an_error(lesson_import):
    response = lesson_import(bombs.docx_broken_xml())

    assert response.status_code == 200
    assert DAMAGED_WORD in response.content.decode()
    assert not LessonPage.objects.exists()


def test_a_workbook_with_broken_xml_is_a_damaged_file(organizer_client):
    client, url = organizer_client
    data = bombs.xlsx_with_huge_string(["Họ và tên", "Email"], ["An", "an@example.vn"], 0, 0)
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(broken, "w") as archive:
        for item in source.infolist():
            content = source.read(item)
            archive.writestr(item, content[:-20] if item.filename.endswith("sharedStrings.xml") else content)

    response = client.post(url, {"file": SimpleUploadedFile("danh-sach.xlsx", broken.getvalue())})

    assert "Không mở được tệp này dưới dạng bảng tính Excel" in response.content.decode()
    assert not Enrollment.objects.exists()


def test_a_144_megapixel_picture_is_left_out_of_the_lesson_with_the_reason(client):
    client.force_login(TrainerFactory())
    course = CoursePageFactory()
    data = bombs.docx_with_picture(12_000, 12_000)
    assert len(data) < 64 * 1024

    response = client.post(
        "/admin/lessons/import-docx/",
        {"course": course.pk, "file": SimpleUploadedFile("bai.docx", data)},
        follow=True,
    )

    lesson = LessonPage.objects.get()
    assert [block.block_type for block in lesson.body] == ["paragraph"]
    page = response.content.decode()
    assert "đã bị bỏ qua" in page and "quá nhiều điểm ảnh (144000000)" in page


def test_pictures_follow_the_image_upload_limits_of_the_settings(settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1_000_000
    small = convert(io.BytesIO(bombs.docx_with_picture(1000, 1000)), "Bài")
    large = convert(io.BytesIO(bombs.docx_with_picture(1001, 1000)), "Bài")

    assert [kind for kind, _value in small.blocks] == ["paragraph", "image"] and small.warnings == []
    assert [kind for kind, _value in large.blocks] == ["paragraph"] and len(large.warnings) == 1


def test_a_picture_past_pillow_s_own_bomb_limit_is_left_out_with_the_same_reason(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)  # Pillow refuses to open twice that

    lesson = convert(io.BytesIO(bombs.docx_with_picture(1000, 1000)), "Bài")

    assert [kind for kind, _value in lesson.blocks] == ["paragraph"]
    assert "quá nhiều điểm ảnh (số không xác định)" in lesson.warnings[0]


def _archive(*parts):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, size in parts:
            archive.writestr(name, b"x" * size)
    return output.getvalue()


def test_every_limit_of_the_archive_check_holds(monkeypatch):
    for name, value in [
        ("MAX_PART_BYTES", 1000),
        ("MAX_MEDIA_BYTES", 2000),
        ("MAX_TOTAL_BYTES", 5000),
        ("MAX_PARTS", 6),
        ("RATIO_FROM_BYTES", 10**9),  # the ratio has its own test
    ]:
        monkeypatch.setattr(office_files, name, value)

    office_files.check_archive(_archive(("a.xml", 1000), ("word/media/b.png", 1500), ("c.xml", 100)))
    for parts in [
        [("a.xml", 1001)],
        [("xl/media/b.png", 2001)],
        [(f"a{n}.xml", 1000) for n in range(5)] + [("xl/media/b.png", 1)],  # 5001 bytes
        [(f"a{n}.xml", 1) for n in range(7)],
    ]:
        with pytest.raises(office_files.ArchiveTooLarge):
            office_files.check_archive(_archive(*parts))
    with pytest.raises(zipfile.BadZipFile):
        office_files.check_archive(b"not a zip")


def test_the_ratio_is_counted_only_for_parts_large_enough_to_matter(monkeypatch):
    monkeypatch.setattr(office_files, "RATIO_FROM_BYTES", 10_000)

    office_files.check_archive(_archive(("a.xml", 10_000)))  # 10 KB of one letter packs ~300 times
    with pytest.raises(office_files.ArchiveTooLarge):
        office_files.check_archive(_archive(("a.xml", 10_001)))
