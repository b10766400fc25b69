"""Every document code in a lesson's text is a link to its register page when the lesson is read."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.document_codes import link_document_codes
from courses.models import LessonPage
from tests.factories import EnrollmentFactory, LessonPageFactory, ReferenceDocumentFactory, paragraphs

ADDRESSES = {"114-KL/TW": "/van-ban/1/", "290-QĐ/TW": "/van-ban/2/"}
TAGS = re.compile(r"<[^>]+>")


def test_a_code_in_running_text_becomes_a_link_to_its_address():
    html = "<p>Thực hiện <b>Kết luận số 114-KL/TW</b> và Quyết định 290 - QĐ/TW ngày 25/2/2010.</p>"

    linked = link_document_codes(html, ADDRESSES.get)

    assert linked == (
        '<p>Thực hiện <b>Kết luận số <a class="document-code" href="/van-ban/1/">114-KL/TW</a></b> và '
        'Quyết định <a class="document-code" href="/van-ban/2/">290 - QĐ/TW</a> ngày 25/2/2010.</p>'
    )


def test_linking_changes_no_word_of_the_text():
    html = "<p>Kết luận 114-KL/TW, Kết luận 114-KL/TW; Chỉ thị 99/CT-TTg; 14/7/2015; 0987654321.</p>"

    assert TAGS.sub("", link_document_codes(html, ADDRESSES.get)) == TAGS.sub("", html)


def test_a_code_with_no_address_and_a_code_already_in_a_link_are_left_alone():
    html = '<p><a href="/khac/">Kết luận 114-KL/TW</a> và Chỉ thị 99/CT-TTg.</p>'

    assert link_document_codes(html, ADDRESSES.get) == html


def test_nothing_inside_a_tag_is_taken_for_a_code():
    html = '<p title="Kết luận 114-KL/TW">Dân vận khéo</p>'

    assert link_document_codes(html, ADDRESSES.get) == html


@pytest.mark.django_db
def test_a_lesson_links_every_code_of_its_text_to_the_register_without_changing_what_was_written(client):
    kl114 = ReferenceDocumentFactory(code="114-KL/TW", kind="ket_luan")
    ct16 = ReferenceDocumentFactory(code="16/CT-TTg", issuer="Thủ tướng Chính phủ")
    text = "Theo <b>Kết luận số 114-KL/TW</b> và Chỉ thị 16/CT-TTg; Chỉ thị số 99/CT-TTg chưa có trong sổ."
    lesson = LessonPageFactory(body=paragraphs(text), objectives="Nêu được Kết luận 114-KL/TW")
    client.force_login(EnrollmentFactory(training_class__course=lesson.get_parent()).trainee)

    page = client.get(lesson.url).content.decode()

    assert page.count(f'<a class="document-code" href="/van-ban/{kl114.pk}/">114-KL/TW</a>') == 2
    assert f'<a class="document-code" href="/van-ban/{ct16.pk}/">16/CT-TTg</a>' in page
    assert "Chỉ thị số 99/CT-TTg" in page
    assert LessonPage.objects.get(pk=lesson.pk).body.raw_data[0]["value"] == f"<p>{text}</p>"


@pytest.mark.django_db
def test_a_code_two_bodies_issued_is_linked_to_the_one_the_lesson_cites(client):
    ours = ReferenceDocumentFactory(code="03-CT/TU", issuer="Ban Thường vụ Tỉnh ủy Hà Tĩnh")
    ReferenceDocumentFactory(code="03-CT/TU", issuer="Ban Thường vụ Tỉnh ủy Quảng Ngãi")
    lesson = LessonPageFactory(
        body=[
            *paragraphs("Chỉ thị số 03-CT/TU của Ban Thường vụ Tỉnh ủy."),
            ("document_citation", {"document": ours}),
        ]
    )
    client.force_login(EnrollmentFactory(training_class__course=lesson.get_parent()).trainee)

    page = client.get(lesson.url).content.decode()

    assert f'Chỉ thị số <a class="document-code" href="/van-ban/{ours.pk}/">03-CT/TU</a>' in page


@pytest.mark.django_db
def test_a_lesson_with_thirty_codes_is_read_with_as_many_queries_as_one_with_one_code(client):
    documents = [ReferenceDocumentFactory(code=f"{n}-KL/TW", kind="ket_luan") for n in range(100, 130)]
    few = LessonPageFactory(body=paragraphs("Kết luận số 100-KL/TW."))
    many = LessonPageFactory(
        parent=few.get_parent(),
        body=paragraphs(
            *(f"Kết luận số {document.code} và Kết luận {document.code}." for document in documents)
        ),
    )
    client.force_login(EnrollmentFactory(training_class__course=few.get_parent()).trainee)
    client.get(few.url)  # the session and the site are cached from here on

    with CaptureQueriesContext(connection) as one_code:
        client.get(few.url)
    with CaptureQueriesContext(connection) as thirty_codes:
        page = client.get(many.url).content.decode()

    assert page.count('class="document-code"') == 60
    assert len(thirty_codes) == len(one_code)
