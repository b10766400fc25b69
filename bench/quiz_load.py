"""Benchmark: trainees taking the quiz at once, against gunicorn on PostgreSQL, on loopback.

    .venv/bin/python bench/quiz_load.py [--trainees 60] [--concurrency 16] [--questions 15]

It creates a scratch database ``dvk_bench_<pid>`` on the PostgreSQL at 127.0.0.1:5432 (dropped at
the end, even on failure), a class of ``--trainees`` signed-in trainees and a quiz of
``--questions`` questions, and starts gunicorn as the Procfile's ``web`` line does, on a free port.
In every phase ``--concurrency`` trainees at a time send their requests one after the other, each
on a keep-alive connection of their own, as a browser does:

1. start: each trainee starts the quiz and loads the attempt page (this also warms the workers);
2. answers: each trainee autosaves an answer to every question, then changes their mind on every
   third one (a second save with a higher sequence);
3. baseline: for each of those answers, the same trainee sends instead the header's language
   switch (``POST /i18n/setlang/``): a real view that does nothing but set a cookie, behind the
   same middleware, CSRF check, session and signed-in trainee as an autosave;
4. submit.

Answers and baseline alternate in four rounds of a quarter of the requests each, so that other
load on the machine weighs on both alike. It prints, one per line as ``name: value``:

- ``answers_per_s``: answers saved, divided by the wall time of the answer rounds (first request
  sent to last reply read); starting, loading pages and submitting are not counted;
- ``p50_ms``, ``p95_ms``: the time of one autosave, from request sent to reply read;
- ``errors``: requests in any phase that failed or did not get the expected reply;
- ``lost_answers``: questions whose last acknowledged answer is not what the database holds after
  submitting;
- ``baseline_per_s``: language switches divided by the wall time of the baseline rounds.

The aim (issue 5): answers_per_s at least half of baseline_per_s, p95_ms under 150, no errors,
nothing lost.
"""

import argparse
import datetime
import http.client
import json
import os
import re
import shlex
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from scratch import BASE_DIR, environment, free_port, manage, scratch_database, session_for, setup_django

DATABASE = f"dvk_bench_{os.getpid()}"
ENV = environment(DATABASE, ALLOWED_HOSTS="127.0.0.1")
CSRF = "b" * 32
ROUNDS = 4


class Trainee:
    """One signed-in trainee: their session cookie, and what the server told them."""

    def __init__(self, cookie):
        self.cookie = cookie
        self.attempt = None
        self.options = {}  # slot id -> option ids, in page order
        self.acknowledged = {}  # slot id -> the options of the last answer the server said it saved

    def answers(self):
        """The autosaves this trainee sends: (slot, options, sequence)."""
        first = [(slot, options[:1], 1) for slot, options in self.options.items()]
        changed = [(slot, options[1:2], 2) for slot, options in list(self.options.items())[::3]]
        return first + changed


def prepare(trainees, questions):
    """A course with its bank and quiz, a class, and ``trainees`` enrolled trainees already signed in."""
    setup_django(ENV)
    from django.conf import settings
    from django.contrib.auth import get_user_model

    from courses.demo.site import load_home_page
    from courses.models import CourseIndexPage, CoursePage
    from quizzes.bank import add_question
    from quizzes.models import Quiz
    from training.models import Enrollment, OrganizingUnit, TrainingClass

    catalogue = load_home_page()[0].add_child(instance=CourseIndexPage(title="Khóa học", slug="khoa-hoc"))
    course = catalogue.add_child(
        instance=CoursePage(
            title="Bench", slug="bench", summary="s", objectives="o", audience="a", duration_minutes=60
        )
    )
    for n in range(questions):
        add_question(
            course,
            kind="single",
            text=f"<p>Câu {n}</p>",
            options=[("A", 100, ""), ("B", 0, ""), ("C", 0, ""), ("D", 0, "")],
        )
    Quiz.objects.create(course=course, questions_drawn=questions, attempts_allowed=0, time_limit_minutes=60)
    today = datetime.date.today()
    training_class = TrainingClass.objects.create(
        name="Bench", code="BENCH", course=course, organizing_unit=OrganizingUnit.objects.create(name="Bench"),
        starts_on=today, ends_on=today + datetime.timedelta(days=1),
    )  # fmt: skip
    signed_in = []
    for n in range(trainees):
        user = get_user_model().objects.create(username=f"bench{n}", full_name=f"Học viên {n}")
        Enrollment.objects.create(training_class=training_class, trainee=user)
        cookie = f"{settings.SESSION_COOKIE_NAME}={session_for(user)}; {settings.CSRF_COOKIE_NAME}={CSRF}"
        signed_in.append(Trainee(cookie))
    return signed_in


