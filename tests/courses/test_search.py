"""Search finds lessons and courses whether or not the query has diacritics, on SQLite and PostgreSQL."""

import pytest

from tests.factories import CoursePageFactory, LessonPageFactory, paragraphs

pytestmark = pytest.mark.django_db


@pytest.fixture
def lessons():
    course = CoursePageFactory(title="Dân vận khéo trong cơ quan nhà nước")
    LessonPageFactory(
        parent=course,
        title="Vai trò của người đứng đầu",
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
    assert titles(client, query) == ["Vai trò của người đứng đầu"]


def test_drafts_are_not_found(client, lessons):
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
