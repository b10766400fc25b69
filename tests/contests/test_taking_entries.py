"""Taking a round, step by step: the draw, the tries, the start (twice, in two tabs, too late), the
autosave, the deadline, the prediction and the submit."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from contests.entries import (
    ENTRY_OWNERSHIP,
    InvalidPrediction,
    draw_for,
    finish_entry,
    parse_prediction,
    start_entry,
    submit_entry,
)
from contests.models import Entry, EntryQuestion
from contests.tasks import sweep_overdue_entries
from quizzes.attempts import QuizRefused, save_answer, slots_to_answer
from quizzes.bank import add_question
from quizzes.models import QuestionCategory
from tests.contests.factories import EntrantFactory, RoundFactory
from tests.factories import add_questions
from tests.threads import at_once

pytestmark = pytest.mark.django_db


@pytest.fixture
def round():
    return RoundFactory()


@pytest.fixture
def entrant(round):
    return EntrantFactory(contest=round.contest)


def answer_all(entry, right=True):
    for slot in entry.slots.select_related("question"):
        options = slot.version.in_order(slot.option_order)
        chosen = next(option for option in options if (option.weight > 0) == right)
        save_answer(entry, slot, [chosen.pk], 1)


def test_a_round_draws_its_number_of_questions_from_its_course_shuffled_per_entry(round):
    draws = {tuple(question.pk for question in draw_for(round)) for _ in range(30)}

    assert {len(drawn) for drawn in draws} == {3}
    assert len(draws) > 1
    assert {pk for drawn in draws for pk in drawn} <= set(round.course.questions.values_list("pk", flat=True))


def test_a_round_with_a_category_draws_from_it_alone():
    round = RoundFactory(bank=2, questions_drawn=2)
    other = add_questions(round.course, 4, category="Bài 2")
    round.category = QuestionCategory.objects.get(course=round.course, name="Bài 2")
    round.save()

    for _ in range(10):
        assert {question.pk for question in draw_for(round)} <= {question.pk for question in other}


def test_a_round_with_fixed_questions_gives_every_entry_exactly_them_in_a_shuffled_order():
    round = RoundFactory(bank=6, questions_drawn=2)
    fixed = list(round.course.questions.all()[:4])
    round.questions.set(fixed)

    orders = {tuple(question.pk for question in draw_for(round)) for _ in range(30)}

    assert {frozenset(order) for order in orders} == {frozenset(question.pk for question in fixed)}
    assert len(orders) > 1


def test_options_are_shuffled_but_true_false_keeps_its_order(round, entrant):
    true_false = add_question(
        round.course,
        kind="true_false",
        text="<p>Đúng hay sai?</p>",
        options=[("Đúng", 100, ""), ("Sai", 0, "")],
    )
    round.questions.set([true_false, *round.course.questions.exclude(pk=true_false.pk)[:2]])
    orders = set()
    for _ in range(12):
        entry = start_entry(entrant, round)
        slots = {slot.question_id: slot.option_order for slot in entry.slots.all()}
        assert slots[true_false.pk] == [option.pk for option in true_false.options.all()]
        orders.update(tuple(order) for pk, order in slots.items() if pk != true_false.pk)
        Entry.objects.filter(pk=entry.pk).delete()
    assert len(orders) > 2


def test_starting_draws_the_slots_and_sets_a_deadline_from_the_time_limit(round, entrant):
    entry = start_entry(entrant, round)

    assert entry.number == 1
    assert entry.slots.count() == 3
    assert entry.deadline - entry.started_at == datetime.timedelta(minutes=15)


def test_the_deadline_never_runs_past_the_rounds_close(entrant):
    round = RoundFactory(contest=entrant.contest, closes_at=timezone.now() + datetime.timedelta(minutes=5))

    entry = start_entry(entrant, round)

    assert entry.deadline == round.closes_at


def test_a_double_start_gives_the_same_open_entry(round, entrant):
    assert start_entry(entrant, round).pk == start_entry(entrant, round).pk
    assert Entry.objects.count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_tabs_starting_together_share_one_entry():
    round = RoundFactory()
    entrant = EntrantFactory(contest=round.contest)
    started = []

    at_once(*[lambda: started.append(start_entry(entrant, round).pk)] * 2)

    assert len(started) == 2 and len(set(started)) == 1
    assert Entry.objects.count() == 1


def test_one_try_allowed_refuses_a_second(round, entrant):
    finish_entry(start_entry(entrant, round), prediction=10)

    with pytest.raises(QuizRefused) as refused:
        start_entry(entrant, round)

    assert refused.value.reason == "no_tries_left"


def test_three_tries_allowed_give_three_numbered_entries_then_refuse(entrant):
    round = RoundFactory(contest=entrant.contest, tries_allowed=3)
    numbers = [finish_entry(start_entry(entrant, round), prediction=5).number for _ in range(3)]

    assert numbers == [1, 2, 3]
    with pytest.raises(QuizRefused, match="no_tries_left"):
        start_entry(entrant, round)


def test_a_try_after_the_round_closed_is_refused_and_nothing_is_stored(entrant):
    round = RoundFactory(
        contest=entrant.contest,
        opens_at=timezone.now() - datetime.timedelta(days=7),
        closes_at=timezone.now() - datetime.timedelta(minutes=1),
    )

    with pytest.raises(QuizRefused, match="closed"):
        start_entry(entrant, round)
    assert not Entry.objects.exists()


def test_a_try_in_a_round_closed_early_by_the_organizer_is_refused(round, entrant):
    round.closed_at = timezone.now()
    round.save()

    with pytest.raises(QuizRefused, match="closed"):
        start_entry(entrant, round)


def test_a_try_before_the_round_opens_is_refused(entrant):
    round = RoundFactory(contest=entrant.contest, opens_at=timezone.now() + datetime.timedelta(hours=1))

    with pytest.raises(QuizRefused, match="not_open"):
        start_entry(entrant, round)


def test_answers_are_saved_through_the_quizs_autosave_and_a_stale_one_is_ignored(round, entrant):
    entry = start_entry(entrant, round)
    slot_id = entry.slots.first().pk
    loaded, slots = slots_to_answer(entrant.user, entry.pk, [slot_id], ENTRY_OWNERSHIP)
    slot = slots[slot_id]
    first, second = slot.option_order[:2]

    assert save_answer(loaded, slot, [second], 2)
    assert not save_answer(loaded, slot, [first], 1)

    assert EntryQuestion.objects.get(pk=slot_id).chosen == [second]


def test_an_autosave_finds_no_slot_in_someone_elses_entry(round, entrant):
    entry = start_entry(entrant, round)
    stranger = EntrantFactory(contest=round.contest)

    with pytest.raises(EntryQuestion.DoesNotExist):
        slots_to_answer(stranger.user, entry.pk, [entry.slots.first().pk], ENTRY_OWNERSHIP)


def test_an_answer_after_the_deadline_and_grace_is_refused(round, entrant, settings):
    entry = start_entry(entrant, round)
    loaded, slots = slots_to_answer(entrant.user, entry.pk, [entry.slots.first().pk], ENTRY_OWNERSHIP)
    slot = next(iter(slots.values()))
    late = entry.deadline + datetime.timedelta(seconds=settings.QUIZ_ANSWER_GRACE_SECONDS + 1)

    with pytest.raises(QuizRefused, match="late"):
        save_answer(loaded, slot, slot.option_order[:1], 1, now=late)


def test_submitting_grades_stores_the_prediction_and_the_time_taken(round, entrant):
    entry = start_entry(entrant, round)
    answer_all(entry)

    entry = submit_entry(entry, " 1 250 ", now=entry.started_at + datetime.timedelta(minutes=4, seconds=5))

    assert entry.score == Decimal("100.00")
    assert entry.prediction == 1250
    assert entry.time_taken == datetime.timedelta(minutes=4, seconds=5)
    assert entry.ending == Entry.Ending.SUBMITTED
    assert set(entry.slots.values_list("fraction", flat=True)) == {Decimal(1)}


@pytest.mark.parametrize("typed", ["abc", "-3", "1.5", "", "  ", "1e3", "٣", "99999999999"])
def test_a_prediction_that_is_not_a_whole_number_from_zero_is_refused_and_nothing_stored(
    round, entrant, typed
):
    entry = start_entry(entrant, round)

    with pytest.raises(InvalidPrediction):
        submit_entry(entry, typed)

    entry.refresh_from_db()
    assert entry.is_open and entry.prediction is None and entry.score is None


def test_the_prediction_messages_say_what_is_wrong_in_vietnamese():
    with pytest.raises(InvalidPrediction, match="không được là số âm"):
        parse_prediction("-3")
    with pytest.raises(InvalidPrediction, match="số nguyên"):
        parse_prediction("1.5")
    with pytest.raises(InvalidPrediction, match="nhập dự đoán"):
        parse_prediction("")
    assert parse_prediction("0") == 0


def test_an_entry_over_its_deadline_is_finished_with_the_answers_saved_in_time(round, entrant, settings):
    entry = start_entry(entrant, round)
    answer_all(entry)
    later = entry.deadline + datetime.timedelta(seconds=settings.QUIZ_ANSWER_GRACE_SECONDS + 5)

    entry = submit_entry(entry, "", now=later)

    assert entry.ending == Entry.Ending.TIMED_OUT
    assert entry.finished_at == entry.deadline
    assert entry.score == Decimal("100.00")
    assert entry.prediction is None


def test_the_timers_own_submit_within_the_grace_keeps_a_valid_prediction(round, entrant):
    entry = start_entry(entrant, round)

    entry = submit_entry(entry, "42", now=entry.deadline + datetime.timedelta(seconds=2))

    assert entry.prediction == 42 and not entry.is_open


def test_an_overdue_open_entry_is_finished_when_the_entrant_starts_again(entrant):
    round = RoundFactory(contest=entrant.contest, tries_allowed=2)
    first = start_entry(entrant, round)
    later = first.deadline + datetime.timedelta(hours=1)

    second = start_entry(entrant, round, now=later)

    first.refresh_from_db()
    assert first.ending == Entry.Ending.TIMED_OUT and second.number == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_racing_submits_finish_and_grade_an_entry_once():
    round = RoundFactory()
    entrant = EntrantFactory(contest=round.contest)
    entry = start_entry(entrant, round)
    answer_all(entry)
    finished_at = []

    def submit():
        try:
            finished_at.append(submit_entry(Entry.objects.get(pk=entry.pk), "7").finished_at)
        except QuizRefused:
            finished_at.append(Entry.objects.get(pk=entry.pk).finished_at)

    at_once(*[submit] * 20)

    entry.refresh_from_db()
    assert len(finished_at) == 20 and set(finished_at) == {entry.finished_at}
    assert entry.score == 100 and entry.prediction == 7


def test_the_sweep_finishes_entries_left_open_past_their_deadline_and_no_other(round, entrant):
    left = start_entry(entrant, round)
    answer_all(left)
    Entry.objects.filter(pk=left.pk).update(deadline=timezone.now() - datetime.timedelta(hours=1))
    taking = start_entry(EntrantFactory(contest=round.contest), round)

    assert sweep_overdue_entries() == 1

    left.refresh_from_db()
    taking.refresh_from_db()
    assert left.ending == Entry.Ending.TIMED_OUT and left.score == 100 and left.finished_at == left.deadline
    assert taking.is_open
