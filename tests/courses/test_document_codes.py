"""The recogniser finds document codes as the source articles write them, and nothing else."""

import unicodedata

import pytest

from courses.demo.documents import REFERENCE_DOCUMENTS
from courses.document_codes import KIND_CHOICES, find_document_codes, kind_from_code, normalize_code


def found(text):
    return [(reference.code, reference.kind) for reference in find_document_codes(text)]


def test_a_state_code_after_its_kind_word_is_found():
    sentence = (
        "Ngày 16/5/2016, Thủ tướng Chính phủ ban hành Chỉ thị số 16/CT-TTg xác định công tác dân vận là "
        "nhiệm vụ của cả hệ thống chính trị."
    )
    assert found(sentence) == [("16/CT-TTg", "chi_thi")]


def test_a_party_code_is_found_and_the_date_after_it_is_not():
    sentence = "Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận"
    assert found(sentence) == [("114-KL/TW", "ket_luan")]


def test_spaced_dash_code_is_normalised():
    sentence = "ban hành theo Quyết định 290 - QĐ/TW ngày 25/2/2010 của Bộ Chính trị"
    assert found(sentence) == [("290-QĐ/TW", "quyet_dinh")]


def test_en_dash_code_is_normalised():
    sentence = "khi tham mưu Tỉnh ủy ban hành Đề án số 01 \u2013 ĐA/TU “về nâng cao năng lực"
    assert found(sentence) == [("01-ĐA/TU", "de_an")]


def test_a_joint_programme_keeps_both_issuers_and_its_kind_word_may_be_qualified():
    sentence = "Chương trình phối hợp số 301- CTr/BDVTU - BCSĐUBND, ngày 25/5/2022 của Ban Dân vận Tỉnh ủy"
    assert found(sentence) == [("301-CTr/BDVTU-BCSĐUBND", "chuong_trinh")]


def test_the_small_letter_of_a_quy_dinh_code_is_kept():
    sentence = "giải quyết nguyện vọng hợp pháp, chính đáng của nhân dân theo Quy định số 11-QĐi/TW của Bộ Chính trị."
    assert found(sentence) == [("11-QĐi/TW", "quy_dinh")]


def test_codes_are_returned_in_order_and_a_repeated_code_twice():
    sentence = (
        "Kết luận số 114-KL/TW của Ban Bí thư Trung ương Đảng (Khóa XI) và Chỉ thị số 03-CT/TU của Ban "
        "Thường vụ Tỉnh ủy về tăng cường và nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp "
        "trong tình hình mới. Tập trung đổi mới theo tinh thần Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, "
        "Chỉ thị số 03-CT/TU, ngày 26/11/2015 của Ban Thường vụ Tỉnh ủy"
    )
    assert found(sentence) == [
        ("114-KL/TW", "ket_luan"),
        ("03-CT/TU", "chi_thi"),
        ("16/CT-TTg", "chi_thi"),
        ("03-CT/TU", "chi_thi"),
    ]


def test_two_codes_joined_by_va_are_both_found():
    sentence = "Triển khai Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"
    assert found(sentence) == [("217-QĐ/TW", "quyet_dinh"), ("218-QĐ/TW", "quyet_dinh")]


def test_a_code_without_kind_word_takes_its_kind_from_its_type_letters():
    assert found("tổng kết 5 năm thực hiện 47-CT/TU và 26-KH/TU") == [
        ("47-CT/TU", "chi_thi"),
        ("26-KH/TU", "ke_hoach"),
    ]


def test_a_code_whose_type_names_no_kind_has_an_empty_kind():
    sentence = "Ban Dân vận Tỉnh ủy (Giấy phép số 01/GP-TTĐT ngày 11/01/2020 của Sở Thông tin và Truyền thông"
    assert found(sentence) == [("01/GP-TTĐT", "")]


def test_the_short_form_number_and_issuer_is_found_after_a_kind_word_only():
    sentence = "thực hiện Nghị quyết số 25/TW “Tăng cường sự lãnh đạo của Đảng đối với công tác dân vận"
    assert found(sentence) == [("25/TW", "nghi_quyet")]
    assert found("theo số 25/TW") == []


def test_a_code_with_a_year_is_found_whole():
    assert found("Nghị định số 04/2015/NĐ-CP của Chính phủ") == [("04/2015/NĐ-CP", "")]


def test_the_kind_word_before_a_code_wins_over_its_type_letters():
    assert found("Quy định số 290-QĐ/TW") == [("290-QĐ/TW", "quy_dinh")]


def test_kind_words_are_read_in_any_case_and_with_the_look_alike_eth():
    assert found("QUYẾT ÐỊNH SỐ 454/QÐ-UBND NGÀY 04/5/2018") == [("454/QĐ-UBND", "quyet_dinh")]


