"""Closing a round once, confirming its prizes, reopening them, disqualifying an entrant: each refused
when it must be, and recorded in the round's history."""

import datetime

import pytest
from wagtail.log_actions import registry

from contests.models import Disqualification, Standing
from contests.ranking import (
    RankingRefused,
    close_round,
    confirm_prizes,
    disqualify,
    recompute,
    reopen_ranking,
)
from contests.round_log import CLOSED, DISQUALIFIED, PRIZES_CONFIRMED, REOPENED
from tests.contests.factories_rank import make_entrant, make_entry, make_round
from tests.factories import OrganizerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def round():
    return make_round(first_prizes=1, second_prizes=1, third_prizes=0, consolation_prizes=0)


@pytest.fixture
def organizer(round):
    organizer = OrganizerFactory()
    round.contest.organizing_unit.organizers.add(organizer)
    return organizer


def winners(round):
    return list(
        Standing.objects.filter(round=round)
        .exclude(prize="")
        .order_by("rank")
        .values_list("entrant__full_name", "prize")
    )


def history(round):
    return [
        (entry.action, entry.user, entry.data)
        for entry in registry.get_logs_for_instance(round).order_by("pk")
    ]


def test_a_round_closes_once(round, organizer):
    make_entry(make_entrant(round, "An"), round, 100, prediction=1)
    close_round(round, organizer)

    with pytest.raises(RankingRefused, match="đã đóng"):
        close_round(round, organizer)

    assert Standing.objects.filter(round=round).count() == 1
    assert history(round) == [(CLOSED, organizer, {"all_correct": 1})]


def test_a_round_cannot_be_closed_before_its_closing_time(round):
    round.closes_at = round.closes_at + datetime.timedelta(days=1)
    round.save()

    with pytest.raises(RankingRefused, match="còn mở đến"):
        close_round(round)

    round.refresh_from_db()
    assert round.closed_at is None


def test_a_round_with_tries_still_under_way_is_not_closed_and_nothing_is_stored(round):
    entry = make_entry(make_entrant(round, "An"), round, None)
    entry.finished_at = None
    entry.deadline = round.closes_at + datetime.timedelta(days=365)
    entry.save()

    with pytest.raises(RankingRefused, match="đang làm bài"):
        close_round(round)

    round.refresh_from_db()
    assert (round.closed_at, round.all_correct_count, Standing.objects.count()) == (None, None, 0)


def test_confirmed_prizes_cannot_change_until_an_organizer_reopens_the_ranking(round, organizer):
    an, binh = make_entrant(round, "An"), make_entrant(round, "Bình")
    make_entry(an, round, 100, prediction=1)
    make_entry(binh, round, 90, prediction=1)
    close_round(round, organizer)
    confirm_prizes(round, organizer)

    with pytest.raises(RankingRefused, match="hãy mở lại xếp hạng"):
        disqualify(round, an, "Dùng nhiều số điện thoại.", organizer)
    with pytest.raises(RankingRefused, match="hãy mở lại xếp hạng"):
        recompute(round)
    with pytest.raises(RankingRefused, match=r"đã được xác nhận\.$"):
        confirm_prizes(round, organizer)
    assert winners(round) == [("An", "first"), ("Bình", "second")]
    assert not Disqualification.objects.exists()

    with pytest.raises(RankingRefused, match="lý do mở lại"):
        reopen_ranking(round, "  ", organizer)
    reopen_ranking(round, "Khiếu nại của người dự thi", organizer)
    disqualify(round, an, "Dùng nhiều số điện thoại.", organizer)

    assert winners(round) == [("Bình", "first")]
    assert [action for action, _user, _data in history(round)] == [
        CLOSED,
        PRIZES_CONFIRMED,
        REOPENED,
        DISQUALIFIED,
    ]
    assert history(round)[2] == (REOPENED, organizer, {"reason": "Khiếu nại của người dự thi"})


def test_prizes_are_confirmed_only_once_the_round_is_closed(round):
    with pytest.raises(RankingRefused, match="Hãy đóng tuần thi"):
        confirm_prizes(round)


def test_reopening_what_is_not_confirmed_is_refused(round):
    close_round(round)

    with pytest.raises(RankingRefused, match="không có gì để mở lại"):
        reopen_ranking(round, "Lý do")


def test_a_disqualified_entrant_is_not_ranked_and_the_true_number_is_counted_again(round, organizer):
    cheat, honest, third = make_entrant(round, "An"), make_entrant(round, "Bình"), make_entrant(round, "Chi")
    make_entry(cheat, round, 100, prediction=2, seconds=20)
    make_entry(honest, round, 100, prediction=2, seconds=600)
    make_entry(third, round, 80, prediction=1)
    close_round(round, organizer)
    assert winners(round) == [("An", "first"), ("Bình", "second")]

    disqualify(round, cheat, "Làm bài quá nhanh.", organizer)

    round.refresh_from_db()
    assert round.all_correct_count == 1
    assert winners(round) == [("Bình", "first"), ("Chi", "second")]
    assert not Standing.objects.filter(entrant=cheat).exists()
    assert history(round)[-1] == (
        DISQUALIFIED,
        organizer,
        {"entrant_id": cheat.pk, "entrant": "An", "phone": cheat.phone, "reason": "Làm bài quá nhanh."},
    )


def test_a_disqualification_needs_a_reason_and_happens_once(round, organizer):
    entrant = make_entrant(round, "An")

    with pytest.raises(RankingRefused, match="lý do loại"):
        disqualify(round, entrant, "", organizer)
    disqualify(round, entrant, "Trùng người", organizer)
    with pytest.raises(RankingRefused, match="đã bị loại"):
        disqualify(round, entrant, "Trùng người", organizer)

    assert Disqualification.objects.count() == 1


def test_a_disqualified_entrant_wins_nothing_even_in_a_provisional_ranking(round):
    round.closes_at = round.closes_at + datetime.timedelta(days=1)
    round.save()
    entrant = make_entrant(round, "An")
    make_entry(entrant, round, 100, prediction=1)
    disqualify(round, entrant, "Trùng người")

    close_round(round, now=round.closes_at)

    assert winners(round) == []
