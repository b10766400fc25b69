"""Contests for the ranking tests: a contest of two units with a closed round, and entrants' finished
tries written straight to the database (taking a round is tested apart)."""

import datetime
import itertools

from tests.contests.factories import (
    ContestFactory,
    ContestUnitFactory,
    EntrantFactory,
    EntryFactory,
    RoundFactory,
)
from tests.factories import OrganizingUnitFactory, UserFactory

_phones = itertools.count(912000001)


def make_round(organizing_unit=None, units=(("Sở Y tế", 100), ("Sở Công Thương", 50)), **values):
    """A round of a new contest that opened a week ago and closed an hour ago (not yet closed by hand)."""
    contest = ContestFactory(
        name="Cuộc thi trực tuyến tìm hiểu công tác dân vận",
        organizing_unit=organizing_unit or OrganizingUnitFactory(),
    )
    for order, (name, headcount) in enumerate(units):
        ContestUnitFactory(contest=contest, name=name, headcount=headcount, sort_order=order)
    values = {"title": "Tuần thi thứ nhất", "questions_drawn": 10, **values}
    return RoundFactory(contest=contest, closed=True, bank=False, **values)


def make_entrant(round, full_name=None, unit=None, phone=None, **values):
    number = next(_phones)
    return EntrantFactory(
        contest=round.contest,
        user=values.pop("user", None) or UserFactory(),
        unit=unit or round.contest.units.first(),
        full_name=full_name or f"Người dự thi {number}",
        phone=phone or f"0{number}",
        **values,
    )


def make_entry(entrant, round, score, prediction=None, seconds=300, submitted=None):
    """A finished try: ``submitted`` is minutes after the round opened, or a datetime."""
    if not isinstance(submitted, datetime.datetime):
        submitted = round.opens_at + datetime.timedelta(minutes=submitted or 60)
    return EntryFactory(
        round=round,
        entrant=entrant,
        number=round.entries.filter(entrant=entrant).count() + 1,
        started_at=submitted - datetime.timedelta(seconds=seconds),
        deadline=submitted + datetime.timedelta(minutes=10),
        finished_at=submitted,
        score=score,
        prediction=prediction,
    )
