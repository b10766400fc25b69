"""The public results page of a closed round."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from .models import Round
from .results import round_results


def round_results_page(request, round_id):
    """A closed round's results; before it closes there are none to show (404), not even a count."""
    round = get_object_or_404(Round.objects.select_related("contest__page"), pk=round_id)
    if round.closed_at is None:
        raise Http404
    return render(request, "contests/round_results.html", {"results": round_results(round)})
