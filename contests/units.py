"""The unit table (per round, and for the whole contest) and the collective prizes.

Per participating unit: its entrants (people ranked: those with a counted try), their tries, the
participation rate (entrants ÷ the unit's declared headcount), the average of the entrants' best scores
and the prizes won. The figures are read from the standings (``contests.ranking``), so a round has them
once it is ranked; the whole contest's come from its closed rounds, an entrant counted once however
many rounds they took. The collective prizes go to the unit(s) with the most entrants and with the
highest participation rate; units level on the figure share it.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Avg, Count, Q, Sum

from .models import Standing, UnitStanding


@dataclass
class UnitFigures:
    name: str
    headcount: int
    entrants: int = 0
    entries: int = 0
    average_score: Decimal | None = None
    prizes: int = 0

    @property
    def participation_rate(self):
        """Percent, to one decimal; None for a unit that declared no headcount."""
        if not self.headcount:
            return None
        return (Decimal(self.entrants * 100) / self.headcount).quantize(Decimal("0.1"), ROUND_HALF_UP)


def round_units(round):
    """The unit table of one ranked round, in the contest's order of units."""
    rows = UnitStanding.objects.filter(round=round).values(
        "unit_id", "entrants", "entries", "average_score", "prizes"
    )
    return _table(round.contest, rows)


def contest_units(contest):
    """The unit table of the whole contest, from its closed rounds."""
    rows = (
        Standing.objects.filter(round__contest=contest, round__closed_at__isnull=False)
        .order_by()
        .values("unit_id")
        .annotate(
            entrants=Count("entrant_id", distinct=True),
            entries=Sum("tries"),
            average_score=Avg("score"),
            prizes=Count("pk", filter=~Q(prize="")),
        )
    )
    return _table(contest, rows)


def _table(contest, rows):
    figures = {row["unit_id"]: row for row in rows}
    table = []
    for unit in contest.units.all():
        row = figures.get(unit.pk)
        table.append(
            UnitFigures(unit.name, unit.headcount)
            if row is None
            else UnitFigures(
                unit.name,
                unit.headcount,
                row["entrants"],
                row["entries"],
                Decimal(str(row["average_score"])).quantize(Decimal("0.01"), ROUND_HALF_UP),
                row["prizes"],
            )
        )
    return table


@dataclass
class CollectivePrizes:
    most_entrants: list
    highest_rate: list


def collective_prizes(table):
    """The units with the most entrants and those with the highest participation rate (none at zero)."""
    return CollectivePrizes(
        _leaders(table, lambda unit: unit.entrants), _leaders(table, lambda unit: unit.participation_rate)
    )


def _leaders(table, figure):
    values = [figure(unit) for unit in table if figure(unit)]
    if not values:
        return []
    best = max(values)
    return [unit for unit in table if figure(unit) == best]
