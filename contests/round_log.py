"""What organizers do to a round's results, in its history (Wagtail's log entries for the round): closed,
prizes confirmed, ranking reopened with the reason, an entrant disqualified with the reason."""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from common.log_actions import MessageFormatter, register_formatters

CLOSED = "contests.round.close"
PRIZES_CONFIRMED = "contests.round.confirm_prizes"
REOPENED = "contests.round.reopen"
DISQUALIFIED = "contests.round.disqualify"


class Closed(MessageFormatter):
    label = _("Close a round")
    message = _("Round closed: %(all_correct)s entrants with every answer right")


class PrizesConfirmed(MessageFormatter):
    label = _("Confirm the prizes of a round")
    message = _("Prizes confirmed")


class Reopened(MessageFormatter):
    label = _("Reopen the ranking of a round")
    message = _("Ranking reopened: %(reason)s")


class Disqualified(MessageFormatter):
    label = _("Disqualify an entrant")
    message = _("%(entrant)s (%(phone)s) disqualified: %(reason)s")


FORMATTERS = {
    CLOSED: Closed,
    PRIZES_CONFIRMED: PrizesConfirmed,
    REOPENED: Reopened,
    DISQUALIFIED: Disqualified,
}


def register_log_actions(actions):
    register_formatters(actions, FORMATTERS)


def closed(round, by):
    log(round, CLOSED, user=by, data={"all_correct": round.all_correct_count})


def prizes_confirmed(round, by):
    log(round, PRIZES_CONFIRMED, user=by, data={})


def reopened(round, by, reason):
    log(round, REOPENED, user=by, data={"reason": reason})


def disqualified(round, entrant, by, reason):
    log(
        round,
        DISQUALIFIED,
        user=by,
        data={
            "entrant_id": entrant.pk,
            "entrant": entrant.full_name,
            "phone": entrant.phone,
            "reason": reason,
        },
    )