def test_decomposed_text_is_read_like_composed_text():
    sentence = unicodedata.normalize("NFD", "tại Quyết định số 454/QĐ-UBND ngày 04/5/2018")
    assert found(sentence) == [("454/QĐ-UBND", "quyet_dinh")]


def test_raw_and_offsets_point_at_the_code_as_written():
    text = "ban hành Đề án số 01 \u2013 ĐA/TU “về nâng cao năng lực”"
    (reference,) = find_document_codes(text)
    assert reference.raw == "01 \u2013 ĐA/TU" == text[reference.start : reference.end]
    assert normalize_code(reference.raw) == reference.code


def test_html_is_read_as_is_and_codes_inside_tags_are_ignored():
    html = (
        "<p>Ngày <b>16/5/2016</b>, Thủ tướng ban hành Chỉ thị số&nbsp;<b>16/CT-TTg</b>, theo "
        '<a href="/van-ban/114-KL/TW">Kết luận 114-KL/TW</a>.</p>'
    )
    references = find_document_codes(html)
    assert [(reference.code, reference.kind) for reference in references] == [
        ("16/CT-TTg", "chi_thi"),
        ("114-KL/TW", "ket_luan"),
    ]
    assert [html[reference.start : reference.end] for reference in references] == ["16/CT-TTg", "114-KL/TW"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ngày 16/5/2016, Thủ tướng Chính phủ ban hành", id="date"),
        pytest.param("ngày 18-2-2019", id="dashed-date"),
        pytest.param("Thứ ba - 01/06/2021 03:57 469 0", id="date-and-time"),
        pytest.param("đạt 1/2 chỉ tiêu", id="fraction"),
        pytest.param("Điện thoại: 0260.3862351; Fax: 0260 3.863048 - 0260 3.861507", id="phone-numbers"),
        pytest.param("nhiệm vụ được quy định tại Điều 10 - Quy chế công tác Dân vận", id="article-number"),
        pytest.param("xây dựng được 2.668 mô hình tập thể và 1.994 điển hình cá nhân", id="counts"),
        pytest.param(
            "qua 5 năm (2015 \u2013 2020) và giai đoạn 2015\u20132020, 2022 -2026", id="year-ranges"
        ),
        pytest.param("Quản lý và nhập tin: Sở Y Tế, số 808 - Phan Đình Phùng - TP Kon Tum.", id="address"),
        pytest.param("phòng, chống dịch COVID-19", id="disease-name"),
        pytest.param("Hội Nạn nhân chất độc da cam/Dioxin Việt Nam", id="slash-in-words"),
    ],
)
def test_text_that_only_looks_like_a_code_is_not_one(text):
    assert find_document_codes(text) == []


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("290 - QĐ/TW", "290-QĐ/TW"),
        ("01 \u2013 ĐA/TU", "01-ĐA/TU"),
        ("1217- ĐA/TU", "1217-ĐA/TU"),
        ("301- CTr/BDVTU - BCSĐUBND", "301-CTr/BDVTU-BCSĐUBND"),
        ("16 / CT — TTg", "16/CT-TTg"),
        ("454/Q\u00d0-UBND", "454/QĐ-UBND"),
        (unicodedata.normalize("NFD", "11-QĐi/TW"), "11-QĐi/TW"),
    ],
)
def test_a_code_is_normalised_to_its_canonical_form(raw, code):
    assert normalize_code(raw) == code


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("16/CT-TTg", "chi_thi"),
        ("25-NQ/TW", "nghi_quyet"),
        ("114-KL/TW", "ket_luan"),
        ("454/QĐ-UBND", "quyet_dinh"),
        ("11-QĐi/TW", "quy_dinh"),
        ("158-KH/TU", "ke_hoach"),
        ("1213-CV/TU", "cong_van"),
        ("301-CTr/BDVTU-BCSĐUBND", "chuong_trinh"),
        ("01 \u2013 ĐA/TU", "de_an"),
        ("27/GP-BC", ""),
        ("25/TW", ""),
        ("14/7/2015", ""),
    ],
)
def test_the_kind_follows_from_the_type_letters_when_they_name_one(code, kind):
    assert kind_from_code(code) == kind


def test_kind_choices_have_unique_keys_and_cover_the_eight_common_kinds():
    keys = [key for key, _ in KIND_CHOICES]
    assert len(set(keys)) == len(keys)
    common = {
        "chi_thi",
        "nghi_quyet",
        "ket_luan",
        "quyet_dinh",
        "quy_dinh",
        "ke_hoach",
        "cong_van",
        "chuong_trinh",
    }
    assert common <= set(keys)


def test_every_code_in_the_register_is_found_in_its_seed(seed_texts):
    codes_by_seed = {
        name: {ref.code for ref in find_document_codes(text)} for name, text in seed_texts.items()
    }
    missing = [doc["code"] for doc in REFERENCE_DOCUMENTS if doc["code"] not in codes_by_seed[doc["seed"]]]
    assert missing == []
