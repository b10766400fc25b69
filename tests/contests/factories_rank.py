"""Contests for the ranking tests: a contest of two units with a closed round, and entrants' finished
tries written straight to the database (taking a round is tested apart)."""

import datetime
import itertools

from django.utils import timezone

from contests.models import Contest, ContestUnit, Entrant, Entry, Round
from tests.factories import CoursePageFactory, OrganizingUnitFactory, UserFactory

_phones = itertools.count(912000001)


def make_round(organizing_unit=None, units=(("Sở Y tế", 100), ("Sở Công Thương", 50)), **values):
    """A round of a new contest that opened a week ago and closed an hour ago (not yet closed by hand)."""
    now = timezone.now()
    contest = Contest.objects.create(
        name="Cuộc thi trực tuyến tìm hiểu công tác dân vận",
        organizing_unit=organizing_unit or OrganizingUnitFactory(),
        consent_purpose="Xét và trao giải.",
    )
    for order, (name, headcount) in enumerate(units):
        ContestUnit.objects.create(contest=contest, name=name, headcount=headcount, sort_order=order)
    values = {
        "title": "Tuần thi thứ nhất",
        "opens_at": now - datetime.timedelta(days=7),
        "closes_at": now - datetime.timedelta(hours=1),
        "questions_drawn": 10,
        **values,
    }
    if "course" not in values:
        values["course"] = CoursePageFactory()
    return Round.objects.create(contest=contest, **values)


def make_entrant(round, full_name=None, unit=None, phone=None, **values):
    number = next(_phones)
    return Entrant.objects.create(
        contest=round.contest,
        user=values.pop("user", None) or UserFactory(),
        unit=unit or round.contest.units.first(),
        full_name=full_name or f"Người dự thi {number}",
        birth_date=values.pop("birth_date", datetime.date(1990, 5, 17)),
        phone=phone or f"0{number}",
        consented_at=timezone.now(),
        **values,
    )


def make_entry(entrant, round, score, prediction=None, seconds=300, submitted=None):
    """A finished try: ``submitted`` is minutes after the round opened, or a datetime."""
    if not isinstance(submitted, datetime.datetime):
        submitted = round.opens_at + datetime.timedelta(minutes=submitted or 60)
    number = Entry.objects.filter(round=round, entrant=entrant).count() + 1
    return Entry.objects.create(
        round=round,
        entrant=entrant,
        number=number,
        started_at=submitted - datetime.timedelta(seconds=seconds),
        deadline=submitted + datetime.timedelta(minutes=10),
        finished_at=submitted,
        ending=Entry.Ending.SUBMITTED,
        score=score,
        prediction=prediction,
    )
