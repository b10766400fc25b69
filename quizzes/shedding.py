"""Load shedding: when a web process is saturated, pressing start is turned away at once with a clear
message and ``Retry-After``, rather than queued behind everything else for as long as it takes.

A gunicorn worker runs ``WEB_THREADS`` requests at a time and queues the others. When every one of
its threads is busy, the process is saturated: a start turned away then costs a millisecond, and the
autosaves of the trainees who already have their questions go ahead of the starts still to come.
The quiz page tries again by itself after ``Retry-After`` seconds (``quiz_start.js``); a trainee
turned away has not started, and loses nothing.
"""

import collections
import functools
import threading
import time

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from common.requests import chosen_language, resolve_or_none

RETRY_AFTER_SECONDS = 1

_lock = threading.Lock()
_in_flight = 0
_starts = collections.deque()  # when this process was asked for starts lately (monotonic times)


class InFlightMiddleware:
    """Counts the requests this process is serving, and turns a start away while it is saturated; first
    in the middleware, so that it counts them all and a start turned away reads nothing (no session,
    no trainee): it costs a fraction of a millisecond, where a start served costs several."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        global _in_flight
        with _lock:
            _in_flight += 1
        try:
            if request.method == "POST" and is_start(request.path_info):
                note_start()
                if saturated():
                    return busy(request)
            return self.get_response(request)
        finally:
            with _lock:
                _in_flight -= 1


def saturated():
    """Whether every thread of this process serves a request. A process of one thread cannot tell a
    queue from its own request, and never sheds."""
    return settings.WEB_THREADS > 1 and _in_flight >= settings.WEB_THREADS


def note_start():
    """Count a start this process was asked for (``hall_starting``)."""
    with _lock:
        _starts.append(time.monotonic())


def hall_starting():
    """Whether a hall is pressing start: this process was asked for ``QUIZ_HALL_STARTS`` starts within
    the last ``QUIZ_HALL_SECONDS``. A class whose trainees start at their own pace never is."""
    since = time.monotonic() - settings.QUIZ_HALL_SECONDS
    with _lock:
        while _starts and _starts[0] <= since:
            _starts.popleft()
        return len(_starts) >= settings.QUIZ_HALL_STARTS


def autosave_hold():
    """How long a quiz page holds the answers given next before sending them together: none while the
    process has a thread to spare, ``QUIZ_AUTOSAVE_BUSY_HOLD_SECONDS`` while it is saturated or a hall
    is pressing start.

    A hall answering at once sends hundreds of answers a second; held and sent together they cost a
    few requests per trainee instead of one per answer, and the trainees still starting get the
    server's time first. Held answers wait on the device (quiz.js), and go with the submit.
    """
    return settings.QUIZ_AUTOSAVE_BUSY_HOLD_SECONDS if saturated() or hall_starting() else 0


def shed_when_saturated(view):
    """Mark ``view`` as one where a POST starts a quiz: ``InFlightMiddleware`` counts each such start
    (``hall_starting``) and answers it 503 with ``Retry-After`` while this process is saturated."""
    view.starts_quiz = True
    return view


@functools.lru_cache(maxsize=256)
def busy_page(language, path):
    """The busy page, written once per language and quiz page: a hall turned away asks for it a thousand
    times."""
    with translation.override(language):
        return render_to_string("busy.html", {"LANGUAGE_CODE": language, "path": path})


def is_start(path):
    match = resolve_or_none(path)
    return match is not None and getattr(match.func, "starts_quiz", False)


def busy(request):
    """The 503 of a start turned away, in the language the trainee chose (the middleware that sets it
    has not run)."""
    response = HttpResponse(busy_page(chosen_language(request), request.path), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Expected on exam day, not a server error: Django would log every one at ERROR (and so alert
    # whoever watches the logs); this is the flag by which it skips a logged response.
    response._has_been_logged = True
    return response
