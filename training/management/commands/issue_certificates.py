import time

from django.core.management.base import BaseCommand

from training.certificates import issuing
from training.management.classes import class_with_code


class Command(BaseCommand):
    help = (
        "Queue the certificates of every completed enrolment of a class (the missing and the failed ones). "
        "Last line 'issued: N, pending: P, failed: F'."
    )

    def add_arguments(self, parser):
        parser.add_argument("--class", dest="code", required=True, help="the class code, e.g. DVK-2026-01")
        parser.add_argument("--wait", action="store_true", help="wait until the workers have issued them all")
        parser.add_argument(
            "--timeout", type=float, default=600, help="seconds to wait at most (default 600)"
        )

    def handle(self, *args, code, wait, timeout, **options):
        training_class = class_with_code(code)
        queued = issuing.request_for_class(training_class)
        progress = issuing.class_progress(training_class)
        if progress["pending"] and not queued:
            self.stderr.write(
                "The broker is unreachable: the certificates stay pending until the sweep queues them."
            )
        else:
            self.stdout.write(
                f"Queued {queued} certificate(s) of {progress['completed']} completed enrolment(s)."
            )
        deadline = time.monotonic() + timeout
        while wait and progress["pending"] and time.monotonic() < deadline:
            time.sleep(0.5)
            progress = issuing.class_progress(training_class)
        for failure in progress["failures"]:
            self.stderr.write(f"{failure['serial']} {failure['name']}: {failure['reason']}")
        self.stdout.write(
            f"issued: {progress['issued']}, pending: {progress['pending']}, failed: {progress['failed']}"
        )
        if progress["failed"] or (wait and progress["pending"]):
            raise SystemExit(1)
