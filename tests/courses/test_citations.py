"""Document codes written in a lesson are recognised and linked to the register; unknown ones are reported."""

import pytest
from django.db import IntegrityError

from courses.models import LessonPage
from tests.factories import LessonPageFactory, ReferenceDocumentFactory, TrainerFactory, paragraphs

pytestmark = pytest.mark.django_db


def test_codes_written_in_the_text_link_their_register_entries():
    kl114 = ReferenceDocumentFactory(code="114-KL/TW", kind="ket_luan")
    qd290 = ReferenceDocumentFactory(code="290-QĐ/TW", kind="quyet_dinh", issuer="Bộ Chính trị")

    lesson = LessonPageFactory(
        body=paragraphs(
            "Thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư,",
            "theo Quyết định 290 - QĐ/TW ngày 25/2/2010 của Bộ Chính trị.",
        )
    )

    assert set(LessonPage.objects.get(pk=lesson.pk).cited_documents.all()) == {kl114, qd290}
    assert lesson.unrecognised_codes == []


def test_a_code_with_no_register_entry_is_kept_for_the_trainer():
    lesson = LessonPageFactory(body=paragraphs("Chỉ thị số 99/CT-TTg chưa có trong sổ."))

    assert lesson.unrecognised_codes == ["99/CT-TTg"]
    assert lesson.cited_documents.count() == 0


def test_the_trainer_sees_unrecognised_codes_in_the_editor(client):
    trainer = TrainerFactory()
    lesson = LessonPageFactory(body=paragraphs("Theo Chỉ thị số 99/CT-TTg."))
    client.force_login(trainer)

    page = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()

    assert "Văn bản chưa có trong sổ" in page
    assert "99/CT-TTg" in page


def test_a_code_shared_by_two_provinces_links_the_one_chosen_in_a_citation_block():
    ours = ReferenceDocumentFactory(code="03-CT/TU", issuer="Tỉnh ủy Hà Tĩnh")
    ReferenceDocumentFactory(code="03-CT/TU", issuer="Tỉnh ủy Kon Tum")

    lesson = LessonPageFactory(
        body=[
            *paragraphs("Chỉ thị số 03-CT/TU của Ban Thường vụ Tỉnh ủy."),
            ("document_citation", {"document": ours, "note": ""}),
        ]
    )

    assert list(lesson.cited_documents.all()) == [ours]
    assert lesson.unrecognised_codes == []


def test_an_ambiguous_code_without_a_chosen_entry_is_reported():
    ReferenceDocumentFactory(code="03-CT/TU", issuer="Tỉnh ủy Hà Tĩnh")
    ReferenceDocumentFactory(code="03-CT/TU", issuer="Tỉnh ủy Kon Tum")

    lesson = LessonPageFactory(body=paragraphs("Chỉ thị số 03-CT/TU."))

    assert lesson.unrecognised_codes == ["03-CT/TU"]


def test_a_code_is_unique_only_together_with_its_issuer():
    ReferenceDocumentFactory(code="03-CT/TU", issuer="Tỉnh ủy Hà Tĩnh")
    ReferenceDocumentFactory(code="03-CT/TU", issuer="Tỉnh ủy Kon Tum")

    with pytest.raises(IntegrityError):
        ReferenceDocumentFactory(code="03-CT/TU", issuer="Tỉnh ủy Hà Tĩnh")


def test_a_register_entry_has_a_public_page_listing_the_lessons_citing_it(client):
    document = ReferenceDocumentFactory(code="16/CT-TTg", issuer="Thủ tướng Chính phủ")
    citing = LessonPageFactory(title="Bài dẫn Chỉ thị 16", body=paragraphs("Chỉ thị số 16/CT-TTg."))
    LessonPageFactory(title="Bài không dẫn")
    LessonPageFactory(title="Bản nháp dẫn Chỉ thị 16", body=paragraphs("Chỉ thị 16/CT-TTg."), live=False)

    page = client.get(document.get_absolute_url()).content.decode()

    assert "16/CT-TTg" in page and "Thủ tướng Chính phủ" in page
    assert citing.title in page
    assert "Bài không dẫn" not in page
    assert "Bản nháp dẫn Chỉ thị 16" not in page


def test_an_unknown_register_entry_is_404(client):
    assert client.get("/van-ban/999999/").status_code == 404
