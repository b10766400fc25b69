"""The dashboard asks the database the same number of questions for 10 trainees as for 500."""

import datetime
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bench.scale_data import Demo, generate_class
from tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    OrganizerFactory,
    OrganizingUnitFactory,
    QuizFactory,
)
from training.models import Enrollment

pytestmark = pytest.mark.django_db

CLASS_PAGES = [
    "",
    "trainees/",
    "trainees/?ordering=-result&status=in_progress",
    "trainees/?q=nguyen&ordering=status",
    "export.xlsx",
    "export.csv",
]


@pytest.fixture
def classes():
    """A class of 10 and one of 500 trainees at every stage, each in its own unit with its organizer."""
    course = CoursePageFactory()
    lessons = [LessonPageFactory(parent=course, title=f"Bài {n}") for n in range(1, 4)]
    quiz = QuizFactory(course=course, pass_mark=70, attempts_allowed=3)
    today = timezone.localdate()
    made = {}
    for size in (10, 500):
        unit = OrganizingUnitFactory()
        setup = Demo(course.pk, quiz, [lesson.pk for lesson in lessons], unit, trainer=None)
        training_class = generate_class(
            size,
            setup,
            random.Random(size),
            today - datetime.timedelta(days=20),
            today + datetime.timedelta(days=20),
        )
        organizer = OrganizerFactory()
        unit.organizers.add(organizer)
        made[size] = (training_class, organizer)
    return made


def queries(client, user, url):
    client.force_login(user)
    assert client.get(url).status_code == 200  # caches warmed (content types, site), as in use
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_generated_classes_hold_trainees_at_every_stage(classes):
    big, _organizer = classes[500]
    enrollments = Enrollment.objects.filter(training_class=big)

    assert enrollments.count() == 500
    assert enrollments.filter(completed_at__isnull=False).exists()
    assert enrollments.filter(lesson_completions__isnull=True).exists()
    assert enrollments.filter(attempts__passed=False).exists()
    assert enrollments.filter(certificate__status="issued").exists()


@pytest.mark.parametrize("tail", CLASS_PAGES)
def test_a_class_page_or_export_costs_as_many_queries_for_500_trainees_as_for_10(client, classes, tail):
    counts = {
        size: queries(client, organizer, f"/admin/training/classes/{training_class.pk}/dashboard/{tail}")
        for size, (training_class, organizer) in classes.items()
    }

    assert counts[10] == counts[500]


@pytest.mark.parametrize(
    "url", ["/admin/training/dashboard/", "/admin/training/dashboard/export.xlsx", "/admin/"]
)
def test_the_overview_its_export_and_the_home_panel_do_not_grow_with_the_trainees(client, classes, url):
    counts = {size: queries(client, organizer, url) for size, (_class, organizer) in classes.items()}

    assert counts[10] == counts[500]
