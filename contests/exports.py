"""A round's lists as XLSX for the organizers, ready for the decision on prizes: the full ranking, the
winners and the unit table. Written the way the training exports are (``training.dashboard.exports``: the same
sheets, number formats and protection of typed text against formulas)."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from openpyxl import Workbook

from training.dashboard.exports import (
    DATE,
    DATETIME,
    INTEGER,
    PHONE,
    RATE,
    SCORE,
    TEXT,
    Column,
    _bytes,
    _pairs,
    _sheet,
    _table,
    _title,
    numbered,
)

from .models import Prize, Standing


def standing_columns():
    prizes = {value: str(label) for value, label in Prize.choices}
    return [
        Column(gettext_lazy("Rank"), INTEGER, lambda row: row.rank, 8),
        Column(gettext_lazy("Prize"), TEXT, lambda row: prizes.get(row.prize, ""), 18),
        Column(gettext_lazy("Full name"), TEXT, lambda row: row.entrant.full_name, 28),
        Column(gettext_lazy("Date of birth"), DATE, lambda row: row.entrant.birth_date),
        Column(gettext_lazy("Phone number"), PHONE, lambda row: row.entrant.phone),
        Column(gettext_lazy("Email"), TEXT, lambda row: row.entrant.email, 26),
        Column(gettext_lazy("Unit"), TEXT, lambda row: row.unit.name, 30),
        Column(gettext_lazy("Score (%)"), SCORE, lambda row: row.score),
        Column(gettext_lazy("Prediction"), INTEGER, lambda row: row.prediction),
        Column(gettext_lazy("Prediction gap"), INTEGER, lambda row: row.prediction_gap),
        Column(gettext_lazy("Time taken (s)"), SCORE, lambda row: row.time_taken.total_seconds()),
        Column(gettext_lazy("Submitted at"), DATETIME, lambda row: row.submitted_at),
        Column(gettext_lazy("Tries"), INTEGER, lambda row: row.tries, 8),
    ]


UNIT_COLUMNS = [
    Column(gettext_lazy("Unit"), TEXT, lambda row: row.name, 34),
    Column(gettext_lazy("Headcount"), INTEGER, lambda row: row.headcount),
    Column(gettext_lazy("Entrants"), INTEGER, lambda row: row.entrants),
    Column(gettext_lazy("Entries"), INTEGER, lambda row: row.entries),
    Column(gettext_lazy("Participation rate (%)"), RATE, lambda row: row.participation_rate, 14),
    Column(gettext_lazy("Average score (%)"), SCORE, lambda row: row.average_score),
    Column(gettext_lazy("Prizes"), INTEGER, lambda row: row.prizes),
]


def _summary(workbook, round, title, now):
    summary = _sheet(workbook, pgettext("spreadsheet", "Summary"), [36, 30])
    _title(summary, title)
    pairs = [
        (_("Contest"), round.contest.name),
        (_("Round"), round.title),
        (_("Opens at"), timezone.localtime(round.opens_at)),
        (_("Closes at"), timezone.localtime(round.closes_at)),
        (
            _("Entrants with every answer right"),
            round.all_correct_count if round.closed_at else _("not closed yet (provisional)"),
        ),
        (
            _("Prizes confirmed at"),
            timezone.localtime(round.prizes_confirmed_at)
            if round.prizes_confirmed_at
            else _("not confirmed"),
        ),
        (_("Figures as of"), timezone.localtime(now or timezone.now())),
    ]
    _pairs(summary, pairs)


def _standings(round):
    return Standing.objects.filter(round=round).select_related("entrant", "unit").order_by("rank", "entry_id")


def ranking_workbook(round, now=None):
    workbook = Workbook(write_only=True)
    _summary(workbook, round, _("Ranking of the round"), now)
    _table(workbook, _("Ranking"), numbered(standing_columns()), _standings(round).iterator(chunk_size=2000))
    return _bytes(workbook)


def winners_workbook(round, now=None):
    workbook = Workbook(write_only=True)
    _summary(workbook, round, _("Winners of the round, for the decision on prizes"), now)
    _table(workbook, _("Winners"), numbered(standing_columns()), _standings(round).exclude(prize=""))
    return _bytes(workbook)


def units_workbook(round, table, now=None):
    workbook = Workbook(write_only=True)
    _summary(workbook, round, _("Participating units"), now)
    _table(workbook, _("Units"), numbered(UNIT_COLUMNS), table)
    return _bytes(workbook)
