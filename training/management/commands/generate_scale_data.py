import io
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from bench import scale_data


class Command(BaseCommand):
    help = (
        "Fill the database with realistic classes of the demo course, for trying the dashboard at scale: "
        "trainees with Vietnamese names and units at every stage, quiz attempts and certificates. "
        "Adds to what is there; development only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--trainees", type=int, required=True, help="how many trainees in all")
        parser.add_argument("--classes", type=int, default=1, help="how many classes share them (default 1)")
        parser.add_argument("--seed", type=int, help="the same seed gives the same names and progress")

    def handle(self, *args, trainees, classes, seed, **options):
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError(
                f"generate_scale_data creates made-up accounts and is refused by these settings ({settings.SETTINGS_MODULE})."
            )
        if trainees < 0 or classes < 1:
            raise CommandError("--trainees must be 0 or more and --classes at least 1.")
        started = time.monotonic()
        call_command(
            "load_demo", stdout=io.StringIO()
        )  # the demo course, quiz, unit and trainer are the base
        made = scale_data.generate(trainees, classes, seed=seed)
        for training_class in made:
            self.stdout.write(f"  {training_class.code}  {training_class.enrollments.count():>7} trainees")
        self.stdout.write(
            self.style.SUCCESS(
                f"created: {len(made)} classes, {trainees} trainees in {time.monotonic() - started:.1f} s"
            )
        )
