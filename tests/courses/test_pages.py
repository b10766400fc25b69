"""The page tree is locked, and every page type renders and previews."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from contests.models import ContestPage
from courses.models import CourseIndexPage, CoursePage, HomePage, LessonPage
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
    OrganizerFactory,
    ReferenceDocumentFactory,
    TrainerFactory,
    paragraphs,
)


class PageTreeTests(WagtailPageTestCase):
    def test_the_tree_is_home_then_catalogue_then_course_then_lesson(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {CourseIndexPage, ContestPage})
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_every_page_type_is_routable_renderable_and_previewable(self):
        lesson = LessonPageFactory()
        course = lesson.get_parent().specific
        catalogue = course.get_parent().specific
        trainee = EnrollmentFactory(training_class__course=course).trainee
        for page in (catalogue, course, lesson):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page, user=trainee)
        self.assertPageIsPreviewable(catalogue)
        self.assertPageIsPreviewable(course)
        self.assertPageIsPreviewable(
            lesson,
            post_data=nested_form_data(
                {
                    "title": lesson.title,
                    "slug": lesson.slug,
                    "intro": lesson.intro,
                    "objectives": lesson.objectives,
                    "body": streamfield(
                        [("paragraph", rich_text("<p>Dân vận khéo thì việc gì cũng thành công.</p>"))]
                    ),
                }
            ),
        )


pytestmark = pytest.mark.django_db


def test_a_lesson_shows_its_place_reading_time_and_neighbours(client):
    course = CoursePageFactory()
    client.force_login(EnrollmentFactory(training_class__course=course).trainee)
    first, second, third = (
        LessonPageFactory(parent=course, title=title) for title in ("Bài một", "Bài hai", "Bài ba")
    )

    page = client.get(second.url).content.decode()

    assert "Bài 2 / 3" in page
    assert "phút đọc" in page
    assert f'href="{first.url}" rel="prev"' in page
    assert f'href="{third.url}" rel="next"' in page


def test_each_passage_has_an_anchor_a_question_can_link_to(client):
    lesson = LessonPageFactory(body=paragraphs("Một là, …", "Hai là, …"))
    block = lesson.body[1]
    client.force_login(EnrollmentFactory(training_class__course=lesson.get_parent()).trainee)

    page = client.get(lesson.passage_url(block.id).split("#")[0]).content.decode()

    assert lesson.passage_url(block.id).endswith(f"#doan-{block.id}")
    assert f'id="doan-{block.id}"' in page


def test_the_course_page_lists_its_lessons_in_tree_order(client):
    course = CoursePageFactory()
    for title in ("Bài một", "Bài hai", "Bài ba"):
        LessonPageFactory(parent=course, title=title)

    page = client.get(course.url).content.decode()

    assert page.index("Bài một") < page.index("Bài hai") < page.index("Bài ba")
    assert "Hiểu tư tưởng Hồ Chí Minh về dân vận" in page


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def lesson_body(blocks):
    documents = [ReferenceDocumentFactory() for _ in range(blocks)]
    body = []
    for number, document in enumerate(documents):
        body += [
            ("heading", f"Phần {number}"),
            *paragraphs(f"Đoạn {number} nhắc đến Chỉ thị số {document.code}."),
            ("document_citation", {"document": document, "note": ""}),
            ("key_points", {"title": "Ý chính", "points": ["Một", "Hai"]}),
        ]
    return body


def test_lesson_page_queries_do_not_grow_with_blocks_or_lessons(client):
    small_course, large_course = CoursePageFactory(), CoursePageFactory()
    small = LessonPageFactory(parent=small_course, body=lesson_body(2))
    large = LessonPageFactory(parent=large_course, body=lesson_body(20))
    for _ in range(10):
        LessonPageFactory(parent=large_course)

    client.force_login(OrganizerFactory())
    client.get(small.url), client.get(large.url)  # warm the site-root cache

    assert count_queries(client, large.url) == count_queries(client, small.url)


def test_course_page_queries_do_not_grow_with_lessons(client):
    small, large = CoursePageFactory(), CoursePageFactory()
    LessonPageFactory(parent=small)
    for _ in range(15):
        LessonPageFactory(parent=large)
    client.get(small.url)

    assert count_queries(client, large.url) == count_queries(client, small.url)


def test_the_catalogue_lists_published_courses_only(client):
    catalogue = CourseIndexPageFactory()
    CoursePageFactory(parent=catalogue, title="Khóa đã xuất bản")
    CoursePageFactory(parent=catalogue, title="Khóa bản nháp", live=False)

    page = client.get(catalogue.url).content.decode()

    assert "Khóa đã xuất bản" in page
    assert "Khóa bản nháp" not in page


def test_a_new_lesson_previews_before_it_is_saved(client):
    course = CoursePageFactory()
    LessonPageFactory(parent=course)
    client.force_login(TrainerFactory())
    url = f"/admin/pages/add/courses/lessonpage/{course.pk}/preview/"
    data = nested_form_data(
        {
            "title": "Bài chưa lưu",
            "slug": "bai-chua-luu",
            "intro": "",
            "objectives": "",
            "body": streamfield([("paragraph", rich_text("<p>Theo Chỉ thị số 16/CT-TTg.</p>"))]),
        }
    )

    assert client.post(url, data).json()["is_valid"]
    response = client.get(url)

    assert response.status_code == 200
    assert "Bài chưa lưu" in response.content.decode()
