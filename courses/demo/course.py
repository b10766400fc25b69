"""The demo course: the register of documents, the catalogue, the course and its five lessons.

Built from ``documents.py`` and ``lessons.py`` (written from the five seed articles). Idempotent: a
second run changes nothing. A database loaded by an earlier demo is brought up to date: register
entries take this register's values, and the course page and lessons take this text unless someone
has edited them since the demo wrote them.
"""

import io
import json
import uuid

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from courses.models import CourseIndexPage, CoursePage, LessonPage, ReferenceDocument

from .cover import draw_cover
from .documents import EARLIER_ISSUERS, REFERENCE_DOCUMENTS
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
    elif _update_if_unedited(course, _course_fields()):
        created.append("demo course brought up to date")

    existing = {page.slug: page for page in LessonPage.objects.child_of(course)}
    documents = {
        (document.code, document.issuer): document.pk for document in ReferenceDocument.objects.all()
    }
    for lesson in LESSONS:
        page = existing.get(lesson["slug"])
        if page is None:
            page = course.add_child(
                instance=LessonPage(slug=lesson["slug"], **_lesson_fields(lesson, documents))
            )
            page.save_revision().publish()
            created.append(f"lesson “{lesson['title']}”")
        elif _update_if_unedited(page, _lesson_fields(lesson, documents)):
            created.append(f"lesson “{lesson['title']}” brought up to date")
    return created


def load_register():
    """Create the missing entries and bring the others up to date; return how many were created.

    An entry is found by its code and issuing body, or by the issuing body an earlier demo gave it."""
    count = 0
    for entry in REFERENCE_DOCUMENTS:
        values = {"kind": entry["kind"], "date": entry["date"], "title": entry["title"]}
        issuers = [entry["issuer"], *EARLIER_ISSUERS.get((entry["code"], entry["issuer"]), [])]
        document = ReferenceDocument.objects.filter(code=entry["code"], issuer__in=issuers).first()
        if document is None:
            ReferenceDocument.objects.create(code=entry["code"], issuer=entry["issuer"], **values)
            count += 1
            continue
        values["issuer"] = entry["issuer"]
        changed = [field for field, value in values.items() if getattr(document, field) != value]
        if changed:
            for field in changed:
                setattr(document, field, values[field])
            document.save(update_fields=changed)
    return count


def _update_if_unedited(page, fields):
    """Publish ``fields`` on a demo page whose text differs, unless a person has revised it since the
    demo wrote it (the demo's revisions have no user). Returns whether the page changed."""
    revision = page.get_latest_revision()
    if revision is None or revision.user_id is not None:
        return False
    page = revision.as_object()
    if all(_comparable(getattr(page, name)) == _comparable(value) for name, value in fields.items()):
        return False
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return True


def _comparable(value):
    """A field's value in a form that compares equal whatever ids Wagtail gave to list items."""
    if hasattr(value, "raw_data"):
        value = list(value.raw_data)
    elif isinstance(value, str) and value.startswith("[{"):
        value = json.loads(value)
    if isinstance(value, dict):
        if value.keys() == {"type", "value", "id"} and value["type"] == "item":
            return _comparable(value["value"])
        return {key: _comparable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    return value


def _course_fields():
    return {
        "title": COURSE["title"],
        "summary": COURSE["summary"],
        "objectives": "\n".join(COURSE["objectives"]),
        "audience": COURSE["audience"],
        "duration_minutes": COURSE["duration_minutes"],
    }


def _course_page():
    cover = get_image_model()(title=f"Ảnh bìa: {COURSE['title']}")
    cover.file = ImageFile(
        io.BytesIO(draw_cover(COURSE["title"], "Dân vận khéo · Khóa học trực tuyến")),
        name="anh-bia-dan-van-kheo.png",
    )
    cover.save()
    return CoursePage(slug=COURSE["slug"], cover_image=cover, **_course_fields())


def _lesson_fields(lesson, documents):
    """A lesson page's fields as ``lessons.py`` gives them; citations point at ``documents`` {(code, issuer): pk}."""
    body = []
    for index, block in enumerate(lesson["body"]):
        value = block["value"]
        if block["type"] == "document_citation":
            value = {"document": documents[(value["code"], value["issuer"])], "note": value.get("note", "")}
        body.append(
            {"type": block["type"], "value": value, "id": block_id(lesson["slug"], block.get("id", index))}
        )
    return {
        "title": lesson["title"],
        "intro": lesson["intro"],
        "objectives": "\n".join(lesson["objectives"]),
        "body": json.dumps(body),
    }
