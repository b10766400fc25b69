"""Every document in the demo register is supported, word for word, by the seed it names."""

import re
import unicodedata

import pytest

from courses.demo.documents import REFERENCE_DOCUMENTS
from courses.document_codes import KIND_CHOICES, kind_from_code, normalize_code

FIELDS = {"code", "kind", "date", "issuer", "title", "seed", "evidence"}
DOCUMENTS = [
    pytest.param(document, id=f"{document['code']}|{document['issuer']}") for document in REFERENCE_DOCUMENTS
]
DATED = [param for param in DOCUMENTS if param.values[0]["date"] is not None]


def normalise(text):
    """NFC-normalise and collapse every run of whitespace to a single space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def written_dates(day):
    """The ways the seeds write a date: 4/5/2018, 04/5/2018, 04/05/2018, and with dashes."""
    days = {str(day.day), f"{day.day:02}"}
    months = {str(day.month), f"{day.month:02}"}
    return {f"{d}{separator}{m}{separator}{day.year}" for d in days for m in months for separator in "/-"}


def test_the_register_lists_at_least_forty_documents():
    assert len(REFERENCE_DOCUMENTS) >= 40


@pytest.mark.parametrize("document", DOCUMENTS)
def test_an_entry_has_exactly_the_register_fields(document):
    assert set(document) == FIELDS
    assert document["code"] and document["evidence"]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_evidence_is_an_excerpt_of_its_seed(document, seed_texts):
    assert normalise(document["evidence"]) in normalise(seed_texts[document["seed"]])


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_code_is_canonical_and_stated_by_the_evidence(document):
    assert normalize_code(document["code"]) == document["code"]
    assert document["code"] in normalize_code(normalise(document["evidence"]))


@pytest.mark.parametrize("document", DATED)
def test_the_date_is_stated_by_the_evidence(document):
    evidence = normalise(document["evidence"])
    assert any(written in evidence for written in written_dates(document["date"]))


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_kind_is_a_kind_choice_that_agrees_with_the_type_letters(document):
    assert document["kind"] in dict(KIND_CHOICES)
    assert kind_from_code(document["code"]) in {"", document["kind"]}


def test_code_and_issuer_identify_one_entry():
    pairs = [(document["code"], document["issuer"]) for document in REFERENCE_DOCUMENTS]
    assert len(set(pairs)) == len(pairs)


def test_a_central_document_cited_by_several_seeds_has_one_entry():
    """A province's "/TU" code may recur in another province; a "/TW" or "-TTg" code may not."""
    codes = [
        document["code"] for document in REFERENCE_DOCUMENTS if document["code"].endswith(("/TW", "-TTg"))
    ]
    assert len(set(codes)) == len(codes)
