from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from courses.models import CoursePage
from quizzes.formats.parsed import ImportFileError
from quizzes.importing import FORMATS, import_file


class Command(BaseCommand):
    help = (
        "Import questions (GIFT, Aiken or Excel .xlsx) into a course's bank. Last line 'imported: N, errors: M'; "
        "exit status 0 only without errors. By default a file with any error imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--course", required=True, help="the course page's slug")
        parser.add_argument("--format", choices=FORMATS, help="default: from the extension and the content")
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="import the valid questions, list the others"
        )

    def handle(self, *args, file, course, format, dry_run, skip_invalid, **options):
        course_page = CoursePage.objects.filter(slug=course).first()
        if course_page is None:
            raise CommandError(f"No course has the slug {course!r}.")
        path = Path(file)
        try:
            with path.open("rb") as data:
                report = import_file(
                    course_page, data, path.name, format=format, dry_run=dry_run, skip_invalid=skip_invalid
                )
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        except ImportFileError as error:
            self.stderr.write(str(error))
            self.stdout.write("imported: 0, errors: 1")
            raise SystemExit(1) from None

        for problem in report.problems:
            self.stderr.write(str(problem))
        if report.problems and not skip_invalid:
            self.stderr.write(_("Nothing was imported: fix the errors, or use --skip-invalid."))
        elif dry_run:
            self.stdout.write(_("Dry run: nothing was written."))
        self.stdout.write(report.summary)
        if report.problems:
            raise SystemExit(1)
