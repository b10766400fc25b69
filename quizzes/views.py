"""The trainee's side of a quiz: its page in a class, the attempt, answers saved as given, the review."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from . import allowances
from .attempts import (
    QUIZ_OWNERSHIP,
    QuizRefused,
    finish_attempt,
    finish_overdue,
    is_overdue,
    prepared_page_questions,
    save_answer,
    save_answers,
    slots_to_answer,
    start_attempt,
)
from .models import Attempt, Quiz
from .results import quiz_result
from .review import review_slots
from .shedding import autosave_hold, shed_when_saturated

# More answers than any quiz has questions is not a page's autosave.
MAX_ANSWERS_PER_SAVE = 200

REFUSALS = {
    "not_open": gettext_lazy("The quiz is not open yet."),
    "closed": gettext_lazy("The quiz is closed."),
    "class_ended": gettext_lazy("The class has ended; the quiz can no longer be taken."),
    "no_attempts_left": gettext_lazy("You have used all your attempts."),
    "empty_bank": gettext_lazy("The quiz has no questions yet."),
    "finished": gettext_lazy("This attempt is already submitted; answers can no longer change."),
    "late": gettext_lazy("Time is up: this answer reached the server after the deadline and was not saved."),
    "tampered": gettext_lazy("This answer does not belong to this question and was not saved."),
    "not_started": gettext_lazy("This attempt has not started yet: press Start on the quiz page."),
}


def own_attempt(request, pk):
    """The attempt, if it is the signed-in trainee's; anyone else's is a 404."""
    return get_object_or_404(
        Attempt.objects.select_related("quiz", "enrollment__training_class"),
        pk=pk,
        enrollment__trainee=request.user,
    )


@shed_when_saturated  # a start is turned away by the first middleware while the process is saturated
@login_required
def quiz_page(request, code):
    """The quiz of a class, and its start button.

    A start posted by a form is redirected to its attempt. A start sent by the page's script
    (quiz_start.js, which a browser tells by ``Sec-Fetch-Mode``) is answered with the attempt's page
    itself, its address in ``Content-Location``: on exam day every trainee has their questions one
    request, and one wait in the queue, after pressing start.
    """
    enrollment = get_object_or_404(
        request.user.enrollments.select_related("training_class", "allowance"), training_class__code=code
    )
    # The quiz apart from the enrolment: joined through the course page, the query would cost the database
    # more to plan than a second one costs to run. A start does not read the course; the page shows its title.
    quizzes = Quiz.objects.filter(course_id=enrollment.training_class.course_id)
    if request.method == "GET":
        quizzes = quizzes.select_related("course")
    quiz = get_object_or_404(quizzes)
    if request.method == "POST":
        try:
            attempt = start_attempt(enrollment, quiz)
        except QuizRefused as refusal:
            messages.error(request, REFUSALS[refusal.reason])
        else:
            if request.headers.get("Sec-Fetch-Mode", "navigate") == "navigate":
                return redirect("quiz_attempt", attempt.pk)
            attempt.quiz, attempt.enrollment = quiz, enrollment  # read already: the page reads them again
            response = render_attempt(request, attempt)
            response["Content-Location"] = reverse("quiz_attempt", args=[attempt.pk])
            return response
    attempts = started_attempts(enrollment, quiz)
    attempts_allowed = allowances.attempts_allowed(quiz, enrollment)
    context = {
        "enrollment": enrollment,
        "quiz": quiz,
        "attempts": attempts,
        "open_attempt": next((attempt for attempt in attempts if attempt.is_open), None),
        "result": quiz_result(attempts, quiz.grading),
        "attempts_allowed": attempts_allowed,
        "attempts_left": max(0, attempts_allowed - len(attempts)) if attempts_allowed else None,
        "time_limit": allowances.time_limit_minutes(quiz, enrollment),
        "allowance": allowances.allowance_of(enrollment),
    }
    return render(request, "quizzes/quiz_page.html", context)


def started_attempts(enrollment, quiz):
    """The trainee's started attempts at ``quiz`` (not a prepared one), one left open past its deadline
    finished first: read once, and once more only when one was."""
    started = enrollment.attempts.filter(quiz=quiz, started_at__isnull=False).order_by("number")
    attempts, now = list(started), timezone.now()
    if any(is_overdue(attempt, now) for attempt in attempts) and finish_overdue(started, now):
        attempts = list(started.all())
    return attempts


@login_required
def attempt_page(request, pk):
    attempt = own_attempt(request, pk)
    if not attempt.is_started:  # prepared, not started: its questions are not shown before start
        return redirect("quiz_page", attempt.enrollment.training_class.code)
    if is_overdue(attempt, timezone.now()) and finish_overdue(Attempt.objects.filter(pk=attempt.pk)):
        messages.info(request, _("Time ran out: your attempt was submitted with the answers saved in time."))
        attempt.refresh_from_db()
    if not attempt.is_open:
        return redirect("quiz_review", attempt.pk)
    if request.method == "POST":
        if not save_page_post(request, attempt, REFUSALS):
            return redirect("quiz_attempt", attempt.pk)
        finish_attempt(attempt)
        return redirect("quiz_review", attempt.pk)
    return render_attempt(request, attempt)


def render_attempt(request, attempt):
    """The page of an open attempt. It holds its first answers too while a hall is pressing start
    (``autosave_hold``)."""
    context = {
        "attempt": attempt,
        "prepared_questions": prepared_page_questions(attempt),
        "slots": attempt.slots.all(),
        "now": timezone.now(),
        "hold": autosave_hold(),
    }
    return render(request, "quizzes/attempt.html", context)


def save_page_post(request, attempt, refusals):
    """Save the answers of a plain post of an attempt's page (without JavaScript, or a submit carrying
    what the page still held), naming each refusal; returns whether the post submits the attempt."""
    refused = save_posted_answers(attempt, attempt.slots.select_related("question"), request.POST)
    for reason in refused:
        messages.error(request, refusals[reason])
    if request.POST.get("action") == "submit":
        return True
    if not refused:
        messages.success(request, _("Your answers are saved."))
    return False


def save_posted_answers(attempt, slots, data):
    """Answers of a form post (without JavaScript, or a submit carrying what the page still held); returns
    the reasons of any refusals. An answer the server already has, as posted, is not stored again."""
    refused = set()
    for slot in slots:
        if f"seen-{slot.pk}" not in data:
            continue
        try:
            options, sequence = data.getlist(f"slot-{slot.pk}"), int(data.get(f"sequence-{slot.pk}", 0))
            if sequence == slot.sequence and sorted(map(int, options)) == slot.chosen:
                continue
            save_answer(attempt, slot, options, sequence + 1)
        except (QuizRefused, ValueError) as refusal:
            refused.add(getattr(refusal, "reason", "tampered"))
    return refused


@login_required
@require_POST
def save_answer_view(request, pk):
    """Autosave, as JSON: {"answers": [{"slot": id, "options": [ids], "sequence": n}, …]}, all or none
    (see ``autosave``)."""
    return autosave(request, pk, REFUSALS, lambda: own_attempt(request, pk))


def autosave(request, attempt_id, refusals, own, ownership=QUIZ_OWNERSHIP):
    """The answers posted as JSON to the attempt ``attempt_id`` (a quiz attempt, or a contest entry with
    its ``ownership``), saved all or none; the reply the page's script reads.

    Every answer of every trainee comes through here, so it costs two queries besides the session and
    the user, however many answers it carries: the slots with just what ``check_answer`` reads, found
    only in an attempt of this trainee, and their conditional UPDATEs in one transaction. Only when a
    slot is not found does a third query (``own``) tell someone else's attempt (404) from a question
    that is not in it (400). The reply says how long the page holds its next answers (``autosave_hold``).
    """
    try:
        answers = [
            (int(answer["slot"]), answer.get("options", []), int(answer["sequence"]))
            for answer in json.loads(request.body)["answers"]
        ]
        if len(answers) > MAX_ANSWERS_PER_SAVE:
            raise ValueError("more answers than a quiz has questions")
        attempt, slots = slots_to_answer(
            request.user, attempt_id, [slot_id for slot_id, _, _ in answers], ownership
        )
        saved = save_answers(
            attempt, [(slots[slot_id], options, sequence) for slot_id, options, sequence in answers]
        )
    except QuizRefused as refusal:
        return JsonResponse({"error": str(refusals[refusal.reason]), "reason": refusal.reason}, status=409)
    except (ValueError, KeyError, TypeError, ownership[0].DoesNotExist):
        own()  # someone else's attempt is a 404, as on its other pages
        return JsonResponse({"error": str(refusals["tampered"]), "reason": "tampered"}, status=400)
    # The deadline comes with each save: extra time granted meanwhile moves the page's countdown.
    return JsonResponse(
        {
            "answers": [
                {"slot": slot_id, "sequence": sequence, "saved": stored}
                for (slot_id, _, sequence), stored in zip(answers, saved, strict=True)
            ],
            "deadline": attempt.deadline.isoformat(),
            "hold": autosave_hold(),
        }
    )


@login_required
def attempt_deadline(request, pk):
    """The attempt's deadline as the server has it, asked by the page before it warns or submits."""
    attempt = get_object_or_404(  # a prepared attempt has no deadline yet, nor a page that asks
        Attempt.objects.only("deadline", "finished_at"),
        pk=pk,
        enrollment__trainee=request.user,
        started_at__isnull=False,
    )
    return JsonResponse({"deadline": attempt.deadline.isoformat(), "open": attempt.is_open})


@login_required
def review_page(request, pk):
    attempt = own_attempt(request, pk)
    if attempt.is_open:
        return redirect("quiz_attempt", attempt.pk)
    quiz, training_class = attempt.quiz, attempt.enrollment.training_class
    review_open = quiz.review == Quiz.Review.AFTER_SUBMIT or timezone.localdate() > training_class.ends_on
    slots = review_slots(attempt.slots.all())
    context = {
        "attempt": attempt,
        "quiz": quiz,
        "slots": slots,
        "review_open": review_open,
        "training_class": training_class,
    }
    return render(request, "quizzes/review.html", context)
