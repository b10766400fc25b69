"""The fairness report of a round: what looks wrong, for an organizer to look into before the prizes.

- several entrants registered from one address within a short time (``CONTEST_SAME_ADDRESS_ENTRANTS``
  or more within ``CONTEST_SAME_ADDRESS_MINUTES``);
- the same name and date of birth on several phones;
- tries finished faster than reading the questions allows (under ``CONTEST_MIN_SECONDS_PER_QUESTION``
  seconds per question).

Nothing here is proof: the organizer decides, and may disqualify (``contests.ranking.disqualify``).
"""

import datetime
from dataclasses import dataclass, field
from itertools import groupby

from django.conf import settings
from django.db.models import Count, DurationField, ExpressionWrapper, F
from django.db.models.functions import Lower, Trim

from .models import Disqualification, Entrant, Entry

LISTED = 500  # rows per list at most: the report is read by a person


@dataclass
class Group:
    """Entrants that look like one person or one machine: ``key`` says what they share."""

    key: str
    entrants: list = field(default_factory=list)


@dataclass
class FairnessReport:
    same_address: list
    same_person: list
    fast_tries: list
    min_seconds: int
    disqualified: set


def report(round):
    contest = round.contest
    return FairnessReport(
        same_address=same_address(contest),
        same_person=same_person(contest),
        fast_tries=list(fast_tries(round)[:LISTED]),
        min_seconds=min_seconds(round),
        disqualified=set(Disqualification.objects.filter(round=round).values_list("entrant_id", flat=True)),
    )


def same_address(contest, now=None):
    """Groups of entrants registered from one address, at least N of them within the window."""
    least = settings.CONTEST_SAME_ADDRESS_ENTRANTS
    window = datetime.timedelta(minutes=settings.CONTEST_SAME_ADDRESS_MINUTES)
    crowded = (
        Entrant.objects.filter(contest=contest, address__isnull=False)
        .values("address")
        .annotate(count=Count("pk"))
        .filter(count__gte=least)
        .values("address")
    )
    entrants = (
        Entrant.objects.filter(contest=contest, address__in=crowded)
        .select_related("unit")
        .order_by("address", "registered_at", "pk")
    )
    groups = []
    for address, together in groupby(entrants, key=lambda entrant: entrant.address):
        together = list(together)
        flagged = set()
        for start in range(len(together) - least + 1):
            run = together[start : start + least]
            if run[-1].registered_at - run[0].registered_at <= window:
                flagged.update(entrant.pk for entrant in run)
        if flagged:
            groups.append(Group(address, [entrant for entrant in together if entrant.pk in flagged]))
    return groups[:LISTED]


def same_person(contest):
    """Groups of entrants with the same name (whatever its case) and date of birth, on several phones."""
    name = Lower(Trim("full_name"))
    repeated = (
        Entrant.objects.filter(contest=contest)
        .annotate(name=name)
        .values("name", "birth_date")
        .annotate(phones=Count("phone", distinct=True))
        .filter(phones__gt=1)
        .order_by("name", "birth_date")[:LISTED]
    )
    groups = []
    for row in repeated:
        entrants = (
            Entrant.objects.filter(contest=contest, birth_date=row["birth_date"])
            .annotate(name=name)
            .filter(name=row["name"])
            .select_related("unit")
            .order_by("registered_at", "pk")
        )
        groups.append(Group(f"{row['name']} – {row['birth_date']:%d/%m/%Y}", list(entrants)))
    return groups


def min_seconds(round):
    """The least time a try can honestly take: the seconds per question times the round's questions."""
    questions = round.questions.count() or round.questions_drawn
    return questions * settings.CONTEST_MIN_SECONDS_PER_QUESTION


def fast_tries(round):
    """The round's finished tries taken in less time than that, fastest first."""
    taken = ExpressionWrapper(F("finished_at") - F("started_at"), output_field=DurationField())
    return (
        Entry.objects.filter(round=round, finished_at__isnull=False, started_at__isnull=False)
        .annotate(taken=taken)
        .filter(taken__lt=datetime.timedelta(seconds=min_seconds(round)))
        .select_related("entrant__unit")
        .order_by("taken", "pk")
    )
