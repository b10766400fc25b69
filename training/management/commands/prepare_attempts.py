from django.core.management.base import BaseCommand, CommandError

from quizzes.attempts import prepare_attempts
from training.models import TrainingClass


class Command(BaseCommand):
    help = (
        "Before an exam: draw the next quiz attempt of every trainee of a class, so that pressing start "
        "only stamps the time. Last line 'prepared: N'."
    )

    def add_arguments(self, parser):
        parser.add_argument("--class", dest="code", required=True, help="the class code, e.g. DVK-2026-01")

    def handle(self, *args, code, **options):
        training_class = TrainingClass.objects.filter(code__iexact=code).first()
        if training_class is None:
            raise CommandError(f"No class has the code {code!r}.")
        self.stdout.write(f"prepared: {prepare_attempts(training_class)}")
