"""What the public contest page shows: the rounds and their state, the open round's live counts, and
where the signed-in visitor stands.

The counts are of entrants and entries only: nothing from which the number of all-correct entrants
(the answer to the prediction question) could be derived before the round closes. They are cached
for a few seconds, so that the page stays cheap while tries pour in.
"""

from django.core.cache import cache
from django.db.models import Count
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models.entries import Entrant, Entry

COUNTS_SECONDS = 15

UPCOMING, OPEN, CLOSED = "upcoming", "open", "closed"
STATES = {UPCOMING: _("Not open yet"), OPEN: _("Open now"), CLOSED: _("Closed")}


def state_of(round, now):
    if round.closed_at is not None or now >= round.closes_at:
        return CLOSED
    return OPEN if now >= round.opens_at else UPCOMING


def live_counts(round):
    """{"entrants", "entries"} of ``round`` so far, cached for ``COUNTS_SECONDS``."""

    def count():
        return Entry.objects.filter(round=round).aggregate(
            entrants=Count("entrant_id", distinct=True), entries=Count("pk")
        )

    return cache.get_or_set(f"contests:round-counts:{round.pk}", count, COUNTS_SECONDS)


def url_or(name, fallback, **kwargs):
    """The address of the route ``name``, or ``fallback`` while it does not exist: registration, sign-in
    by code and results pages are built apart from these pages."""
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return fallback


def registration_url(contest):
    return url_or("contests:register", f"/cuoc-thi/{contest.pk}/dang-ky/", contest_id=contest.pk)


def sign_in_url():
    """The entrants' sign-in (by a code sent to their phone), else the site's."""
    return url_or("contests:sign_in", reverse("login"))


def results_url(round):
    """The results page of a closed round, or None while no such page exists."""
    return url_or("contests:round_results", None, round_id=round.pk)


def contest_context(contest, user, now=None):
    """The page's rounds (each with its state, and counts or results link), and the visitor's entrant,
    open entry, tries left and finished entries in the open round."""
    now = now or timezone.now()
    rounds = list(contest.rounds.all())
    open_round = None
    for round in rounds:
        round.state = state_of(round, now)
        round.state_label = STATES[round.state]
        if round.state == OPEN:
            open_round = open_round or round
            round.counts = live_counts(round)
        elif round.state == CLOSED:
            round.results_url = results_url(round)
    entrant = Entrant.objects.filter(contest=contest, user=user).first() if user.is_authenticated else None
    context = {
        "contest": contest,
        "rounds": rounds,
        "open_round": open_round,
        "entrant": entrant,
        "registration_url": registration_url(contest),
        "sign_in_url": sign_in_url(),
    }
    if entrant is not None:
        entries = list(entrant.entries.select_related("round").order_by("round__sort_order", "number"))
        context["entries"] = [entry for entry in entries if not entry.is_open]
        if open_round is not None:
            in_round = [entry for entry in entries if entry.round_id == open_round.pk]
            context["open_entry"] = next((entry for entry in in_round if entry.is_open), None)
            context["tries_left"] = max(0, open_round.tries_allowed - len(in_round))
    return context
