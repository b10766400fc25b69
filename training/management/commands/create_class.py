import datetime

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from courses.models import CoursePage
from training.models import OrganizingUnit, TrainingClass


def date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{value!r} is not a date written YYYY-MM-DD.") from None


class Command(BaseCommand):
    help = "Open a training class (lớp tập huấn) of a course for an organizing unit, as the admin does."

    def add_arguments(self, parser):
        parser.add_argument("code", help="e.g. DVK-2026-01: capital letters, digits and dashes")
        parser.add_argument("--name", required=True)
        parser.add_argument("--course", required=True, help="the course page's slug, e.g. dan-van-kheo")
        parser.add_argument("--unit", required=True, help="the organizing unit's name")
        parser.add_argument("--starts", required=True, type=date, help="YYYY-MM-DD")
        parser.add_argument("--ends", required=True, type=date, help="YYYY-MM-DD")
        parser.add_argument(
            "--self-enrolment", action="store_true", help="trainees may join by typing the class code"
        )

    def handle(self, *args, code, name, course, unit, starts, ends, self_enrolment, **options):
        if TrainingClass.objects.filter(code=code).exists():
            raise CommandError(f"A class with the code {code} already exists.")
        course_page = CoursePage.objects.filter(slug=course).first()
        if course_page is None:
            raise CommandError(f"No course has the slug {course!r}.")
        organizing_unit = OrganizingUnit.objects.filter(name=unit.strip()).first()
        if organizing_unit is None:
            raise CommandError(f"No organizing unit is named {unit!r}; create it with create_unit.")
        training_class = TrainingClass(
            code=code,
            name=name,
            course=course_page,
            organizing_unit=organizing_unit,
            starts_on=starts,
            ends_on=ends,
            self_enrolment_open=self_enrolment,
        )
        try:
            training_class.full_clean()
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None
        training_class.save()
        self.stdout.write(f"class: {training_class}")
