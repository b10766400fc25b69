"""The unit table of a round and of the whole contest, and the collective prizes."""

from decimal import Decimal

import pytest

from contests.ranking import close_round, disqualify
from contests.units import collective_prizes, contest_units, round_units
from tests.contests.factories import RoundFactory
from tests.contests.factories_rank import make_entrant, make_entry, make_round

pytestmark = pytest.mark.django_db


def figures(table):
    return [
        (unit.name, unit.entrants, unit.entries, unit.participation_rate, unit.average_score, unit.prizes)
        for unit in table
    ]


def test_the_unit_table_counts_entrants_tries_rate_average_and_prizes():
    round = make_round(
        units=(("Sở Y tế", 100), ("Sở Công Thương", 4), ("Sở Tư pháp", 0)),
        first_prizes=1,
        second_prizes=1,
        third_prizes=0,
        consolation_prizes=0,
    )
    health, trade, justice = round.contest.units.all()
    an = make_entrant(round, "An", unit=health)
    make_entry(an, round, 60, prediction=1, submitted=10)
    make_entry(an, round, 100, prediction=1, submitted=20)  # best try
    make_entry(make_entrant(round, "Bình", unit=trade), round, 90, prediction=1)
    make_entry(make_entrant(round, "Chi", unit=trade), round, 75, prediction=1)
    make_entry(make_entrant(round, "Dũng", unit=justice), round, 50, prediction=1)
    make_entrant(round, "Em", unit=health)  # registered, never finished a try

    close_round(round)
    table = round_units(round)

    assert figures(table) == [
        ("Sở Y tế", 1, 2, Decimal("1.0"), Decimal("100.00"), 1),
        ("Sở Công Thương", 2, 2, Decimal("50.0"), Decimal("82.50"), 1),
        ("Sở Tư pháp", 1, 1, None, Decimal("50.00"), 0),  # no headcount declared: no rate
    ]
    prizes = collective_prizes(table)
    assert [unit.name for unit in prizes.most_entrants] == ["Sở Công Thương"]
    assert [unit.name for unit in prizes.highest_rate] == ["Sở Công Thương"]


def test_units_level_on_a_figure_share_the_collective_prize_and_a_unit_without_entrants_shows_zero():
    round = make_round(units=(("A", 10), ("B", 10), ("C", 10)))
    a, b, _c = round.contest.units.all()
    make_entry(make_entrant(round, unit=a), round, 80, prediction=1)
    make_entry(make_entrant(round, unit=b), round, 70, prediction=1)

    close_round(round)
    table = round_units(round)

    assert figures(table)[2] == ("C", 0, 0, Decimal("0.0"), None, 0)
    assert [unit.name for unit in collective_prizes(table).most_entrants] == ["A", "B"]
    assert [unit.name for unit in collective_prizes(table).highest_rate] == ["A", "B"]


def test_a_disqualified_entrant_leaves_the_unit_table():
    round = make_round(units=(("A", 10),))
    cheat = make_entrant(round)
    make_entry(cheat, round, 100, prediction=1)
    make_entry(make_entrant(round), round, 50, prediction=1)
    close_round(round)

    disqualify(round, cheat, "Gian lận")

    assert figures(round_units(round)) == [("A", 1, 1, Decimal("10.0"), Decimal("50.00"), 1)]


def test_the_contest_table_counts_each_entrant_once_over_its_closed_rounds():
    first = make_round(
        units=(("A", 10),), first_prizes=1, second_prizes=0, third_prizes=0, consolation_prizes=0
    )
    same = {"contest": first.contest, "closed": True, "bank": False, "course": first.course}
    second = RoundFactory(
        title="Tuần thi thứ hai",
        first_prizes=1,
        second_prizes=0,
        third_prizes=0,
        consolation_prizes=0,
        **same,
    )
    third = RoundFactory(title="Tuần thi thứ ba", **same)
    an, binh = make_entrant(first, "An"), make_entrant(first, "Bình")
    make_entry(an, first, 100, prediction=1)
    make_entry(an, second, 80, prediction=1)
    make_entry(an, second, 60, prediction=1, submitted=90)
    make_entry(binh, second, 90, prediction=1)
    make_entry(binh, third, 90, prediction=1)  # third round not closed: not counted yet
    close_round(first)
    close_round(second)

    assert figures(contest_units(first.contest)) == [("A", 2, 4, Decimal("20.0"), Decimal("90.00"), 2)]
