"""Taking a quiz, in small named steps: start (draw the questions), save an answer, finish and grade.

A contest entry is taken by the same steps (``contests.entries``): ``drawing.draw``, ``add_slots``,
``slots_to_answer``, ``save_answers``, ``finish`` and ``grade`` take any attempt and its slots.

The deadline is the server's. An answer reaching the server after the deadline plus a short grace
(``QUIZ_ANSWER_GRACE_SECONDS``) is refused; an attempt left open past it is finished with the
answers saved in time, when the trainee comes back and by a periodic sweep.
"""

import functools
import json
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from . import allowances, rules, signals
from .drawing import draw_questions, load_bank, option_order
from .models import Attempt, AttemptQuestion, Question, Quiz
from .results import attempt_score
from .templatetags.attempt_tags import questions_to_answer
from .versions import snapshot_of


class QuizRefused(Exception):
    """The trainee may not do this now; ``reason`` names why, for the message shown."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def grace():
    return timedelta(seconds=settings.QUIZ_ANSWER_GRACE_SECONDS)


def check_open(quiz, enrollment, now):
    if quiz.opens_at and now < quiz.opens_at:
        raise QuizRefused("not_open")
    if quiz.closes_at and now > quiz.closes_at:
        raise QuizRefused("closed")
    if timezone.localdate(now) > enrollment.training_class.ends_on:
        raise QuizRefused("class_ended")


def start_attempt(enrollment, quiz, now=None):
    """The open attempt of this trainee, or a new one with its questions drawn and ordered.

    A prepared attempt (see ``prepare_attempts``) is started now: its time runs from this moment.
    """
    now = now or timezone.now()
    # At most one (``one_open_attempt``): no display order, whose joins a start would pay for.
    current = (
        Attempt.objects.filter(enrollment=enrollment, quiz=quiz, finished_at__isnull=True).order_by().first()
    )
    if current and is_overdue(current, now):
        finish_attempt(current, now=current.deadline, ending=Attempt.Ending.TIMED_OUT)
        current = None
    if current and current.is_started:
        return current
    check_open(quiz, enrollment, now)
    if current:
        return stamp_start(current, quiz, enrollment, now)
    number = next_number(enrollment, quiz)
    questions = draw_questions(quiz)
    if not questions:
        raise QuizRefused("empty_bank")
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                enrollment=enrollment, quiz=quiz, number=number, **times(quiz, enrollment, now)
            )
            add_slots(attempt, questions, quiz.shuffle_options)
    except IntegrityError:
        # Two starts raced (a double click), or the attempt was being prepared: the database kept one.
        current = Attempt.objects.get(enrollment=enrollment, quiz=quiz, finished_at__isnull=True)
        return current if current.is_started else stamp_start(current, quiz, enrollment, now)
    return attempt


def next_number(enrollment, quiz):
    """The number of this trainee's next attempt; refused when none is left."""
    used = Attempt.objects.filter(enrollment=enrollment, quiz=quiz).aggregate(n=Max("number"))["n"] or 0
    allowed = allowances.attempts_allowed(quiz, enrollment)
    if allowed and used >= allowed:
        raise QuizRefused("no_attempts_left")
    return used + 1


def times(quiz, enrollment, now):
    """An attempt started ``now``: its start and its deadline (the trainee's time limit, with any extra
    time granted, or the quiz's close)."""
    return {"started_at": now, "deadline": allowances.deadline_of(quiz, enrollment, now)}


def stamp_start(attempt, quiz, enrollment, now):
    """Start a prepared attempt: one conditional UPDATE, so that of two racing starts the first one stamps.

    The start that stamps keeps the questions written at preparation for its page (``prepared_page_questions``),
    and empties them in the database: no later page may show them, answers given since are not in them.
    """
    started = times(quiz, enrollment, now)
    if Attempt.objects.filter(pk=attempt.pk, started_at__isnull=True).update(
        **started, prepared_questions=""
    ):
        attempt.started_at, attempt.deadline = started["started_at"], started["deadline"]
    else:
        attempt.refresh_from_db(fields=["started_at", "deadline"])
        attempt.prepared_questions = ""
    return attempt


