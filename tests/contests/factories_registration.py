"""Contests with their units, as the registration tests need them (made directly, without an admin)."""

import datetime
import re

from django.utils import timezone

from contests.models import Contest, ContestUnit, Entrant, Entry, Round
from tests.factories import CoursePageFactory, OrganizingUnitFactory

PURPOSE = "Xét giải và công bố kết quả cuộc thi; liên hệ người đoạt giải."


def make_contest(
    name="Cuộc thi trực tuyến tìm hiểu công tác dân vận", units=("Sở Y tế", "Sở Công Thương"), **fields
):
    contest = Contest.objects.create(
        name=name, organizing_unit=OrganizingUnitFactory(), consent_purpose=PURPOSE, **fields
    )
    for order, unit in enumerate(units):
        ContestUnit.objects.create(contest=contest, name=unit, headcount=100, sort_order=order)
    return contest


def make_entrant(contest, user, phone="0912345678", **fields):
    values = {
        "unit": contest.units.first(),
        "full_name": user.get_full_name(),
        "birth_date": datetime.date(1990, 5, 17),
        "consented_at": timezone.now(),
        **fields,
    }
    return Entrant.objects.create(contest=contest, user=user, phone=phone, **values)


def make_entry(entrant):
    """A first try at a round of the entrant's contest, which locks their details."""
    now = timezone.now()
    round_ = Round.objects.create(
        contest=entrant.contest,
        title="Tuần thi thứ nhất",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=6),
        course=CoursePageFactory(),
    )
    return Entry.objects.create(round=round_, entrant=entrant, number=1, started_at=now)


def last_code(outbox):
    """The six-digit code of the last SMS sent."""
    return re.search(r"\b(\d{6})\b", outbox[-1].text).group(1)


def errors(response):
    """The messages of the form on a page, field by field."""
    return [str(error) for form_errors in response.context["form"].errors.values() for error in form_errors]
