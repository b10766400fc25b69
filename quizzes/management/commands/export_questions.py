from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.models import CoursePage
from quizzes.formats import ParsedOption, ParsedQuestion, to_gift
from quizzes.models import Question


class Command(BaseCommand):
    help = (
        "Export a course's question bank as GIFT; importing it into an empty bank gives the same questions."
    )

    def add_arguments(self, parser):
        parser.add_argument("--course", required=True, help="the course page's slug")
        parser.add_argument("--format", choices=["gift"], default="gift")
        parser.add_argument("-o", "--output", required=True)

    def handle(self, *args, course, format, output, **options):
        course_page = CoursePage.objects.filter(slug=course).first()
        if course_page is None:
            raise CommandError(f"No course has the slug {course!r}.")
        questions = (
            Question.objects.filter(course=course_page).select_related("category").prefetch_related("options")
        )
        parsed = [
            ParsedQuestion(
                line=0,
                title="",
                category=question.category.name if question.category else "",
                kind=question.kind,
                text=question.text,
                options=[
                    ParsedOption(option.text, option.weight, option.feedback)
                    for option in question.options.all()
                ],
                explanation=question.explanation,
            )
            for question in questions
        ]
        Path(output).write_text(to_gift(parsed), encoding="utf-8")
        self.stdout.write(f"exported: {len(parsed)}")
