from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from courses.models import CoursePage
from quizzes import rules
from quizzes.bank import add_question
from quizzes.formats import ImportProblem, parse_aiken, parse_gift

PARSERS = {"gift": parse_gift, "aiken": parse_aiken}


def detect_format(path, text):
    if path.suffix.lower() == ".gift":
        return "gift"
    return (
        "aiken" if any(line.strip().upper().startswith("ANSWER:") for line in text.splitlines()) else "gift"
    )


class Command(BaseCommand):
    help = (
        "Import questions (GIFT or Aiken) into a course's bank. Last line 'imported: N, errors: M'; exit status 0 "
        "only without errors. By default a file with any error imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--course", required=True, help="the course page's slug")
        parser.add_argument(
            "--format", choices=sorted(PARSERS), help="default: from the extension and the content"
        )
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
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file} as UTF-8 text: {error}") from None

        questions, problems = PARSERS[format or detect_format(path, text)](text)
        valid = []
        for question in questions:
            found = rules.problems_with(question.kind, [option.weight for option in question.options])
            if found:
                problems.append(ImportProblem(question.line, question.title, "; ".join(found)))
            else:
                valid.append(question)
        for problem in sorted(problems, key=lambda problem: problem.line):
            where = f"“{problem.title}”" if problem.title else _("line %(line)s") % {"line": problem.line}
            self.stderr.write(f"{where}: {problem.message}")

        imported = 0
        if dry_run and (skip_invalid or not problems):
            imported = len(valid)
            self.stdout.write("Dry run: nothing was written.")
        elif skip_invalid or not problems:
            with transaction.atomic():
                for question in valid:
                    add_question(
                        course_page,
                        kind=question.kind,
                        text=question.text,
                        options=[
                            (option.text, option.weight, option.feedback) for option in question.options
                        ],
                        explanation=question.explanation,
                        category=question.category,
                    )
            imported = len(valid)
        elif problems and not skip_invalid:
            self.stderr.write("Nothing was imported: fix the errors, or use --skip-invalid.")
        self.stdout.write(f"imported: {imported}, errors: {len(problems)}")
        if problems:
            raise SystemExit(1)
