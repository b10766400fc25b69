"""A document of a lesson is downloaded by those who may read the lesson, and by no one else."""

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.rich_text import RichText

from courses.document_access import may_download
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
    OrganizerFactory,
    TraineeFactory,
    TrainerFactory,
)

pytestmark = pytest.mark.django_db


def download_block(document):
    return ("download", {"document": document, "description": "Tài liệu tham khảo"})


@pytest.fixture
def course():
    return CoursePageFactory()


@pytest.fixture
def document():
    return wagtail_factories.DocumentFactory(title="Chỉ thị 16/CT-TTg")


@pytest.fixture
def lesson(course, document):
    return LessonPageFactory(parent=course, body=[download_block(document)])


def as_role(client, role, course):
    """Sign in as one of the roles the README names (anonymous signs in as nobody)."""
    users = {
        "anonymous": lambda: None,
        "enrolled trainee": lambda: EnrollmentFactory(training_class__course=course).trainee,
        "trainee of another course": lambda: EnrollmentFactory().trainee,
        "trainee with no class": TraineeFactory,
        "trainer": TrainerFactory,
        "organizer": OrganizerFactory,
        "superuser": lambda: get_user_model().objects.create_superuser("quantri", "quantri@example.vn", "x"),
    }
    user = users[role]()
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 302),
        ("enrolled trainee", 200),
        ("trainee of another course", 404),
        ("trainee with no class", 404),
        ("trainer", 200),
        ("organizer", 200),
        ("superuser", 200),
    ],
)
def test_a_lesson_document_answers_each_role_as_its_lesson_does(
    client, course, lesson, document, role, status
):
    client = as_role(client, role, course)

    response = client.get(document.url)
    lesson_response = client.get(lesson.url)

    assert response.status_code == status
    if status == 200:
        assert b"".join(response.streaming_content) == document.file.open().read()
        assert lesson_response.status_code == 200
    if status == 302:
        assert response["Location"] == f"/accounts/login/?next={document.url}"
        assert lesson_response.status_code == 302


def test_the_lesson_links_its_document_through_the_checking_view(client, course, lesson, document):
    client.force_login(EnrollmentFactory(training_class__course=course).trainee)

    page = client.get(lesson.url).content.decode()

    assert f'href="/documents/{document.pk}/{document.filename}"' in page


def test_a_document_linked_in_the_lessons_text_follows_the_lesson_too(client, course, document):
    LessonPageFactory(
        parent=course,
        body=[("paragraph", RichText(f'<p>Xem <a linktype="document" id="{document.pk}">chỉ thị</a>.</p>'))],
    )
    assert client.get(document.url).status_code == 302

    client.force_login(EnrollmentFactory().trainee)
    assert client.get(document.url).status_code == 404

    client.force_login(EnrollmentFactory(training_class__course=course).trainee)
    assert client.get(document.url).status_code == 200


def test_a_document_used_by_lessons_of_two_courses_is_for_the_trainees_of_either(client, document):
    first, second = CoursePageFactory(), CoursePageFactory()
    for course in (first, second):
        LessonPageFactory(parent=course, body=[download_block(document)])

    for course in (first, second):
        client.force_login(EnrollmentFactory(training_class__course=course).trainee)
        assert client.get(document.url).status_code == 200


def test_a_document_used_only_by_a_draft_lesson_is_for_the_admin_only(client, course, document):
    LessonPageFactory(parent=course, body=[download_block(document)], live=False)

    client.force_login(EnrollmentFactory(training_class__course=course).trainee)
    assert client.get(document.url).status_code == 404

    client.force_login(TrainerFactory())
    assert client.get(document.url).status_code == 200


def test_removing_a_document_from_the_lesson_withdraws_it_from_the_trainees(client, course, lesson, document):
    client.force_login(EnrollmentFactory(training_class__course=course).trainee)
    assert client.get(document.url).status_code == 200

    lesson.body = [("paragraph", RichText("<p>Không còn tài liệu.</p>"))]
    lesson.save_revision().publish()

    assert client.get(document.url).status_code == 404


@pytest.mark.parametrize(
    ("role", "status"), [("anonymous", 302), ("enrolled trainee", 404), ("trainer", 200)]
)
def test_a_document_no_page_uses_is_for_the_admin_only(client, course, document, role, status):
    client = as_role(client, role, course)

    assert client.get(document.url).status_code == status


def test_a_document_a_public_page_uses_is_public(client, document):
    CourseIndexPageFactory(intro=f'<p>Thể lệ: <a linktype="document" id="{document.pk}">tải về</a></p>')

    assert client.get(document.url).status_code == 200


@pytest.mark.parametrize("path", ["documents/{name}", "images/../documents/{name}", "./documents/{name}"])
def test_document_files_are_not_served_from_media(client, lesson, document, path):
    name = document.file.name.removeprefix("documents/")

    assert client.get("/media/" + path.format(name=name)).status_code == 404


def test_other_media_files_are_still_served(client):
    image = wagtail_factories.ImageFactory()

    assert client.get(image.file.url).status_code == 200


def test_deciding_who_may_download_costs_three_queries_for_a_trainee(
    course, lesson, document, django_assert_num_queries
):
    trainee = EnrollmentFactory(training_class__course=course).trainee
    trainee = get_user_model().objects.get(pk=trainee.pk)
    trainee.has_perm("wagtailadmin.access_admin")  # the permission cache, loaded once per request

    with django_assert_num_queries(3):
        assert may_download(trainee, document)
