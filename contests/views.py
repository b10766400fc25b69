"""The entrant's side of a round: start an entry, answer (saved as given), predict and submit, the result.

The entry page is the quiz's attempt page (``quizzes/attempt.html``, its script ``quiz.js``) with the
prediction as its last step; an entry is only ever its entrant's: anyone else's is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from courses.models import LessonPage
from quizzes.attempts import QuizRefused, is_overdue
from quizzes.review import review_slots
from quizzes.shedding import autosave_hold
from quizzes.views import REFUSALS as QUIZ_REFUSALS
from quizzes.views import autosave, save_page_post
from training.client_address import client_address

from .entries import (
    ENTRY_OWNERSHIP,
    InvalidPrediction,
    finish_overdue_entries,
    review_open,
    start_entry,
    submit_entry,
)
from .models import Entrant, Entry, Round
from .public import registration_url

REFUSALS = {
    **QUIZ_REFUSALS,
    "not_open": gettext_lazy("This round is not open yet."),
    "closed": gettext_lazy("This round is closed: entries are no longer accepted."),
    "no_tries_left": gettext_lazy("You have used all your tries in this round."),
    "empty_bank": gettext_lazy("This round has no questions yet."),
    "finished": gettext_lazy("This entry is already submitted; answers can no longer change."),
    "not_started": gettext_lazy("This entry has not started yet."),
}


def contest_page_url(contest):
    return contest.page.url if contest.page_id and contest.page.live else "/"


def own_entry(request, entry_id):
    """The entry, if it is the signed-in entrant's; anyone else's is a 404."""
    return get_object_or_404(
        Entry.objects.select_related("round__contest__page", "entrant"),
        pk=entry_id,
        entrant__user=request.user,
    )


@login_required
@require_POST
def start(request, round_id):
    """Start (or resume) the signed-in entrant's entry in a round; someone not registered is sent to
    the contest's registration."""
    round = get_object_or_404(Round.objects.select_related("contest__page"), pk=round_id)
    entrant = Entrant.objects.filter(contest=round.contest_id, user=request.user).first()
    if entrant is None:
        messages.info(request, _("Register for the contest before taking a round."))
        return redirect(registration_url(round.contest))
    try:
        entry = start_entry(entrant, round, address=client_address(request) or None)
    except QuizRefused as refusal:
        messages.error(request, REFUSALS[refusal.reason])
        return redirect(contest_page_url(round.contest))
    return redirect("contests:entry", entry.pk)


@login_required
def entry_page(request, entry_id):
    """The entry's questions and its prediction; a plain post saves them (no JavaScript) or submits."""
    entry = own_entry(request, entry_id)
    if is_overdue(entry, timezone.now()) and finish_overdue_entries(Entry.objects.filter(pk=entry.pk)):
        messages.info(request, _("Time ran out: your entry was submitted with the answers saved in time."))
        entry.refresh_from_db()
    if not entry.is_open:
        return redirect("contests:entry_result", entry.pk)
    if request.method == "POST":
        if not save_page_post(request, entry, REFUSALS):
            return redirect("contests:entry", entry.pk)
        prediction = request.POST.get("prediction", "")
        try:
            submit_entry(entry, prediction)
        except InvalidPrediction as invalid:
            return render_entry(request, entry, prediction, str(invalid))
        except QuizRefused:
            pass  # submitted meanwhile (another tab): its result is shown
        return redirect("contests:entry_result", entry.pk)
    return render_entry(request, entry)


def render_entry(request, entry, prediction="", error=""):
    context = {
        "attempt": entry,
        "entry": entry,
        "round": entry.round,
        "slots": entry.slots.all(),  # read as the page is written: a refused prediction's answers are saved
        "now": timezone.now(),
        "prediction": prediction,
        "prediction_error": error,
        "hold": autosave_hold(),
    }
    return render(request, "contests/entry.html", context, status=400 if error else 200)


@login_required
@require_POST
def save_answer_view(request, entry_id):
    """Autosave of answers, as the quiz's (``quizzes.views.autosave``): the same JSON, the same queries."""
    return autosave(request, entry_id, REFUSALS, lambda: own_entry(request, entry_id), ENTRY_OWNERSHIP)


@login_required
def entry_deadline(request, entry_id):
    """The entry's deadline as the server has it, asked by the page before it warns or submits."""
    entry = get_object_or_404(
        Entry.objects.only("deadline", "finished_at"), pk=entry_id, entrant__user=request.user
    )
    return JsonResponse({"deadline": entry.deadline.isoformat(), "open": entry.is_open})


@login_required
def result_page(request, entry_id):
    """The entry's score, time taken and prediction; the right answers and explanations once the round
    is closed."""
    entry = own_entry(request, entry_id)
    if entry.is_open:
        return redirect("contests:entry", entry.pk)
    round = entry.round
    shown = review_open(round)
    page = round.contest.page
    context = {
        "entry": entry,
        "round": round,
        "contest": round.contest,
        "contest_url": contest_page_url(round.contest),
        "time_taken": entry.time_taken,
        "review_open": shown,
        "slots": readable_passages(review_slots(entry.slots.all()), request.user) if shown else [],
        "reference_lessons": (
            [reference.lesson for reference in page.reference_lessons.select_related("lesson")]
            if shown and page is not None
            else []
        ),
    }
    return render(request, "contests/result.html", context)


def readable_passages(slots, user):
    """``slots`` whose lesson links are kept only where ``user`` may read the lesson: an entrant reads
    the contest's reference lessons, not a course they are not enrolled in."""
    lessons = {slot.lesson.pk for slot in slots if slot.lesson is not None}
    readable = set(LessonPage.readable_by(user).filter(pk__in=lessons).values_list("pk", flat=True))
    for slot in slots:
        if slot.lesson is not None and slot.lesson.pk not in readable:
            slot.lesson = None
    return slots