def prepared_page_questions(attempt):
    """The questions written at the preparation of ``attempt``, which this request has just started, if the
    page is in the language they were written in; else None, and the page writes them."""
    if attempt.prepared_questions and translation.get_language() == settings.LANGUAGE_CODE:
        return mark_safe(attempt.prepared_questions)  # written by questions_to_answer, every value escaped
    return None


def add_slots(attempt, questions, shuffle_options):
    """The drawn ``questions`` as the slots of ``attempt`` (a quiz attempt or a contest entry), in order,
    each with its options' order."""
    slots = attempt.slots
    slots.model.objects.bulk_create(
        slots.model(
            **{slots.field.name: attempt},
            question=question,
            position=position,
            option_order=option_order(question, shuffle_options),
            snapshot=snapshot_of(question),
        )
        for position, question in enumerate(questions, start=1)
    )


def prepare_attempts(training_class, now=None):
    """Draw the next attempt of every trainee of ``training_class`` before the quiz opens; returns how many.

    On exam day a hall of trainees presses start at once; with their attempts prepared, starting only
    stamps the time (``stamp_start``), and the deadline still runs from that moment. Each attempt's
    questions are written here too, as its first page shows them (``prepared_page_questions``). A prepared
    attempt is not started: it is not counted as an attempt used, and shows no question. Trainees
    with an open attempt or no attempt left are skipped; running it again prepares nothing twice.
    """
    now = now or timezone.now()
    quiz = Quiz.objects.filter(course=training_class.course_id).first()
    if (
        quiz is None
        or (quiz.closes_at and now > quiz.closes_at)
        or timezone.localdate(now) > training_class.ends_on
    ):
        return 0
    bank = load_bank(quiz)
    prepared = 0
    open_attempt = Attempt.objects.filter(enrollment=OuterRef("pk"), quiz=quiz, finished_at__isnull=True)
    for enrollment in training_class.enrollments.exclude(Exists(open_attempt)).select_related("allowance"):
        try:
            number = next_number(enrollment, quiz)
        except QuizRefused:
            continue
        questions = draw_questions(quiz, bank)
        if not questions:
            break
        try:
            with transaction.atomic():
                attempt = Attempt.objects.create(enrollment=enrollment, quiz=quiz, number=number)
                add_slots(attempt, questions, quiz.shuffle_options)
                with translation.override(settings.LANGUAGE_CODE):
                    attempt.prepared_questions = questions_to_answer(attempt.slots.all())
                attempt.save(update_fields=["prepared_questions"])
        except IntegrityError:
            continue  # the trainee started meanwhile
        prepared += 1
    return prepared


SLOTS_TO_ANSWER = """
    SELECT attempt.id, attempt.started_at, attempt.deadline, attempt.finished_at,
           slot.id AS slot_id, slot.option_order AS slot_option_order,
           question.id AS question_id, question.kind AS question_kind
    FROM {slot_table} slot
    JOIN {attempt_table} attempt ON attempt.id = slot.{attempt_column}
    JOIN {owner_table} owner ON owner.id = attempt.{owner_column}
    JOIN quizzes_question question ON question.id = slot.question_id
    WHERE slot.id IN ({{slots}}) AND slot.{attempt_column} = %s AND owner.{user_column} = %s
"""


# How a slot leads to the user who owns it: a quiz attempt's slot through its enrolment's trainee.
QUIZ_OWNERSHIP = (AttemptQuestion, "attempt", "enrollment", "trainee")


