from django.core.management.base import BaseCommand
from django.db import transaction

from courses.demo.course import load_course
from courses.demo.lessons import COURSE
from courses.demo.site import load_home_page
from courses.models import CoursePage
from quizzes.demo.bank import load_bank


def load_course_content():
    """The site's home page and the course «Dân vận khéo» with its register, lessons, bank and quiz, creating
    what is missing. Returns the course and a list of what was created."""
    home, home_created = load_home_page()
    created = ["site home page"] if home_created else []
    created += load_course(home)
    course = CoursePage.objects.get(slug=COURSE["slug"])
    created += load_bank(course)
    return course, created


class Command(BaseCommand):
    help = (
        "Install the course «Dân vận khéo» built from the source articles: the register of documents, five "
        "lessons, a bank of questions and the course quiz. No account, no class: allowed in production. "
        "Idempotent: a second run changes nothing."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            course, created = load_course_content()
        if created:
            self.stdout.write(self.style.SUCCESS("Installed: " + ", ".join(created) + "."))
        else:
            self.stdout.write("The course is already installed; nothing changed.")
        self.stdout.write(f"course: {course.slug}")
