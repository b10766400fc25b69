"""Benchmark: many trainees taking the quiz at once, against gunicorn on PostgreSQL, on loopback.

    .venv/bin/python bench/quiz_load.py [--trainees 60] [--concurrency 16] [--questions 15]

Creates (and drops afterwards) the database ``dvk_bench`` on the PostgreSQL at 127.0.0.1:5432,
starts gunicorn on a free local port, and prints, one per line as ``name: value``:
answers_per_s, p50_ms, p95_ms (answer saves), errors, lost_answers (answers acknowledged but not
in the database) and baseline_per_s (a trivial request of the same server).
"""

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BASE_DIR))
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/dvk_bench"
ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "training.settings.dev",
    "DATABASE_URL": DATABASE_URL,
    "DEBUG": "false",
    "ALLOWED_HOSTS": "127.0.0.1",
    "LOG_LEVEL": "WARNING",
    "CELERY_BROKER_URL": "memory://",
}
CSRF = "b" * 32


def recreate_database():
    for sql in ("DROP DATABASE IF EXISTS dvk_bench", "CREATE DATABASE dvk_bench"):
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=BASE_DIR, env=ENV, check=True)


def prepare(trainees, questions):
    """Create a course, its bank and quiz, a class, and ``trainees`` signed-in sessions."""
    os.environ.update(ENV)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    from courses.demo.site import load_home_page
    from courses.models import CourseIndexPage, CoursePage
    from quizzes.bank import add_question
    from quizzes.models import Quiz
    from training.models import Enrollment, OrganizingUnit, TrainingClass

    home = load_home_page()[0]
    catalogue = home.add_child(instance=CourseIndexPage(title="Khóa học", slug="khoa-hoc"))
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
    import datetime

    today = datetime.date.today()
    training_class = TrainingClass.objects.create(
        name="Bench", code="BENCH", course=course, organizing_unit=OrganizingUnit.objects.create(name="Bench"),
        starts_on=today, ends_on=today + datetime.timedelta(days=1),
    )  # fmt: skip
    User = get_user_model()
    cookies = []
    for n in range(trainees):
        user = User.objects.create(username=f"bench{n}", full_name=f"Học viên {n}")
        Enrollment.objects.create(training_class=training_class, trainee=user)
        session = SessionStore()
        session["_auth_user_id"] = str(user.pk)
        session["_auth_user_backend"] = "training.auth.UsernameEmailOrPhoneBackend"
        session["_auth_user_hash"] = user.get_session_auth_hash()
        session.create()
        cookies.append(f"sessionid={session.session_key}; csrftoken={CSRF}")
    return cookies


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port):
    server = subprocess.Popen(
        [str(BASE_DIR / ".venv/bin/gunicorn"), "training.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2", "--threads", "4"],
        cwd=BASE_DIR, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gunicorn did not start")


class Trainee(threading.Thread):
    def __init__(self, port, cookie, results):
        super().__init__()
        self.port, self.cookie, self.results = port, cookie, results

    def request(self, method, path, body=None, content_type=None):
        headers = {"Cookie": self.cookie, "X-CSRFToken": CSRF, "Referer": f"http://127.0.0.1:{self.port}/"}
        if content_type:
            headers["Content-Type"] = content_type
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        return response, response.read()

    def run(self):
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            response, _ = self.request(
                "POST",
                "/lop/BENCH/kiem-tra/",
                body=f"csrfmiddlewaretoken={CSRF}",
                content_type="application/x-www-form-urlencoded",
            )
            attempt = int(response.getheader("Location").rstrip("/").split("/")[-1])
            _, page = self.request("GET", f"/lan-lam-bai/{attempt}/")
            html = page.decode()
            slots = [int(part.split('"')[0]) for part in html.split('data-slot="')[1:]]
            options = {
                slot: int(html.split(f'name="slot-{slot}" value="')[1].split('"')[0]) for slot in slots
            }
            for slot in slots:
                started = time.perf_counter()
                response, body = self.request(
                    "POST",
                    f"/lan-lam-bai/{attempt}/tra-loi/",
                    json.dumps({"slot": slot, "options": [options[slot]], "sequence": 1}),
                    "application/json",
                )
                self.results["latencies"].append((time.perf_counter() - started) * 1000)
                if response.status == 200 and json.loads(body)["saved"]:
                    self.results["acknowledged"].append(slot)
                else:
                    self.results["errors"] += 1
            self.request(
                "POST",
                f"/lan-lam-bai/{attempt}/",
                body=f"csrfmiddlewaretoken={CSRF}&action=submit",
                content_type="application/x-www-form-urlencoded",
            )
        except Exception:
            self.results["errors"] += 1


def baseline(port, seconds=3.0, threads=8):
    count = [0]
    deadline = time.perf_counter() + seconds

    def hammer():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.perf_counter() < deadline:
            connection.request("GET", "/static/favicon.svg")
            connection.getresponse().read()
            count[0] += 1

    workers = [threading.Thread(target=hammer) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return count[0] / seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=60)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--questions", type=int, default=15)
    options = parser.parse_args()

    recreate_database()
    cookies = prepare(options.trainees, options.questions)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=BASE_DIR, env=ENV, check=True
    )
    port = free_port()
    server = start_server(port)
    results = {"latencies": [], "acknowledged": [], "errors": 0}
    try:
        started = time.perf_counter()
        pending = [Trainee(port, cookie, results) for cookie in cookies]
        running = []
        while pending or running:
            running = [thread for thread in running if thread.is_alive()]
            while pending and len(running) < options.concurrency:
                thread = pending.pop()
                thread.start()
                running.append(thread)
            time.sleep(0.01)
        elapsed = time.perf_counter() - started
        base = baseline(port)
    finally:
        server.terminate()
        server.wait()

    from quizzes.models import AttemptQuestion

    stored = set(AttemptQuestion.objects.exclude(chosen=[]).values_list("pk", flat=True))
    latencies = sorted(results["latencies"])
    print(f"answers_per_s: {len(latencies) / elapsed:.1f}")
    print(f"p50_ms: {statistics.median(latencies):.1f}")
    print(f"p95_ms: {latencies[int(len(latencies) * 0.95) - 1]:.1f}")
    print(f"errors: {results['errors']}")
    print(f"lost_answers: {len(set(results['acknowledged']) - stored)}")
    print(f"baseline_per_s: {base:.1f}")
    from django.db import connections

    connections.close_all()
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", "DROP DATABASE IF EXISTS dvk_bench"], check=False
    )


if __name__ == "__main__":
    main()
