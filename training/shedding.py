"""Load shedding: when a web process is saturated, pressing start is turned away at once with a clear
message and ``Retry-After``, rather than queued behind everything else for as long as it takes.

A gunicorn worker runs ``WEB_THREADS`` requests at a time and queues the others. When every one of
its threads is busy, the process is saturated: a start turned away then costs a millisecond, and the
autosaves of the trainees who already have their questions go ahead of the starts still to come.
The quiz page tries again by itself after ``Retry-After`` seconds (``quiz_start.js``); a trainee
turned away has not started, and loses nothing.
"""

import threading
from functools import wraps

from django.conf import settings
from django.shortcuts import render

RETRY_AFTER_SECONDS = 1

_lock = threading.Lock()
_in_flight = 0


class InFlightMiddleware:
    """Counts the requests this process is serving; first in the middleware, so that it counts them all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        global _in_flight
        with _lock:
            _in_flight += 1
        try:
            return self.get_response(request)
        finally:
            with _lock:
                _in_flight -= 1


def saturated():
    """Whether every thread of this process serves a request. A process of one thread cannot tell a
    queue from its own request, and never sheds."""
    return settings.WEB_THREADS > 1 and _in_flight >= settings.WEB_THREADS


def autosave_hold():
    """How long a quiz page holds the answers given after this save before sending them together: none
    while the process has a thread to spare, ``QUIZ_AUTOSAVE_BUSY_HOLD_SECONDS`` while it is saturated.

    A hall answering at once sends hundreds of answers a second; held and sent together they cost a
    few requests per trainee instead of one per answer. Held answers wait on the device (quiz.js), and
    go with the submit.
    """
    return settings.QUIZ_AUTOSAVE_BUSY_HOLD_SECONDS if saturated() else 0


def shed_when_saturated(view):
    """Answer a POST to ``view`` with 503 and ``Retry-After`` while this process is saturated."""

    @wraps(view)
    def shedding(request, *args, **kwargs):
        if request.method == "POST" and saturated():
            response = render(request, "busy.html", {"retry_after": RETRY_AFTER_SECONDS}, status=503)
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
            # Expected on exam day, not a server error: Django would log every one at ERROR (and so
            # alert whoever watches the logs); this is the flag by which it skips a logged response.
            response._has_been_logged = True
            return response
        return view(request, *args, **kwargs)

    return shedding
