"""Benchmark: how long a certificate waits when its task is lost, by a worker killed mid-task or by a Redis
broker restarted empty.

    .venv/bin/python bench/certificate_recovery.py

Creates (and removes afterwards) the PostgreSQL database ``dvk_recovery_bench`` and uses Redis database
11 at 127.0.0.1:6379 as the broker. Celery beat runs throughout, as in a deployment. Two scenarios:

- ``killed_worker``: the worker's pool process is stopped (SIGSTOP), a trainee completes, the worker
  takes the certificate's task and hands it to that process; then the whole worker is killed (SIGKILL)
  and a new one started at once, as systemd's ``Restart=`` does. The message stays unacknowledged in
  Redis until the visibility timeout; the sweep re-queues the pending certificate before that.
- ``emptied_broker``: a trainee completes while no worker runs; the broker's database is emptied
  (FLUSHDB, as a Redis restarted without persistence is), then a worker starts.

Prints, as ``name: value``, the seconds from the loss to the certificate issued for each, and
``bound_s``: CERTIFICATE_REQUEUE_AFTER_SECONDS plus the sweep's period, the worst case the README states.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scratch import BASE_DIR, environment, manage, scratch_database, setup_django

DATABASE = "dvk_recovery_bench"
BROKER_DB = 11
ENV = environment(
    DATABASE,
    CELERY_BROKER_URL=f"redis://127.0.0.1:6379/{BROKER_DB}",
    EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    LOG_LEVEL="INFO",
)
LOGS = Path(tempfile.mkdtemp(prefix="dvk-recovery-"))


def start(name, *arguments):
    log = (LOGS / f"{name}.log").open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "--app", "training", *arguments],
        cwd=BASE_DIR, env=ENV, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip


def start_worker(name):
    worker = start(name, "worker", "--concurrency", "1", "--hostname", f"{name}@%h", "--loglevel", "INFO")
    wait_for_log(name, "ready.")
    return worker


def wait_for_log(name, text, seconds=60):
    deadline = time.monotonic() + seconds
    while text not in (LOGS / f"{name}.log").read_text(errors="replace"):
        if time.monotonic() > deadline:
            raise SystemExit(f"{name} did not log {text!r} within {seconds} s (logs in {LOGS})")
        time.sleep(0.1)


def kill(process):
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def pool_processes(worker):
    children = subprocess.run(["pgrep", "-P", str(worker.pid)], capture_output=True, text=True).stdout.split()
    return [int(pid) for pid in children]


def flush_broker():
    with socket.create_connection(("127.0.0.1", 6379), timeout=3) as redis:
        redis.sendall(f"SELECT {BROKER_DB}\r\nFLUSHDB\r\n".encode())
        time.sleep(0.2)
        assert redis.recv(100) == b"+OK\r\n+OK\r\n"


def complete(number):
    """A trainee of the demo class completes now; their certificate is queued once this commits."""
    from django.db import transaction

    from training.models import Enrollment, TrainingClass, User
    from training.progress import record_completion

    with transaction.atomic():
        trainee = User.objects.create(username=f"recovery{number}", full_name=f"Nguyễn Văn Phục Hồi {number}")
        enrollment = Enrollment.objects.create(
            training_class=TrainingClass.objects.get(code="DVK-DEMO"), trainee=trainee
        )
        record_completion(enrollment)
    return enrollment


def wait_until_issued(enrollment, since, seconds=600):
    from training.models import Certificate

    while time.monotonic() - since < seconds:
        if Certificate.objects.filter(enrollment=enrollment, status=Certificate.Status.ISSUED).exists():
            return time.monotonic() - since
        time.sleep(0.5)
    raise SystemExit(f"no certificate within {seconds} s (logs in {LOGS})")


def killed_worker():
    worker = start_worker("worker1")
    for pid in pool_processes(worker):
        os.kill(pid, signal.SIGSTOP)
    enrollment = complete(1)
    wait_for_log("worker1", "Task training.tasks.issue_certificate")
    lost = time.monotonic()
    kill(worker)
    worker = start_worker("worker2")
    try:
        return wait_until_issued(enrollment, lost)
    finally:
        kill(worker)


def emptied_broker():
    enrollment = complete(2)
    time.sleep(1)
    flush_broker()
    lost = time.monotonic()
    worker = start_worker("worker3")
    try:
        return wait_until_issued(enrollment, lost)
    finally:
        kill(worker)


def main():
    with scratch_database(DATABASE):
        manage(ENV, "migrate")
        manage(ENV, "load_demo")
        flush_broker()
        setup_django(ENV)
        from django.conf import settings

        beat = start("beat", "beat", "--schedule", str(LOGS / "celerybeat-schedule"), "--loglevel", "INFO")
        try:
            figures = {"killed_worker_s": killed_worker(), "emptied_broker_s": emptied_broker()}
        finally:
            kill(beat)
            flush_broker()
        shutil.rmtree(LOGS)  # kept when a scenario failed, to be read
        period = settings.CELERY_BEAT_SCHEDULE["sweep-certificates"]["schedule"]
        figures["bound_s"] = settings.CERTIFICATE_REQUEUE_AFTER_SECONDS + period
    for name, value in figures.items():
        print(f"{name}: {value:.1f}")


if __name__ == "__main__":
    main()
