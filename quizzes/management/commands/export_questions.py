from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.models import CoursePage
from quizzes.exporting import EXPORT_FORMATS, export_bank


class Command(BaseCommand):
    help = (
        "Export a course's question bank as GIFT or Excel (.xlsx); importing it into an empty bank of the course "
        "gives the same questions."
    )

    def add_arguments(self, parser):
        parser.add_argument("--course", required=True, help="the course page's slug")
        parser.add_argument(
            "--format", choices=EXPORT_FORMATS, help="default: xlsx for an output ending in .xlsx, else gift"
        )
        parser.add_argument("-o", "--output", required=True)

    def handle(self, *args, course, format, output, **options):
        course_page = CoursePage.objects.filter(slug=course).first()
        if course_page is None:
            raise CommandError(f"No course has the slug {course!r}.")
        format = format or ("xlsx" if output.lower().endswith(".xlsx") else "gift")
        content, _name = export_bank(course_page, format)
        Path(output).write_bytes(content)
        self.stdout.write(f"exported: {course_page.questions.count()}")
