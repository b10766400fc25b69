"""Search finds lessons and courses whether or not the query has diacritics, on SQLite and PostgreSQL."""

import pytest

from tests.factories import (
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
    TrainerFactory,
    paragraphs,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def lessons():
    course = CoursePageFactory(title="Dân vận khéo trong cơ quan nhà nước")
    LessonPageFactory(
        parent=course,
        title="Vai trò của người đứng đầu",
        intro="Bảy việc người đứng đầu làm để gần dân.",
        body=paragraphs("Người đứng đầu cơ quan phải gương mẫu trong công tác dân vận."),
    )
    LessonPageFactory(parent=course, title="Cải cách hành chính", body=paragraphs("Cắt giảm 77 thủ tục."))
    return course


def titles(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    return [result.title for result in response.context["results"]]


@pytest.mark.parametrize("query", ["dan van kheo", "Dân vận khéo", "DAN VAN KHEO"])
def test_a_course_is_found_with_or_without_diacritics(client, lessons, query):
    assert "Dân vận khéo trong cơ quan nhà nước" in titles(client, query)


@pytest.mark.parametrize("query", ["nguoi dung dau", "người đứng đầu", "guong mau"])
def test_a_lesson_is_found_by_words_of_its_body_typed_without_diacritics(client, lessons, query):
    client.force_login(EnrollmentFactory(training_class__course=lessons).trainee)

    assert titles(client, query) == ["Vai trò của người đứng đầu"]


def test_drafts_are_not_found(client, lessons):
    client.force_login(TrainerFactory())
    LessonPageFactory(parent=lessons, title="Bản nháp người đứng đầu", live=False)

    assert "Bản nháp người đứng đầu" not in titles(client, "nguoi dung dau")


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        '"',
        "'",
        "%",
        "\\",
        "*",
        "OR",
        "AND NOT",
        "-",
        "()",
        "<script>alert(1)</script>",
        "đ" * 5000,
        "💡",
        "a:b",
        "\x00",
        "NEAR(dan van)",
    ],
)
def test_no_query_errors(client, lessons, query):
    assert client.get("/search/", {"q": query}).status_code == 200


@pytest.mark.parametrize("role", ["anonymous", "trainee of another course"])
def test_who_may_not_read_a_lesson_does_not_find_it_by_its_text(client, lessons, role):
    if role != "anonymous":
        client.force_login(EnrollmentFactory().trainee)

    assert titles(client, "guong mau") == []
    assert titles(client, "77 thu tuc") == []


@pytest.mark.parametrize("role", ["anonymous", "trainee of another course"])
def test_who_may_not_read_a_lesson_finds_it_by_its_title_without_its_text(client, lessons, role):
    if role != "anonymous":
        client.force_login(EnrollmentFactory().trainee)

    response = client.get("/search/", {"q": "vai tro nguoi dung dau"})

    assert [result.title for result in response.context["results"]] == ["Vai trò của người đứng đầu"]
    page = response.content.decode()
    assert "Vai trò của người đứng đầu</a>" in page
    assert "Bảy việc người đứng đầu" not in page


@pytest.mark.parametrize("role", ["enrolled trainee", "trainer"])
def test_who_may_read_a_lesson_finds_it_by_its_text_and_sees_its_introduction(client, lessons, role):
    user = (
        EnrollmentFactory(training_class__course=lessons).trainee
        if role == "enrolled trainee"
        else TrainerFactory()
    )
    client.force_login(user)

    response = client.get("/search/", {"q": "guong mau"})

    assert [result.title for result in response.context["results"]] == ["Vai trò của người đứng đầu"]
    assert "Bảy việc người đứng đầu làm để gần dân." in response.content.decode()


def test_a_course_is_found_by_its_summary_by_anyone(client):
    CoursePageFactory(title="Khóa học mẫu", summary="Kỹ năng tiếp xúc, đối thoại với nhân dân.")

    assert titles(client, "doi thoai") == ["Khóa học mẫu"]
