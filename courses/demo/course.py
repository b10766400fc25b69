"""The demo course: the register of documents, the catalogue, the course and its five lessons.

Built from ``documents.py`` and ``lessons.py`` (written from the five seed articles). Idempotent:
whatever already exists is left as it is.
"""

import io
import json
import uuid

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from courses.models import CourseIndexPage, CoursePage, LessonPage, ReferenceDocument

from .cover import draw_cover
from .documents import REFERENCE_DOCUMENTS
from .lessons import COURSE, LESSONS

CATALOGUE_TITLE = "Khóa học"
CATALOGUE_SLUG = "khoa-hoc"
BLOCK_NAMESPACE = uuid.UUID("6f1b2f44-2d4e-4c3a-9a53-7d1c1f0c2b10")


def block_id(lesson_slug, key):
    """A stable block id, so that passage links (``#doan-<id>``) survive reloading the demo."""
    return str(uuid.uuid5(BLOCK_NAMESPACE, f"{lesson_slug}:{key}"))


def load_course(home):
    """Create what is missing; return a list of what was created, for the command's report."""
    created = []
    new_documents = load_register()
    if new_documents:
        created.append(f"{new_documents} reference document(s)")

    catalogue = CourseIndexPage.objects.child_of(home).first()
    if catalogue is None:
        catalogue = home.add_child(instance=CourseIndexPage(title=CATALOGUE_TITLE, slug=CATALOGUE_SLUG))
        catalogue.save_revision().publish()
        created.append("course catalogue")

    course = CoursePage.objects.filter(slug=COURSE["slug"]).first()
    if course is None:
        course = catalogue.add_child(instance=_course_page())
        course.save_revision().publish()
        created.append("demo course")

    existing = set(LessonPage.objects.child_of(course).values_list("slug", flat=True))
    documents = {
        (document.code, document.issuer): document.pk for document in ReferenceDocument.objects.all()
    }
    for lesson in LESSONS:
        if lesson["slug"] in existing:
            continue
        page = course.add_child(instance=_lesson_page(lesson, documents))
        page.save_revision().publish()
        created.append(f"lesson “{lesson['title']}”")
    return created


def load_register():
    count = 0
    for entry in REFERENCE_DOCUMENTS:
        _document, was_created = ReferenceDocument.objects.get_or_create(
            code=entry["code"],
            issuer=entry["issuer"],
            defaults={"kind": entry["kind"], "date": entry["date"], "title": entry["title"]},
        )
        count += was_created
    return count


def _course_page():
    cover = get_image_model()(title=f"Ảnh bìa: {COURSE['title']}")
    cover.file = ImageFile(
        io.BytesIO(draw_cover(COURSE["title"], "Dân vận khéo · Khóa học trực tuyến")),
        name="anh-bia-dan-van-kheo.png",
    )
    cover.save()
    return CoursePage(
        title=COURSE["title"],
        slug=COURSE["slug"],
        summary=COURSE["summary"],
        objectives="\n".join(COURSE["objectives"]),
        audience=COURSE["audience"],
        duration_minutes=COURSE["duration_minutes"],
        cover_image=cover,
    )


def _lesson_page(lesson, documents):
    body = []
    for index, block in enumerate(lesson["body"]):
        value = block["value"]
        if block["type"] == "document_citation":
            value = {"document": documents[(value["code"], value["issuer"])], "note": value.get("note", "")}
        body.append(
            {"type": block["type"], "value": value, "id": block_id(lesson["slug"], block.get("id", index))}
        )
    return LessonPage(
        title=lesson["title"],
        slug=lesson["slug"],
        intro=lesson["intro"],
        objectives="\n".join(lesson["objectives"]),
        body=json.dumps(body),
    )
