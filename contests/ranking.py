"""Closing a round and ranking its entrants; its prizes, confirmed and reopened; disqualifications.

The ranking is made from each entrant's **best try** (the highest score; among equal scores the earliest
submitted, then the first made), ordered by:

1. the higher score;
2. the prediction closer to the true number of entrants with every answer right (no prediction last);
3. the shorter time taken;
4. the earlier submission.

Entrants equal on all four share the rank (``RANK()``: two firsts, then a third) and the prize of that
rank: the prizes go down the ranking by position (with 1 first prize and 2 second prizes, ranks 1, 2
and 3 win), so an exact tie on the edge of a prize level gives that prize to everyone in the tie rather
than choosing between equals. The organizer sees such a tie on the winners' list before confirming.
Each entrant has one standing per round, so nobody wins two prizes in a round. A disqualified entrant's
tries count for nothing: neither in the ranking nor in the true number.

The whole ranking is one ``INSERT … SELECT`` over window functions, on PostgreSQL and on SQLite alike.
"""

from django.db import connection, transaction
from django.db.models import (
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    PositiveBigIntegerField,
    Value,
    Window,
)
from django.db.models.functions import Abs, RowNumber
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from quizzes.attempts import grace

from . import round_log
from .certificates import issue_round_certificates
from .entries import finish_overdue_entries
from .models import Disqualification, Entry, Prize, Round, Standing, UnitStanding


class RankingRefused(Exception):
    """What the organizer asked cannot be done now; the message says why, in the user's language."""


def finished_entries(round):
    """The round's finished, graded tries that count: none of a disqualified entrant's."""
    return Entry.objects.filter(
        round=round, finished_at__isnull=False, started_at__isnull=False, score__isnull=False
    ).exclude(entrant_id__in=Disqualification.objects.filter(round=round).values("entrant_id"))


def all_correct_count(round):
    """The true answer to the prediction question: entrants with a try at 100 %, which is their best."""
    return finished_entries(round).filter(score=100).values("entrant_id").distinct().count()


def best_tries(round, count):
    """Each entrant's best try (the first of their tries in best-first order), with what it is ranked
    on and the number of tries they made: one pass over the tries, partitioned by entrant."""
    by_entrant = {"partition_by": [F("entrant_id")]}
    return (
        finished_entries(round)
        .annotate(
            pick=Window(RowNumber(), order_by=[F("score").desc(), F("finished_at"), F("pk")], **by_entrant),
            tries=Window(Count("pk"), **by_entrant),
        )
        .filter(pick=1)
        .values(
            r_entrant=F("entrant_id"),
            r_unit=F("entrant__unit_id"),
            r_entry=F("pk"),
            r_score=F("score"),
            r_prediction=F("prediction"),
            r_gap=ExpressionWrapper(
                Abs(F("prediction") - Value(count)), output_field=PositiveBigIntegerField()
            ),
            r_time=ExpressionWrapper(F("finished_at") - F("started_at"), output_field=DurationField()),
            r_submitted=F("finished_at"),
            r_tries=F("tries"),
        )
        .order_by()
    )


STANDING_COLUMNS = (
    "round_id",
    "entrant_id",
    "unit_id",
    "entry_id",
    "rank",
    "prize",
    "score",
    "prediction",
    "prediction_gap",
    "time_taken",
    "tries",
    "submitted_at",
)


def rank_round(round):
    """(Re)write the round's standings and prizes; returns the true number of all-correct entrants."""
    count = all_correct_count(round)
    best, params = best_tries(round, count).query.sql_with_params()
    limits = prize_limits(round)
    prize = " ".join(f"WHEN r_rank <= %s THEN '{level}'" for level, _limit in limits)
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(Standing._meta.db_table)} ({', '.join(map(quote, STANDING_COLUMNS))}) "
        f"SELECT %s, r_entrant, r_unit, r_entry, r_rank, CASE {prize} ELSE '' END, "
        "r_score, r_prediction, r_gap, r_time, r_tries, r_submitted FROM ("
        "SELECT best.*, RANK() OVER ("
        "ORDER BY r_score DESC, r_gap ASC NULLS LAST, r_time ASC, r_submitted ASC) AS r_rank "
        f"FROM ({best}) best) ranked"
    )
    units = (
        f"INSERT INTO {quote(UnitStanding._meta.db_table)} "
        "(round_id, unit_id, entrants, entries, average_score, prizes) "
        "SELECT round_id, unit_id, COUNT(*), SUM(tries), AVG(score), SUM(CASE WHEN prize = '' THEN 0 ELSE 1 END) "
        f"FROM {quote(Standing._meta.db_table)} WHERE round_id = %s GROUP BY round_id, unit_id"
    )
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # the sorts of a large round fit in memory, not on disk
            cursor.execute("SET LOCAL work_mem = '64MB'")
        # In SQL, not with QuerySet.delete(): with receivers of post_delete for every model (Wagtail's
        # reference index) Django would load and delete 100,000 standings one batch at a time.
        for model in (Standing, UnitStanding):
            cursor.execute(f"DELETE FROM {quote(model._meta.db_table)} WHERE round_id = %s", [round.pk])
        cursor.execute(sql, [round.pk, *[limit for _level, limit in limits], *params])
        cursor.execute(units, [round.pk])
    return count


