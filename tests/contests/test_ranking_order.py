"""The ranking of a round: each entrant's best try, then score, prediction, time and submission."""

import datetime

import pytest

from contests.models import Entry, Standing
from contests.ranking import close_round, provisional_ranking
from tests.contests.factories_rank import make_entrant, make_entry, make_round

pytestmark = pytest.mark.django_db


def ranking(round):
    return [
        (standing.entrant.full_name, standing.rank, standing.prize)
        for standing in Standing.objects.filter(round=round)
        .select_related("entrant")
        .order_by("rank", "entry_id")
    ]


def names(round):
    return [name for name, _rank, _prize in ranking(round)]


@pytest.fixture
def round():
    return make_round(first_prizes=1, second_prizes=1, third_prizes=1, consolation_prizes=1)


def test_a_higher_score_ranks_first_whatever_the_rest(round):
    make_entry(make_entrant(round, "An"), round, 80, prediction=1, seconds=10, submitted=1)
    make_entry(make_entrant(round, "Bình"), round, 90, prediction=999, seconds=900, submitted=900)

    close_round(round)

    assert names(round) == ["Bình", "An"]


def test_among_equal_scores_the_prediction_closer_to_the_true_number_ranks_first(round):
    # Two entrants have every answer right: the true number is 2.
    make_entry(make_entrant(round, "An"), round, 100, prediction=10, seconds=10)
    make_entry(make_entrant(round, "Bình"), round, 100, prediction=3, seconds=500)
    make_entry(make_entrant(round, "Chi"), round, 50, prediction=2)

    round = close_round(round)

    assert round.all_correct_count == 2
    assert names(round) == ["Bình", "An", "Chi"]
    assert Standing.objects.get(round=round, entrant__full_name="Bình").prediction_gap == 1


def test_a_prediction_below_the_true_number_is_as_close_as_one_above(round):
    make_entry(make_entrant(round, "An"), round, 100, prediction=0, seconds=100)  # gap 1
    make_entry(make_entrant(round, "Bình"), round, 90, prediction=5, seconds=100)
    make_entry(make_entrant(round, "Chi"), round, 90, prediction=2, seconds=200)  # gap 1
    make_entry(make_entrant(round, "Dũng"), round, 90, prediction=0, seconds=100)  # gap 1, faster

    close_round(round)

    assert names(round) == ["An", "Dũng", "Chi", "Bình"]


def test_no_prediction_ranks_after_every_prediction(round):
    make_entry(make_entrant(round, "An"), round, 90, prediction=None, seconds=10)
    make_entry(make_entrant(round, "Bình"), round, 90, prediction=1000, seconds=900)

    close_round(round)

    assert names(round) == ["Bình", "An"]


def test_among_equal_scores_and_predictions_the_shorter_time_ranks_first(round):
    make_entry(make_entrant(round, "An"), round, 90, prediction=0, seconds=301, submitted=1)
    make_entry(make_entrant(round, "Bình"), round, 90, prediction=0, seconds=300, submitted=500)

    close_round(round)

    assert names(round) == ["Bình", "An"]


def test_among_equal_score_prediction_and_time_the_earlier_submission_ranks_first(round):
    make_entry(make_entrant(round, "An"), round, 90, prediction=0, seconds=300, submitted=61)
    make_entry(make_entrant(round, "Bình"), round, 90, prediction=0, seconds=300, submitted=60)

    close_round(round)

    assert names(round) == ["Bình", "An"]


def test_exact_ties_share_the_rank_and_the_prize_and_the_next_rank_is_skipped(round):
    submitted = round.opens_at.replace(microsecond=0) + datetime.timedelta(hours=2)
    make_entry(make_entrant(round, "An"), round, 100, prediction=2, seconds=300, submitted=submitted)
    make_entry(make_entrant(round, "Bình"), round, 100, prediction=2, seconds=300, submitted=submitted)
    make_entry(make_entrant(round, "Chi"), round, 90, prediction=2, seconds=300, submitted=submitted)
    make_entry(make_entrant(round, "Dũng"), round, 80, prediction=2, seconds=300, submitted=submitted)
    make_entry(make_entrant(round, "Em"), round, 70, prediction=2, seconds=300, submitted=submitted)

    close_round(round)

    assert sorted(ranking(round)[:2]) == [("An", 1, "first"), ("Bình", 1, "first")]
    # One first, one second, one third and one consolation prize go down four places: the tie takes
    # the first two, so Chi (place 3) has the third prize and Dũng (place 4) the consolation prize.
    assert ranking(round)[2:] == [("Chi", 3, "third"), ("Dũng", 4, "consolation"), ("Em", 5, "")]


def test_the_best_try_is_the_highest_score(round):
    entrant = make_entrant(round, "An")
    make_entry(entrant, round, 60, prediction=2, seconds=100, submitted=10)
    best = make_entry(entrant, round, 90, prediction=50, seconds=800, submitted=20)
    make_entry(entrant, round, 70, prediction=2, seconds=100, submitted=30)

    close_round(round)

    standing = Standing.objects.get(round=round)
    assert (standing.entry, standing.score, standing.prediction, standing.tries) == (best, 90, 50, 3)


def test_among_tries_of_equal_score_the_best_is_the_earliest_submitted(round):
    entrant = make_entrant(round, "An")
    make_entry(entrant, round, 90, prediction=2, seconds=100, submitted=30)
    first = make_entry(entrant, round, 90, prediction=40, seconds=600, submitted=20)

    close_round(round)

    assert Standing.objects.get(round=round).entry == first


def test_the_true_number_counts_entrants_not_tries(round):
    twice = make_entrant(round, "An")
    make_entry(twice, round, 100, prediction=1)
    make_entry(twice, round, 100, prediction=1, submitted=90)
    make_entry(make_entrant(round, "Bình"), round, 100, prediction=1)
    make_entry(make_entrant(round, "Chi"), round, 99.99, prediction=1)

    assert close_round(round).all_correct_count == 2


def test_a_person_wins_one_prize_per_round_however_many_good_tries(round):
    entrant = make_entrant(round, "An")
    for minute in (10, 20, 30):
        make_entry(entrant, round, 100, prediction=1, submitted=minute)
    make_entry(make_entrant(round, "Bình"), round, 50, prediction=1)

    close_round(round)

    assert ranking(round) == [("An", 1, "first"), ("Bình", 2, "second")]


def test_a_try_left_open_past_its_time_is_finished_at_close_and_ranked_on_what_it_saved(round):
    entrant = make_entrant(round, "An")
    entry = make_entry(entrant, round, 100, prediction=1)
    entry.finished_at = entry.score = None  # the entrant closed the page; no answer was saved in time
    entry.deadline = round.closes_at
    entry.save()

    round = close_round(round)

    entry.refresh_from_db()
    assert (entry.ending, entry.finished_at, entry.score) == (Entry.Ending.TIMED_OUT, entry.deadline, 0)
    assert round.all_correct_count == 0
    assert [name for name, *_ in ranking(round)] == ["An"]


def test_a_provisional_ranking_keeps_the_true_number_unpublished(round):
    round.closes_at = round.closes_at + datetime.timedelta(days=2)
    round.save()
    make_entry(make_entrant(round, "An"), round, 100, prediction=1)

    assert provisional_ranking(round) == 1

    round.refresh_from_db()
    assert (round.closed_at, round.all_correct_count) == (None, None)
    assert ranking(round) == [("An", 1, "first")]
