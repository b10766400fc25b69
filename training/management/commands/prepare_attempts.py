from django.core.management.base import BaseCommand

from quizzes.attempts import prepare_attempts
from training.management.classes import class_with_code


class Command(BaseCommand):
    help = (
        "Before an exam: draw the next quiz attempt of every trainee of a class, so that pressing start "
        "only stamps the time. Last line 'prepared: N'."
    )

    def add_arguments(self, parser):
        parser.add_argument("--class", dest="code", required=True, help="the class code, e.g. DVK-2026-01")

    def handle(self, *args, code, **options):
        self.stdout.write(f"prepared: {prepare_attempts(class_with_code(code))}")
