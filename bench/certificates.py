"""Benchmark: certificates rendered in process, and issued in bulk by real workers through the broker.

    .venv/bin/python bench/certificates.py [--certificates 1000] [--workers 2] [--renders 200]

Creates (and removes afterwards) the PostgreSQL database ``dvk_cert_bench`` at 127.0.0.1:5432 and a
scratch media folder, and uses Redis database 13 at 127.0.0.1:6379 as the broker. Prints, one per line
as ``name: value``: render_ms_median (one certificate rendered in this process, median of --renders after a warm-up) and
bulk_per_s (certificates per second when a class's certificates are issued by --workers worker
processes, counted from queueing to the last file stored).
"""

import argparse
import statistics
import subprocess
import sys
import time

from scratch import BASE_DIR, environment, manage, scratch_database, setup_django

DATABASE = "dvk_cert_bench"
ENV = environment(
    DATABASE,
    CELERY_BROKER_URL="redis://127.0.0.1:6379/13",
    # Mail goes nowhere: the benchmark measures issuing, not an SMTP server.
    EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
)
QUEUE = "dvk-bench"


def measure_render(renders=200):
    """Median milliseconds to render one certificate in process, after a warm-up: the made-up trainee
    of a template's preview, with a verification URL as long as a real one."""
    import dataclasses
    import secrets

    from training.certificates.content import sample_content, verification_url
    from training.certificates.pdf import render_certificate
    from training.demo import TEMPLATE
    from training.models import Certificate, CertificateTemplate

    template = CertificateTemplate(**TEMPLATE)
    content = dataclasses.replace(
        sample_content(template),
        verification_url=verification_url(Certificate(code=secrets.token_urlsafe(18))),
    )
    for _ in range(10):
        render_certificate(content)
    timings = []
    for _ in range(renders):
        start = time.perf_counter()
        render_certificate(content)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def prepare_class(count):
    """A class whose ``count`` enrolments are complete and have no certificate yet."""
    from django.utils import timezone

    from training.models import Enrollment, TrainingClass, User

    manage(ENV, "migrate")
    manage(ENV, "load_demo")
    demo = TrainingClass.objects.select_related("course", "organizing_unit").get(code="DVK-DEMO")
    training_class = TrainingClass.objects.create(
        name="Lớp tập huấn đo tốc độ cấp giấy chứng nhận",
        code="DVK-BENCH",
        course=demo.course,
        organizing_unit=demo.organizing_unit,
        starts_on=timezone.localdate(),
        ends_on=timezone.localdate(),
        certificate_template=demo.certificate_template,
    )
    users = User.objects.bulk_create(
        User(username=f"hv{n:05d}", full_name=f"Nguyễn Thị Học Viên {n}", email=f"hv{n:05d}@example.vn")
        for n in range(count)
    )
    Enrollment.objects.bulk_create(
        Enrollment(training_class=training_class, trainee=user, unit="Sở Y tế", completed_at=timezone.now())
        for user in users
    )
    return training_class


def start_workers(count):
    command = [
        sys.executable, "-m", "celery", "--app", "training", "worker", "--pool", "solo",
        "--queues", QUEUE, "--loglevel", "WARNING", "--without-mingle", "--without-gossip",
    ]  # fmt: skip
    env = {**ENV, "CELERY_TASK_DEFAULT_QUEUE": QUEUE}
    return [
        subprocess.Popen(
            [*command, "--hostname", f"bench{n}@%h"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for n in range(count)
    ]


def measure_bulk(training_class, count, workers):
    from django.conf import settings
    from django.db.models import Max

    from training.certificates import issuing
    from training.models import Certificate

    settings.CELERY_TASK_DEFAULT_QUEUE = QUEUE
    from celery import current_app

    current_app.conf.task_default_queue = QUEUE
    processes = start_workers(workers)
    try:
        time.sleep(4)  # let the workers connect before the clock starts
        start = time.time()
        issuing.request_for_class(training_class)
        issued = Certificate.objects.filter(enrollment__training_class=training_class, status="issued")
        deadline = time.monotonic() + 600
        while issued.count() < count and time.monotonic() < deadline:
            time.sleep(0.2)
        last = issued.aggregate(last=Max("issued_at"))["last"]
        done = issued.count()
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
    failed = Certificate.objects.filter(status="failed").count()
    return done / (last.timestamp() - start), done, failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--certificates", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--renders", type=int, default=200)
    args = parser.parse_args()

    subprocess.run(["redis-cli", "-n", "13", "flushdb"], check=True, stdout=subprocess.DEVNULL)
    with scratch_database(DATABASE):
        setup_django(ENV)
        render_ms = measure_render(args.renders)
        training_class = prepare_class(args.certificates)
        bulk_per_s, done, failed = measure_bulk(training_class, args.certificates, args.workers)
    print(f"render_ms_median: {render_ms:.2f}")
    print(f"bulk_per_s: {bulk_per_s:.1f}")
    print(f"issued: {done} of {args.certificates}, failed: {failed}, workers: {args.workers}")


if __name__ == "__main__":
    main()