@functools.cache
def slots_query(slot_model, attempt_field, owner_field, user_field):
    """``SLOTS_TO_ANSWER`` for slots of ``slot_model``, owned through ``attempt_field``, then the
    attempt's ``owner_field``, then its ``user_field``."""
    attempt = slot_model._meta.get_field(attempt_field)
    owner = attempt.related_model._meta.get_field(owner_field)
    return SLOTS_TO_ANSWER.format(
        slot_table=slot_model._meta.db_table,
        attempt_table=attempt.related_model._meta.db_table,
        attempt_column=attempt.column,
        owner_table=owner.related_model._meta.db_table,
        owner_column=owner.column,
        user_column=owner.related_model._meta.get_field(user_field).column,
    )


def slots_to_answer(user, attempt_id, slot_ids, ownership=QUIZ_OWNERSHIP):
    """The attempt ``attempt_id`` of ``user`` and its slots ``slot_ids`` (by id), with just what
    ``check_answer`` reads.

    ``ownership`` names the slot model and the path from it to its user (``QUIZ_OWNERSHIP``; a contest
    entry's in ``contests.entries``); each slot's attempt is set on the field of that name. Raises the
    slot model's ``DoesNotExist`` when the attempt is not theirs or a slot not in it. Every autosave of
    every trainee starts here, so it is one query, written in SQL: building this join with the ORM took
    longer than the database took to run it (bench/quiz_load.py). The instances are loaded ones with
    deferred fields, as ``only()`` gives.
    """
    slot_model, attempt_field = ownership[:2]
    attempt_model = slot_model._meta.get_field(attempt_field).related_model
    slot_ids = set(slot_ids)
    sql = slots_query(*ownership).format(slots=", ".join(["%s"] * len(slot_ids)))
    rows = list(attempt_model.objects.raw(sql, [*slot_ids, attempt_id, user.pk]))
    if not slot_ids or len(rows) != len(slot_ids):
        raise slot_model.DoesNotExist
    attempt, slots = rows[0], {}
    for row in rows:
        slot = loaded(
            slot_model,
            id=row.slot_id,
            **{f"{attempt_field}_id": attempt.pk},
            question_id=row.question_id,
            option_order=json.loads(row.slot_option_order),
        )
        setattr(slot, attempt_field, attempt)
        slot.question = loaded(Question, id=row.question_id, kind=row.question_kind)
        slots[slot.pk] = slot
    return attempt, slots


def loaded(model, **values):
    """An instance of ``model`` as the database loads one with just these fields (as ``only()`` gives)."""
    names = [field.attname for field in model._meta.concrete_fields if field.attname in values]
    return model.from_db(connection.alias, names, [values[name] for name in names])


# One conditional UPDATE of the slot's row alone: a stale answer (lower sequence) never overwrites a
# newer one, and a graded question (its attempt was finished meanwhile, see grade) takes no answer.
STORE_ANSWER = """
    UPDATE {slot_table} SET chosen = %s, sequence = %s, answered_at = %s
    WHERE id = %s AND sequence < %s AND fraction IS NULL
"""


MAX_SEQUENCE = 2**31 - 1  # what AttemptQuestion.sequence holds on every database


def check_answer(attempt, slot, option_ids, sequence, now):
    """The options chosen for ``slot``, sorted, if ``attempt`` takes this answer now; else ``QuizRefused``.

    ``attempt`` needs its deadline and end, ``slot`` its option order and question kind (as
    ``slots_to_answer`` loads them).
    """
    if not attempt.is_started:
        raise QuizRefused("not_started")
    if not attempt.is_open:
        raise QuizRefused("finished")
    if now > attempt.deadline + grace():
        raise QuizRefused("late")
    if not 0 < sequence <= MAX_SEQUENCE:
        raise QuizRefused("tampered")
    chosen = sorted({int(option_id) for option_id in option_ids})
    if not set(chosen) <= set(slot.option_order):
        raise QuizRefused("tampered")
    if slot.question.kind != rules.MULTIPLE and len(chosen) > 1:
        raise QuizRefused("tampered")
    return chosen


