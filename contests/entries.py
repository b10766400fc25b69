"""Taking a round, in the quiz's steps (``quizzes.attempts``): start an entry (draw its questions), save
an answer, then the prediction and the submit, which finishes and grades the entry exactly once.

The deadline is the server's: the round's time limit from the start, and never after the round
closes. An entry left open past it (and the quiz's grace) is finished with the answers saved in time.
"""

import re
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes.attempts import (
    QuizRefused,
    add_slots,
    finish,
    finish_overdue,
    grace,
    is_overdue,
)
from quizzes.drawing import draw
from quizzes.models import Question

from .models import Entry, EntryQuestion

# How an entry's slot leads to its user, for ``quizzes.attempts.slots_to_answer``.
ENTRY_OWNERSHIP = (EntryQuestion, "entry", "entrant", "user")

MAX_PREDICTION = 2**31 - 1  # what Entry.prediction holds on every database


def check_open(round, now):
    if round.closed_at is not None or now >= round.closes_at:
        raise QuizRefused("closed")
    if now < round.opens_at:
        raise QuizRefused("not_open")


def start_entry(entrant, round, now=None, address=None):
    """The entrant's open entry in ``round``, or a new one with its questions drawn and shuffled.

    A double click or a second tab gets the same open entry: the database keeps one open entry per
    entrant and round. An open entry past its deadline is finished first, and counts as a try.
    """
    now = now or timezone.now()
    current = Entry.objects.filter(entrant=entrant, round=round, finished_at__isnull=True).order_by().first()
    if current and is_overdue(current, now):
        finish_entry(current, now=current.deadline, ending=Entry.Ending.TIMED_OUT)
        current = None
    if current:
        return current
    check_open(round, now)
    used = Entry.objects.filter(entrant=entrant, round=round).aggregate(n=Max("number"))["n"] or 0
    if used >= round.tries_allowed:
        raise QuizRefused("no_tries_left")
    questions = draw_for(round)
    if not questions:
        raise QuizRefused("empty_bank")
    deadline = min(now + timedelta(minutes=round.time_limit_minutes), round.closes_at)
    try:
        with transaction.atomic():
            entry = Entry.objects.create(
                round=round,
                entrant=entrant,
                number=used + 1,
                started_at=now,
                deadline=deadline,
                address=address,
            )
            add_slots(entry, questions, shuffle_options=True)
    except IntegrityError:
        # Two starts raced (a double click, two tabs): the database kept one.
        return Entry.objects.get(entrant=entrant, round=round, finished_at__isnull=True)
    return entry


def draw_for(round):
    """The questions of one entry: the round's fixed questions, or ``questions_drawn`` of its course's
    bank (of its category alone when set, evenly per category otherwise); always shuffled."""
    fixed = list(round.questions.prefetch_related("options"))
    if fixed:
        return draw(fixed, 0, per_category=False, shuffle=True)
    bank = Question.objects.filter(course_id=round.course_id).prefetch_related("options")
    if round.category_id:
        bank = bank.filter(category_id=round.category_id)
    return draw(list(bank), round.questions_drawn, per_category=not round.category_id, shuffle=True)


def finish_entry(entry, now=None, ending=Entry.Ending.SUBMITTED, prediction=None):
    """Finish and grade ``entry`` exactly once, storing ``prediction`` with it; returns the fresh row.

    The time taken is ``finished_at - started_at``: a timed-out entry ends at its deadline.
    """
    now = now or timezone.now()
    fields = {} if prediction is None else {"prediction": prediction}
    finish(entry, now, ending, fields=fields)
    return entry


def submit_entry(entry, prediction_text, now=None):
    """Submit ``entry`` with the prediction typed; returns the fresh row.

    Before the deadline the prediction is required and must be a whole number ≥ 0 (else
    ``InvalidPrediction``, and nothing is stored). After it, the page's timer submits by itself: within
    the grace the entry is finished with the prediction if it is valid; past the grace it is finished
    at its deadline without it, as answers arriving then are refused.
    """
    now = now or timezone.now()
    if not entry.is_open:
        raise QuizRefused("finished")
    if now <= entry.deadline:
        return finish_entry(entry, now=now, prediction=parse_prediction(prediction_text))
    if now > entry.deadline + grace():
        return finish_entry(entry, now=entry.deadline, ending=Entry.Ending.TIMED_OUT)
    try:
        prediction = parse_prediction(prediction_text)
    except InvalidPrediction:
        prediction = None
    return finish_entry(entry, now=now, prediction=prediction)


def finish_overdue_entries(entries, now=None):
    """Finish the open entries whose deadline and grace have passed; returns how many."""
    return finish_overdue(entries, now=now, finisher=finish_entry)


class InvalidPrediction(ValueError):
    """The prediction typed is not a whole number ≥ 0; the message says so in the entrant's language."""


WHOLE_NUMBER = re.compile(r"[0-9]+")


def parse_prediction(text):
    """The prediction typed (``"1250"``, ``" 1 250 "``) as a whole number ≥ 0, or ``InvalidPrediction``."""
    text = re.sub(r"\s", "", text or "")
    if not text:
        raise InvalidPrediction(
            _("Enter your prediction: how many entrants will answer every question right.")
        )
    if text.startswith("-") and WHOLE_NUMBER.fullmatch(text[1:]):
        raise InvalidPrediction(_("The prediction cannot be negative: enter a whole number, 0 or more."))
    if not WHOLE_NUMBER.fullmatch(text):
        raise InvalidPrediction(
            _("The prediction must be a whole number (digits only, e.g. 1250), 0 or more.")
        )
    value = int(text)
    if value > MAX_PREDICTION:
        raise InvalidPrediction(_("The prediction is too large."))
    return value


def review_open(round, now=None):
    """Whether the round's right answers may be shown: once it is closed, and no entry can still
    take an answer (its close plus the grace)."""
    now = now or timezone.now()
    return round.closed_at is not None or now > round.closes_at + grace()
