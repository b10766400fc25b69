"""What the content audit found wrong in the demo stays fixed: one test per finding.

The articles date from 2016 to 2023; the demo quotes them as they were written and says so, and speaks
for itself with the names of 2026.
"""

import html
import re
import unicodedata

import pytest

from courses.demo.documents import REFERENCE_DOCUMENTS
from courses.demo.lessons import LESSONS
from quizzes.demo.questions import QUESTIONS

LESSONS_BY_SLUG = {lesson["slug"]: lesson for lesson in LESSONS}
REGISTER = {document["code"]: document for document in REFERENCE_DOCUMENTS}
QUOTED = re.compile(r"[“‘][^”’]*[”’]")
# The lead of seed 003's list of the plans of 2020: the issuer of every plan in it.
PLANS_OF_2020 = "Riêng trong năm 2020 đã tham mưu Tỉnh ủy ban hành"
# Bodies whose official names write "nhân dân" in lower case.
NAMES_WITH_NHAN_DAN = ("Hội đồng nhân dân", "Ủy ban nhân dân", "Ban Thanh tra nhân dân")


def normalise(text):
    """NFC, one spelling of "ủy", runs of whitespace collapsed to one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).replace("uỷ", "ủy")).strip()


def plain(rich_text):
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", rich_text)))


def passage(lesson_slug, passage_id):
    block = next(block for block in LESSONS_BY_SLUG[lesson_slug]["body"] if block.get("id") == passage_id)
    value = block["value"]
    if block["type"] == "key_points":
        return normalise(" ".join([value["title"], *value["points"]]))
    if block["type"] == "quotation":
        return normalise(value["text"])
    return plain(value)


def own_words():
    """Every text the demo writes in its own words, with what it puts in quotation marks removed:
    lesson intros, objectives, headings, paragraphs, key points, citation notes, and the questions."""
    texts = []
    for lesson in LESSONS:
        texts += [lesson["title"], lesson["intro"], *lesson["objectives"]]
        for block in lesson["body"]:
            value = block["value"]
            if block["type"] in {"paragraph", "summary"}:
                texts.append(plain(value))
            elif block["type"] == "heading":
                texts.append(value)
            elif block["type"] == "key_points":
                texts += [value["title"], *value["points"]]
            elif block["type"] == "document_citation":
                texts.append(value["note"])
    for question in QUESTIONS:
        texts += [question["text"], question["explanation"], *(text for text, _ in question["options"])]
    return [QUOTED.sub("…", normalise(text)) for text in texts]


def question_on(passage_id):
    return next(question for question in QUESTIONS if question["passage"] == passage_id)


def wrong_options(question):
    return [text for text, weight in question["options"] if weight <= 0]


@pytest.fixture(scope="module")
def seeds(seed_texts):
    return {name: normalise(text) for name, text in seed_texts.items()}


# 1. An issuing body is the one the source names, and none when it names none.


def test_a_document_whose_source_names_no_issuer_has_none():
    assert REGISTER["24-NQ/TW"]["issuer"] == ""
    assert REGISTER["47-CT/TU"]["issuer"] == ""


def test_every_issuer_is_named_by_its_evidence_or_by_the_lead_of_its_list(seeds):
    for document in REFERENCE_DOCUMENTS:
        issuer, evidence = normalise(document["issuer"]), normalise(document["evidence"])
        if not issuer or issuer in evidence:
            continue
        seed = seeds[document["seed"]]
        lead = seed.index(PLANS_OF_2020)
        paragraph_end = seed.index("Thứ ba", lead)
        assert issuer in PLANS_OF_2020 and lead < seed.index(evidence) < paragraph_end, document["code"]


# 2. No fact is taken from page debris.


def test_43_kl_tw_is_undated_as_the_article_that_cites_it(seeds):
    conclusion = REGISTER["43-KL/TW"]
    assert conclusion["date"] is None
    assert conclusion["seed"] == "001_955713e2ee09973e.txt"
    assert normalise(conclusion["evidence"]) in seeds[conclusion["seed"]]


def test_no_register_entry_comes_from_the_related_articles_of_a_page(seeds):
    for document in REFERENCE_DOCUMENTS:
        seed = seeds[document["seed"]]
        debris = seed.find("Các bài viết khác")
        if debris >= 0:
            assert seed.index(normalise(document["evidence"])) < debris, document["code"]


# 3. One body, one name; the seed's lower-case "Ban bí thư" is corrected.


def test_the_secretariat_has_one_name_in_the_register():
    secretariat = {document["issuer"] for document in REFERENCE_DOCUMENTS if "Bí thư" in document["issuer"]}
    assert secretariat == {"Ban Bí thư"}
    assert REGISTER["114-KL/TW"]["issuer"] == REGISTER["43-KL/TW"]["issuer"]


def test_no_title_or_lesson_writes_ban_bi_thu_in_lower_case():
    titles = [document["title"] for document in REFERENCE_DOCUMENTS]
    assert not [text for text in [*titles, *own_words()] if "Ban bí thư" in text]


# 4. One resolution, one title.


def test_resolution_25_nq_tw_has_one_title_in_every_lesson():
    for lesson in LESSONS:
        for block in lesson["body"]:
            if block["type"] == "paragraph" and "25-NQ/TW" in block["value"]:
                text = plain(block["value"])
                assert "tăng cường sự lãnh đạo" not in text.lower(), block["id"]
                if "sự lãnh đạo của Đảng" in text:
                    assert "Tăng cường và đổi mới sự lãnh đạo của Đảng" in text, block["id"]


# 5. The ministry's Party committee assigned the work, and no distractor may also be true.


def test_the_assignment_is_the_ministry_party_committee_s():
    text = passage("dan-van-cua-dang-bo-co-quan-nha-nuoc-o-trung-uong", "phan-cong-phu-trach")
    assert "Bộ giao" not in text
    assert "Đảng ủy Bộ phân công 01 đồng chí Ủy viên Ban Cán sự đảng" in text


def test_the_question_on_the_assignment_offers_no_deputy_minister():
    question = question_on("phan-cong-phu-trach")
    assert "Đảng ủy Bộ" in question["text"]
    assert not [option for option in wrong_options(question) if "thứ trưởng" in option.lower()]


# 6. Carrying out the democracy rules, not dialogue, is what the source credits.


def test_it_is_the_democracy_rules_that_prevent_wrongdoing():
    text = passage("dan-van-cua-dang-bo-co-quan-nha-nuoc-o-trung-uong", "dan-chu-co-so")
    credited = next(sentence for sentence in text.split(". ") if "tham nhũng" in sentence)
    assert "thực hiện tốt quy chế dân chủ" in credited
    assert "Đối thoại" not in credited
    question = question_on("dan-chu-co-so")
    assert "quy chế dân chủ" in question["text"] and "Đối thoại" not in question["text"]


# 7. "Nhờ vậy … kịp thời" follows the paragraph it follows in the source.


def test_timely_handling_follows_the_democracy_rules_as_in_the_source(seeds):
    lesson = "dan-van-o-mot-so-chuyen-nganh"
    assert "kịp thời" not in passage(lesson, "kenh-tiep-nhan")
    assert "Trung tâm hành chính công" in passage(lesson, "quy-che-dan-chu")
    assert "kịp thời, đúng thẩm quyền, đúng quy định" in passage(lesson, "quy-che-dan-chu")
    seed = seeds["002_ca7e3ff134b49f38.txt"]
    assert seed.index("đến Trung tâm hành chính công") < seed.index("Vì vậy, công tác tiếp dân")
    assert seed.index("Vì vậy, công tác tiếp dân") < seed.index("Duy trì hòm thư góp ý")


# 8. The exemplar total that the per-field figures do not reach is flagged where it is given.


def test_the_exemplar_total_carries_the_note_that_the_fields_add_up_to_1694(seeds):
    fields = re.findall(r"(\d+) mô hình, ([\d.]+) điển hình", seeds["001_955713e2ee09973e.txt"])
    assert sum(int(exemplars.replace(".", "")) for _, exemplars in fields) == 1694
    for passage_id in ("mo-hinh-dien-hinh", "so-lieu-dan-van-kheo"):
        text = passage("cong-tac-dan-van-phai-di-truoc-mot-buoc", passage_id)
        assert "1.994" in text and "1.694" in text, passage_id


# 9. The Party's objective is quoted exactly and attributed, not copied without quotation marks.


def test_the_party_s_objective_is_a_quotation_copied_from_the_seed(seeds):
    seed = seeds["000_22a0531c59e90a24.txt"]
    objective = re.search(r"mục tiêu công tác dân vận của Đảng là “([^”]+)”", seed)[1]
    lesson = LESSONS_BY_SLUG["vai-tro-nguoi-dung-dau-trong-cong-tac-dan-van"]
    quotation = next(block for block in lesson["body"] if block.get("id") == "muc-tieu-dan-van-nguyen-van")
    assert quotation["type"] == "quotation"
    assert normalise(quotation["value"]["text"]) == objective
    assert quotation["value"]["speaker"] and quotation["value"]["source"]
    words = objective.lower().split()
    runs = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    for block in lesson["body"]:
        if block["type"] in {"paragraph", "summary", "key_points"}:
            text = passage(lesson["slug"], block["id"]) if "id" in block else plain(block["value"])
            assert not [run for run in runs if run in text.lower()], block.get("id", block["type"])


# 10. A directive is not "nó"; a five-year review is a sơ kết.


def test_citation_notes_name_the_document_rather_than_it():
    notes = [
        block["value"]["note"] for lesson in LESSONS for block in lesson["body"] if "note" in block["value"]
    ]
    assert not [note for note in notes if re.search(r"\bnó\b", note)]


def test_the_five_year_review_of_114_kl_tw_is_a_so_ket():
    for text in own_words():
        for sentence in re.split(r"[.;]", text):
            if "114-KL/TW" in sentence and "5 năm" in sentence:
                assert "tổng kết" not in sentence, sentence


# 11. One capitalisation for each name, and "Nhân dân" as official usage writes it today.


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Binh Đoàn 16", "Binh đoàn 16"),
        ("Học viện chính trị", "Học viện Chính trị"),
        ("Ban cán sự", "Ban Cán sự đảng"),
        ("Ban Cán sự Đảng", "Ban Cán sự đảng"),
    ],
)
def test_a_name_is_written_one_way(wrong, right):
    assert not [text for text in own_words() if wrong in text]
    assert any(right in text for text in own_words())


def test_nhan_dan_is_capitalised_in_the_demo_s_own_words():
    lower_case = []
    for text in own_words():
        for name in NAMES_WITH_NHAN_DAN:
            text = text.replace(name, "")
        lower_case += [text for match in re.finditer(r"\bnhân dân\b", text)]
    assert lower_case == []


# 12. Distractors are plainly wrong without parodying official wording; a time says which year.


def test_no_distractor_reshuffles_the_official_formula_or_invents_a_quoted_name(seeds):
    every_seed = " ".join(seeds.values())
    for question in QUESTIONS:
        for option in wrong_options(question):
            for quoted in QUOTED.findall(option):
                assert quoted[1:-1] in every_seed, (question["text"], option)
    formula = question_on("co-che-va-phong-cach")
    assert not [option for option in wrong_options(formula) if "lãnh đạo" in option or "“" in option]


def test_from_the_start_of_the_year_says_which_year():
    texts = [*own_words(), passage("dan-van-o-mot-so-chuyen-nganh", "cai-cach-hanh-chinh")]
    for text in texts:
        for match in re.finditer(r"[Tt]ừ đầu năm\b(?! viết bài)", text):
            pytest.fail(f"“{text[match.start() : match.start() + 60]}…” names no year")