def start_server(port):
    """gunicorn as the Procfile starts it (workers, threads, access log), on ``port``."""
    web = next(line for line in (BASE_DIR / "Procfile").read_text().splitlines() if line.startswith("web:"))
    command = shlex.split(web.removeprefix("web:").replace("$HOST", "127.0.0.1").replace("$PORT", str(port)))
    server = subprocess.Popen(
        command, cwd=BASE_DIR, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("gunicorn did not start")


class Browser:
    """A trainee's keep-alive connection, sending their cookies and CSRF token."""

    def __init__(self, port, trainee):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.headers = {"Cookie": trainee.cookie, "X-CSRFToken": CSRF, "Referer": f"http://127.0.0.1:{port}/"}

    def request(self, method, path, body=None, content_type="application/x-www-form-urlencoded"):
        self.connection.request(
            method, path, body=body, headers=self.headers | {"Content-Type": content_type}
        )
        response = self.connection.getresponse()
        return response, response.read()

    def post_form(self, path, fields):
        return self.request("POST", path, "&".join(f"{name}={value}" for name, value in fields.items()))


class Load:
    """Runs a phase for every trainee, ``concurrency`` at a time, and keeps the tally."""

    def __init__(self, port, trainees, concurrency):
        self.port, self.trainees, self.concurrency = port, trainees, concurrency
        self.errors = []  # what went wrong, one entry per request (list.append is thread-safe)
        self.latencies = []

    def run(self, phase, *args):
        """Wall time of ``phase(browser, trainee, *args)`` run for every trainee; returns (seconds, requests)."""

        def one(trainee):
            browser = Browser(self.port, trainee)
            try:
                return phase(browser, trainee, *args)
            except Exception as error:
                self.errors.append(f"{phase.__name__}: {error!r}")
                return 0
            finally:
                browser.connection.close()

        started = time.perf_counter()
        with ThreadPoolExecutor(self.concurrency) as pool:
            requests = sum(pool.map(one, self.trainees))
        return time.perf_counter() - started, requests

    def expect(self, response, status, path):
        if response.status != status:
            self.errors.append(f"{path}: {response.status}")

    def start(self, browser, trainee):
        response, _ = browser.post_form("/lop/BENCH/kiem-tra/", {"csrfmiddlewaretoken": CSRF})
        trainee.attempt = int(response.getheader("Location").rstrip("/").split("/")[-1])
        response, page = browser.request("GET", f"/lan-lam-bai/{trainee.attempt}/")
        self.expect(response, 200, "attempt page")
        for slot, option in re.findall(r'name="slot-(\d+)" value="(\d+)"', page.decode()):
            trainee.options.setdefault(int(slot), []).append(int(option))
        return 2

    def switch_language(self, browser, trainee, round_):
        switches = in_round(trainee.answers(), round_)
        for _ in switches:
            response, _ = browser.post_form("/i18n/setlang/", {"language": "vi", "next": "/"})
            self.expect(response, 302, "language switch")
        return len(switches)

    def save_answers(self, browser, trainee, round_):
        saved = 0
        for slot, options, sequence in in_round(trainee.answers(), round_):
            sent = time.perf_counter()
            response, body = browser.request(
                "POST",
                f"/lan-lam-bai/{trainee.attempt}/tra-loi/",
                json.dumps({"answers": [{"slot": slot, "options": options, "sequence": sequence}]}),
                "application/json",
            )
            self.latencies.append((time.perf_counter() - sent) * 1000)
            if response.status == 200 and json.loads(body)["answers"][0]["saved"]:
                trainee.acknowledged[slot] = options
                saved += 1
            else:
                self.errors.append(f"autosave: {response.status} {body[:100]!r}")
        return saved

    def submit(self, browser, trainee):
        response, _ = browser.post_form(
            f"/lan-lam-bai/{trainee.attempt}/", {"csrfmiddlewaretoken": CSRF, "action": "submit"}
        )
        self.expect(response, 302, "submit")
        return 1


def in_round(requests, round_):
    """The part of a trainee's ``requests`` sent in round ``round_`` of ``ROUNDS``."""
    return requests[round_ * len(requests) // ROUNDS : (round_ + 1) * len(requests) // ROUNDS]


def lost_answers(trainees):
    from quizzes.models import AttemptQuestion

    stored = dict(AttemptQuestion.objects.values_list("pk", "chosen"))
    return sum(
        stored.get(slot) != options for trainee in trainees for slot, options in trainee.acknowledged.items()
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=60, help="trainees taking the quiz (default 60)")
    parser.add_argument("--concurrency", type=int, default=16, help="trainees sending at once (default 16)")
    parser.add_argument("--questions", type=int, default=15, help="questions per attempt (default 15)")
    options = parser.parse_args()

    with scratch_database(DATABASE):
        manage(ENV, "migrate")
        manage(ENV, "collectstatic", "--noinput")
        trainees = prepare(options.trainees, options.questions)
        port = free_port()
        server = start_server(port)
        load = Load(port, trainees, options.concurrency)
        try:
            load.run(load.start)
            timed = {load.save_answers: [0.0, 0], load.switch_language: [0.0, 0]}
            for round_ in range(ROUNDS):
                for phase in list(timed) if round_ % 2 == 0 else list(timed)[::-1]:
                    seconds, requests = load.run(phase, round_)
                    timed[phase][0] += seconds
                    timed[phase][1] += requests
            load.run(load.submit)
        finally:
            server.terminate()
            server.wait()
        latencies = load.latencies
        for error in sorted(set(load.errors))[:10]:
            print(error, file=sys.stderr)
        (answer_seconds, answers), (baseline_seconds, baseline_requests) = timed.values()
        print(f"answers_per_s: {answers / answer_seconds:.1f}")
        print(f"p50_ms: {statistics.median(latencies):.1f}")
        print(f"p95_ms: {statistics.quantiles(latencies, n=20)[-1]:.1f}")
        print(f"errors: {len(load.errors)}")
        print(f"lost_answers: {lost_answers(trainees)}")
        print(f"baseline_per_s: {baseline_requests / baseline_seconds:.1f}")


if __name__ == "__main__":
    main()