def prize_limits(round):
    """[(prize, last rank that wins it)], going down the ranking: the firsts, then the seconds …"""
    limits, last = [], 0
    for level, count in (
        (Prize.FIRST, round.first_prizes),
        (Prize.SECOND, round.second_prizes),
        (Prize.THIRD, round.third_prizes),
        (Prize.CONSOLATION, round.consolation_prizes),
    ):
        last += count
        limits.append((level.value, last))
    return limits


def last_prized_rank(round):
    """No rank below this one wins a prize: the winners are read from the top of the ranking only."""
    return prize_limits(round)[-1][1]


def _locked(round):
    """The round, read again under a row lock: two organizers acting at once act one after the other."""
    return Round.objects.select_for_update().get(pk=round.pk)


def close_round(round, by=None, now=None):
    """Close the round once: the true number, the ranking and its prizes. Returns the round, updated."""
    now = now or timezone.now()
    if now < round.closes_at:
        raise RankingRefused(
            _("The round is open until %(time)s; it can be closed after that.")
            % {"time": date_format(timezone.localtime(round.closes_at), "H:i d/m/Y")}
        )
    with transaction.atomic():
        # The conditional UPDATE is the lock: of two closes at once, only one finds the round open.
        if not Round.objects.filter(pk=round.pk, closed_at__isnull=True).update(closed_at=now):
            raise RankingRefused(_("This round is already closed."))
        # An answer may still arrive within the grace after a deadline; past it, an entry left open is
        # finished with the answers saved in time, as the periodic sweep would, so that it counts.
        still_taken = Entry.objects.filter(round=round, finished_at__isnull=True, deadline__gt=now - grace())
        if still_taken.exists():
            raise RankingRefused(
                _("Some entrants are still taking this round; close it once their time has run out.")
            )
        finish_overdue_entries(Entry.objects.filter(round=round), now)
        count = rank_round(round)
        Round.objects.filter(pk=round.pk).update(all_correct_count=count)
        round.refresh_from_db()
        round_log.closed(round, by)
    return round


def provisional_ranking(round):
    """The ranking as it stands, for organizers before the round closes (never shown publicly)."""
    if round.closed_at:
        raise RankingRefused(_("This round is closed: its ranking is final."))
    return rank_round(round)


def recompute(round, by=None):
    """Rank a closed round again (after a disqualification), unless its prizes are confirmed."""
    with transaction.atomic():
        round = _locked(round)
        if round.prizes_confirmed_at:
            raise RankingRefused(
                _("The prizes of this round are confirmed: reopen the ranking before changing it.")
            )
        count = rank_round(round)
        if round.closed_at:
            round.all_correct_count = count
            round.save(update_fields=["all_correct_count"])
    return round


def confirm_prizes(round, by=None, now=None):
    """Fix the ranking and its prizes for the decision on prizes."""
    with transaction.atomic():
        round = _locked(round)
        if not round.closed_at:
            raise RankingRefused(_("Close the round before confirming its prizes."))
        if round.prizes_confirmed_at:
            raise RankingRefused(_("The prizes of this round are already confirmed."))
        round.prizes_confirmed_at = now or timezone.now()
        round.save(update_fields=["prizes_confirmed_at"])
        round_log.prizes_confirmed(round, by)
        issue_round_certificates(round, round.standings.select_related("entry").order_by("rank"))
    return round


def reopen_ranking(round, reason, by=None):
    """Unfix a confirmed ranking so that it may change again (a disqualification, a correction), logged."""
    if not reason.strip():
        raise RankingRefused(_("Say why the ranking is reopened."))
    with transaction.atomic():
        round = _locked(round)
        if not round.prizes_confirmed_at:
            raise RankingRefused(_("The prizes of this round are not confirmed: there is nothing to reopen."))
        round.prizes_confirmed_at = None
        round.save(update_fields=["prizes_confirmed_at"])
        round_log.reopened(round, by, reason.strip())
    return round


def disqualify(round, entrant, reason, by=None):
    """Put ``entrant`` out of ``round`` with a reason, logged; a ranked round is ranked again."""
    if not reason.strip():
        raise RankingRefused(_("Give the reason for the disqualification."))
    with transaction.atomic():
        round = _locked(round)
        if round.prizes_confirmed_at:
            raise RankingRefused(
                _("The prizes of this round are confirmed: reopen the ranking before changing it.")
            )
        if Disqualification.objects.filter(round=round, entrant=entrant).exists():
            raise RankingRefused(_("This entrant is already disqualified from this round."))
        Disqualification.objects.create(round=round, entrant=entrant, reason=reason.strip(), by=by)
        round_log.disqualified(round, entrant, by, reason.strip())
        if round.closed_at or Standing.objects.filter(round=round).exists():
            recompute(round, by)
    return round
