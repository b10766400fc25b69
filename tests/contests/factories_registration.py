"""Contests with their units, entrants and a first try, as the registration tests need them."""

import re

from django.utils import timezone

from tests.contests.factories import (
    ContestFactory,
    ContestUnitFactory,
    EntrantFactory,
    EntryFactory,
    RoundFactory,
)

PURPOSE = "Xét giải và công bố kết quả cuộc thi; liên hệ người đoạt giải."


def make_contest(
    name="Cuộc thi trực tuyến tìm hiểu công tác dân vận", units=("Sở Y tế", "Sở Công Thương"), **fields
):
    contest = ContestFactory(name=name, consent_purpose=PURPOSE, **fields)
    for order, unit in enumerate(units):
        ContestUnitFactory(contest=contest, name=unit, sort_order=order)
    return contest


def make_entrant(contest, user, phone="0912345678", **fields):
    return EntrantFactory(
        contest=contest, user=user, phone=phone, **{"unit": contest.units.first(), **fields}
    )


def make_entry(entrant):
    """A first try at a round of the entrant's contest, which locks their details."""
    round_ = RoundFactory(contest=entrant.contest, title="Tuần thi thứ nhất", bank=False)
    return EntryFactory(
        round=round_,
        entrant=entrant,
        started_at=timezone.now(),
        finished_at=None,
        ending="",
        score=None,
        prediction=None,
    )


def last_code(outbox):
    """The six-digit code of the last SMS sent."""
    return re.search(r"\b(\d{6})\b", outbox[-1].text).group(1)


def errors(response):
    """The messages of the form on a page, field by field."""
    return [str(error) for form_errors in response.context["form"].errors.values() for error in form_errors]
