"""Which choice questions may be saved, and how answers are scored, as in Moodle."""

from decimal import Decimal

import pytest

from quizzes.rules import MULTIPLE, SINGLE, TRUE_FALSE, problems_with, score

pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize(
    "kind, weights",
    [
        (SINGLE, [100, 0, 0, 0]),
        (TRUE_FALSE, [0, 100]),
        (MULTIPLE, [50, 50, -100, -50]),
        (MULTIPLE, ["33.33", "33.33", "33.34", -100]),
    ],
)
def test_well_formed_questions_have_no_problem(kind, weights):
    assert problems_with(kind, weights) == []


@pytest.mark.parametrize(
    "kind, weights, problem",
    [
        (SINGLE, [100], "at least two options"),
        (SINGLE, [0, 0, 0], "exactly one correct option"),
        (SINGLE, [100, 100, 0], "exactly one correct option"),
        (TRUE_FALSE, [100, 0, 0], "exactly two options"),
        (MULTIPLE, [50, 40, -100], "add up to 90"),
        (MULTIPLE, [100, -100], "at least two correct options"),
        (MULTIPLE, [50, 50, 0], "negative weight"),
        (SINGLE, [150, 0], "between -100 % and 100 %"),
    ],
)
def test_malformed_questions_are_refused_with_the_reason(kind, weights, problem):
    assert any(problem in message for message in problems_with(kind, weights))


def test_a_wrong_option_chosen_subtracts_its_weight_but_never_below_zero():
    weights = {"a": 50, "b": 50, "c": -50, "d": -100}

    assert score(weights, {"a", "b"}) == 1
    assert score(weights, {"a", "c"}) == 0
    assert score(weights, {"a", "b", "c"}) == Decimal("0.5")
    assert score(weights, {"a", "d"}) == 0
    assert score(weights, set()) == 0


def test_an_option_not_in_the_question_earns_nothing():
    assert score({"a": 100, "b": 0}, {"forged"}) == 0
