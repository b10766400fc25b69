"""What a round's results show: the true number, the winners by prize and the unit table."""

from dataclasses import dataclass

from .models import Standing
from .ranking import last_prized_rank
from .units import collective_prizes, round_units


def mask_phone(phone):
    """0912345678 → 091x xxx 678: enough for a winner to recognise themselves, not to be called."""
    if len(phone) < 7:
        return "x" * len(phone)
    return f"{phone[:3]}x xxx {phone[-3:]}"


@dataclass
class RoundResults:
    round: object
    winners: list
    units: list
    collective: object


def round_results(round):
    winners = list(
        Standing.objects.filter(round=round, rank__lte=last_prized_rank(round))
        .exclude(prize="")
        .select_related("entrant", "unit")
        .order_by("rank", "entry_id")
    )
    for standing in winners:
        standing.masked_phone = mask_phone(standing.entrant.phone)
    units = round_units(round)
    return RoundResults(round, winners, units, collective_prizes(units))