def save_answers(attempt, answers, now=None):
    """Store checked answers, each ``(slot, option_ids, sequence)``, all or none; returns, per answer,
    False when it is stale (a newer one is stored).

    Every answer is checked before any is stored (``check_answer``), so a refused one stores nothing.
    The UPDATEs are written in SQL for the same reason as ``slots_to_answer``; the fields still
    convert the values for the database. ``attempt`` is a quiz attempt or a contest entry.
    """
    now = now or timezone.now()
    checked = [
        (slot, check_answer(attempt, slot, options, sequence, now), sequence)
        for slot, options, sequence in answers
    ]
    slots = attempt.slots
    field = slots.model._meta.get_field
    store = STORE_ANSWER.format(slot_table=slots.model._meta.db_table)
    answered_at = field("answered_at").get_db_prep_save(now, connection)
    saved = []
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        for slot, chosen, sequence in checked:
            chosen = field("chosen").get_db_prep_save(chosen, connection)
            cursor.execute(store, [chosen, sequence, answered_at, slot.pk, sequence])
            saved.append(bool(cursor.rowcount))
    finished = {slots.field.name: attempt.pk, "fraction__isnull": False}
    if not all(saved) and slots.model.objects.filter(**finished).exists():
        raise QuizRefused("finished")
    return saved


def save_answer(attempt, slot, option_ids, sequence, now=None):
    """Store the options chosen for ``slot``; returns False when the answer is stale (see ``save_answers``)."""
    return save_answers(attempt, [(slot, option_ids, sequence)], now)[0]


def finish_attempt(attempt, now=None, ending=Attempt.Ending.SUBMITTED):
    """Finish and grade a quiz attempt exactly once, however many submits race; returns the fresh row."""
    now = now or timezone.now()
    won = finish(attempt, now, ending, results=lambda score: {"passed": score >= attempt.quiz.pass_mark})
    if won:
        signals.attempt_finished.send(Attempt, attempt=attempt)
    return attempt


def finish(attempt, now, ending, fields=None, results=None):
    """Finish and grade ``attempt`` (a quiz attempt or a contest entry) exactly once, however many
    submits race; returns whether this call finished it, and refreshes ``attempt`` either way.

    ``fields`` are stored with the finish, in the same conditional UPDATE (a contest entry's
    prediction); ``results(score)`` gives the fields stored with the score.
    """
    model = type(attempt)
    with transaction.atomic():
        won = model.objects.filter(pk=attempt.pk, finished_at__isnull=True).update(
            finished_at=now, ending=ending, **(fields or {})
        )
        if won:
            score = grade(attempt.slots.all())
            model.objects.filter(pk=attempt.pk).update(score=score, **(results(score) if results else {}))
    attempt.refresh_from_db()
    return bool(won)


def grade(slots):
    """Score every question of a finishing attempt (its ``slots`` queryset), inside the transaction that
    finishes it; returns the attempt's score.

    The questions' rows stay locked until that transaction ends, so an answer racing the submit either
    was stored before and is graded, or waits and finds its question graded, and is refused.
    """
    slots = list(slots.select_for_update(of=("self",)))
    for slot in slots:
        slot.fraction = rules.score(slot.version.weights(), set(slot.chosen))  # the version drawn
    if slots:
        type(slots[0]).objects.bulk_update(slots, ["fraction"])
    return attempt_score(slot.fraction for slot in slots)


def is_overdue(attempt, now):
    """Whether ``attempt`` is open past its deadline and grace (``finish_overdue`` finishes such attempts)."""
    return attempt.is_open and attempt.is_started and attempt.deadline < now - grace()


def finish_overdue(attempts, now=None, finisher=None):
    """Finish the open attempts whose deadline and grace have passed, with ``finisher`` (by default
    ``finish_attempt``, for quiz attempts); returns how many."""
    now = now or timezone.now()
    finisher = finisher or finish_attempt
    overdue = list(attempts.filter(finished_at__isnull=True, deadline__lt=now - grace()))
    for attempt in overdue:
        finisher(attempt, now=attempt.deadline, ending=Attempt.Ending.TIMED_OUT)
    return len(overdue)
