"""The demo question bank asks only what the lessons state, and its weights grade as Moodle does."""

import html
import re
import unicodedata
from collections import Counter

import pytest

from courses.demo.lessons import LESSONS
from quizzes.demo.questions import QUESTIONS

TYPES = {"single", "multiple", "true_false"}
DIFFICULTIES = {"easy", "medium", "hard"}
TRUE_FALSE_OPTIONS = ({("Đúng", 100), ("Sai", 0)}, {("Đúng", 0), ("Sai", 100)})
LESSONS_BY_SLUG = {lesson["slug"]: lesson for lesson in LESSONS}
BLOCK_TAGS = re.compile(r"</?(?:p|ul|ol|li)\b[^>]*>")
ANY_TAG = re.compile(r"<[^>]+>")


def normalise(text):
    """NFC-normalise and collapse every run of whitespace to a single space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def plain(rich_text):
    """Rich text as a reader sees it: block tags become spaces, inline tags vanish, entities decode."""
    return html.unescape(ANY_TAG.sub("", BLOCK_TAGS.sub(" ", rich_text)))


def passage_text(block):
    """The readable text of a block a question may link to."""
    value = block["value"]
    if block["type"] == "key_points":
        return normalise(" ".join([value["title"], *value["points"]]))
    if block["type"] == "quotation":
        # The quotation as the page shows it: the words, then "— speaker, source, date".
        attribution = ", ".join(part for part in (value["speaker"], value["source"], value["date"]) if part)
        return normalise(f"{value['text']} — {attribution}")
    return normalise(plain(value))


def passage_of(question):
    lesson = LESSONS_BY_SLUG.get(question["lesson"])
    if lesson is None:
        return None
    return next((block for block in lesson["body"] if block.get("id") == question["passage"]), None)


def label(question):
    return f"{question['lesson']}#{question['passage']}: {question['text'][:50]}"


EACH = [pytest.param(question, id=label(question)) for question in QUESTIONS]
BY_TYPE = {kind: [pytest.param(q, id=label(q)) for q in QUESTIONS if q["type"] == kind] for kind in TYPES}


def test_the_bank_holds_at_least_45_questions():
    assert len(QUESTIONS) >= 45


@pytest.mark.parametrize("lesson", [pytest.param(lesson, id=lesson["slug"]) for lesson in LESSONS])
def test_every_lesson_has_at_least_nine_questions(lesson):
    assert sum(question["lesson"] == lesson["slug"] for question in QUESTIONS) >= 9


def test_the_bank_mixes_mostly_single_choice_with_multiple_choice_and_true_false():
    counts = Counter(question["type"] for question in QUESTIONS)
    total = len(QUESTIONS)
    assert 0.5 <= counts["single"] / total <= 0.7
    assert 0.15 <= counts["multiple"] / total <= 0.35
    assert 0.1 <= counts["true_false"] / total <= 0.25


def test_the_bank_spans_every_difficulty():
    assert {question["difficulty"] for question in QUESTIONS} == DIFFICULTIES


def test_no_two_questions_share_a_text():
    texts = Counter(normalise(question["text"]) for question in QUESTIONS)
    assert [text for text, count in texts.items() if count > 1] == []


@pytest.mark.parametrize("question", EACH)
def test_a_question_is_fully_described(question):
    assert question["type"] in TYPES
    assert question["difficulty"] in DIFFICULTIES
    for field in ("text", "explanation", "evidence"):
        assert normalise(question[field]), field


@pytest.mark.parametrize("question", EACH)
def test_a_question_links_to_a_passage_of_its_lesson(question):
    assert question["lesson"] in LESSONS_BY_SLUG
    block = passage_of(question)
    assert block is not None, f"no block {question['passage']!r} in {question['lesson']}"
    assert block["type"] in {"paragraph", "quotation", "key_points"}


@pytest.mark.parametrize("question", EACH)
def test_the_evidence_is_quoted_exactly_from_the_linked_passage(question):
    block = passage_of(question)
    assert block is not None
    assert normalise(question["evidence"]) in passage_text(block)


@pytest.mark.parametrize("question", EACH)
def test_option_texts_are_unique_within_a_question(question):
    texts = [normalise(text) for text, _ in question["options"]]
    assert all(texts)
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("question", BY_TYPE["single"])
def test_a_single_choice_question_has_one_right_option_among_three_to_five(question):
    weights = [weight for _, weight in question["options"]]
    assert 3 <= len(weights) <= 5
    assert sorted(weights) == [0] * (len(weights) - 1) + [100]


@pytest.mark.parametrize("question", BY_TYPE["multiple"])
def test_a_multiple_choice_question_shares_full_marks_among_its_right_options(question):
    weights = [weight for _, weight in question["options"]]
    right = [weight for weight in weights if weight > 0]
    wrong = [weight for weight in weights if weight <= 0]
    assert 4 <= len(weights) <= 6
    assert len(right) >= 2
    assert sum(right) == 100
    assert len(wrong) >= 1
    assert all(weight < 0 for weight in wrong), "a wrong option must cost marks"


@pytest.mark.parametrize("question", BY_TYPE["true_false"])
def test_a_true_false_question_offers_dung_and_sai_with_one_of_them_right(question):
    assert [text for text, _ in question["options"]] == ["Đúng", "Sai"]
    assert set(question["options"]) in TRUE_FALSE_OPTIONS


def test_no_question_asks_for_the_total_of_individual_exemplars():
    """Seed 001's per-field exemplar counts do not add up to its stated total, so it is not asked."""
    for question in QUESTIONS:
        asked = " ".join([question["text"], question["evidence"], *(text for text, _ in question["options"])])
        assert "1.994" not in asked and "1,994" not in asked, label(question)
