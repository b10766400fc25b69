"""The demo course is faithful to its five source articles and complete enough to quiz on."""

import re
import unicodedata

import pytest

from courses.demo.lessons import COURSE, LESSONS

BLOCK_TYPES = {"heading", "paragraph", "quotation", "key_points", "document_citation", "summary"}
RICH_TEXT_TAGS = {"p", "b", "i", "ul", "ol", "li"}
PASSAGE_TYPES = {"paragraph", "quotation", "key_points"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def normalise(text):
    """NFC-normalise and collapse every run of whitespace to a single space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def blocks_of_type(lesson, block_type):
    return [block for block in lesson["body"] if block["type"] == block_type]


def seed_has_quotable_sentence(seed_text):
    """A seed needs a quotation block when it quotes a sentence or slogan between curly quotes."""
    return re.search(r"“[^”]{20,}”", seed_text) is not None


QUOTATIONS = [
    pytest.param(lesson, block, id=f"{lesson['slug']}#{block.get('id', index)}")
    for lesson in LESSONS
    for index, block in enumerate(lesson["body"])
    if block["type"] == "quotation"
]
CITATIONS = [
    pytest.param(block["value"], id=f"{lesson['slug']}:{block['value']['code']}")
    for lesson in LESSONS
    for block in lesson["body"]
    if block["type"] == "document_citation"
]
BY_SLUG = [pytest.param(lesson, id=lesson["slug"]) for lesson in LESSONS]


def test_the_course_describes_itself_for_the_catalogue():
    assert COURSE["slug"] == "dan-van-kheo-trong-co-quan-nha-nuoc"
    assert COURSE["title"] and COURSE["summary"] and COURSE["audience"]
    assert 4 <= len(COURSE["objectives"]) <= 6
    assert COURSE["duration_minutes"] > 0


def test_the_five_lessons_cover_the_five_seeds_one_each(seed_texts):
    assert len(LESSONS) == 5
    assert sorted(lesson["seed"] for lesson in LESSONS) == sorted(seed_texts)


@pytest.mark.parametrize("lesson", BY_SLUG)
def test_a_lesson_is_built_from_a_seed_that_exists(lesson, seed_texts):
    assert lesson["seed"] in seed_texts


def test_lesson_slugs_are_unique_ascii_slugs():
    slugs = [lesson["slug"] for lesson in LESSONS]
    assert len(set(slugs)) == len(slugs)
    assert all(SLUG.match(slug) for slug in slugs)


@pytest.mark.parametrize(("lesson", "block"), QUOTATIONS)
def test_a_quotation_is_copied_verbatim_from_its_lesson_seed(lesson, block, seed_texts):
    quoted = normalise(block["value"]["text"])
    assert quoted, "a quotation must not be empty"
    assert quoted in normalise(seed_texts[lesson["seed"]])


@pytest.mark.parametrize(("lesson", "block"), QUOTATIONS)
def test_a_quotation_names_its_speaker_and_source(lesson, block):
    value = block["value"]
    assert value["speaker"].strip()
    assert value["source"].strip()
    assert "date" in value


@pytest.mark.parametrize("lesson", BY_SLUG)
def test_passage_ids_are_unique_slugs_within_a_lesson(lesson):
    ids = [block["id"] for block in lesson["body"] if "id" in block]
    assert len(set(ids)) == len(ids)
    assert all(SLUG.match(passage_id) for passage_id in ids)


@pytest.mark.parametrize("lesson", BY_SLUG)
def test_every_passage_a_quiz_can_link_to_carries_an_id(lesson):
    unnamed = [block for block in lesson["body"] if block["type"] in PASSAGE_TYPES and not block.get("id")]
    assert unnamed == []


@pytest.mark.parametrize("lesson", BY_SLUG)
def test_a_lesson_uses_only_the_six_block_types(lesson):
    assert {block["type"] for block in lesson["body"]} <= BLOCK_TYPES


@pytest.mark.parametrize("lesson", BY_SLUG)
def test_rich_text_uses_only_the_allowed_tags(lesson):
    for block in lesson["body"]:
        if block["type"] in {"paragraph", "summary"}:
            tags = set(re.findall(r"</?([a-zA-Z0-9]+)[^>]*>", block["value"]))
            assert tags <= RICH_TEXT_TAGS, block.get("id", block["type"])


@pytest.mark.parametrize("lesson", BY_SLUG)
def test_a_lesson_states_its_intro_and_objectives(lesson):
    assert lesson["title"].strip() and lesson["intro"].strip()
    assert 3 <= len(lesson["objectives"]) <= 5
    assert all(objective.strip() for objective in lesson["objectives"])


@pytest.mark.parametrize("lesson", BY_SLUG)
def test_a_lesson_has_key_points(lesson):
    key_points = blocks_of_type(lesson, "key_points")
    assert key_points
    assert all(block["value"]["title"] and block["value"]["points"] for block in key_points)


@pytest.mark.parametrize("lesson", BY_SLUG)
def test_a_lesson_cites_at_least_one_document(lesson):
    assert blocks_of_type(lesson, "document_citation")


@pytest.mark.parametrize("lesson", BY_SLUG)
def test_a_lesson_quotes_its_seed_when_the_seed_has_a_quotable_sentence(lesson, seed_texts):
    if seed_has_quotable_sentence(seed_texts[lesson["seed"]]):
        assert blocks_of_type(lesson, "quotation")


@pytest.mark.parametrize("lesson", BY_SLUG)
def test_a_lesson_ends_with_its_summary(lesson):
    assert lesson["body"][-1]["type"] == "summary"
    assert len(blocks_of_type(lesson, "summary")) == 1


@pytest.mark.parametrize("lesson", BY_SLUG)
def test_short_fields_fit_the_lesson_blocks_limits(lesson):
    """The limits of courses.blocks: heading, key-points title and citation note 255, speaker 120,
    source 255, date 40 characters."""
    for block in lesson["body"]:
        value = block["value"]
        if block["type"] == "heading":
            assert len(value) <= 255
        elif block["type"] == "key_points":
            assert len(value["title"]) <= 255
        elif block["type"] == "document_citation":
            assert len(value["note"]) <= 255
        elif block["type"] == "quotation":
            assert len(value["speaker"]) <= 120
            assert len(value["source"]) <= 255
            assert len(value["date"]) <= 40


@pytest.mark.parametrize("citation", CITATIONS)
def test_a_citation_refers_to_a_document_in_the_register(citation):
    from courses.demo.documents import REFERENCE_DOCUMENTS

    register = {(document["code"], document["issuer"]) for document in REFERENCE_DOCUMENTS}
    assert (citation["code"], citation["issuer"]) in register
