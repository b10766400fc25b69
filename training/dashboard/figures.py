"""The organizers' dashboard as figures: what a class, its units and all of a user's classes count.

The database does the counting, whatever the number of trainees: each enrolment gets its facts as
SQL expressions (``with_facts``), and one grouped query returns how many enrolments share each
combination of unit, status, certificate and quiz result. That frequency table is small (a few
hundred rows for a class of thousands) and gives every figure exactly, medians included.

The definitions are ``DEFINITIONS`` below: the page, the workbooks and the README say the same.
Rates, averages and medians are rounded half up to one decimal; what is shown is what is exported.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db import models
from django.db.models import Case, Count, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from quizzes.gradebook import with_results
from quizzes.models import Quiz

from ..models import Certificate, Enrollment, LessonCompletion
from ..names import search_key
from ..progress import lessons_by_course

ONE_DECIMAL = Decimal("0.1")
BIN_COUNT = 10


class Status(models.TextChoices):
    NOT_STARTED = "not_started", pgettext_lazy("trainee status", "Not started")
    IN_PROGRESS = "in_progress", pgettext_lazy("trainee status", "In progress")
    COMPLETED = "completed", pgettext_lazy("trainee status", "Completed")


class Period(models.TextChoices):
    """Where a class stands on a day: from its first day to its last it is running."""

    RUNNING = "running", _("Running")
    UPCOMING = "upcoming", _("Not started yet")
    ENDED = "ended", _("Ended")


def class_period(training_class, today=None):
    today = today or timezone.localdate()
    if today < training_class.starts_on:
        return Period.UPCOMING
    return Period.RUNNING if today <= training_class.ends_on else Period.ENDED


def in_period(period, today):
    """The classes in ``period`` on ``today``, as a filter (``class_period`` in the database)."""
    return {
        Period.RUNNING: Q(starts_on__lte=today, ends_on__gte=today),
        Period.UPCOMING: Q(starts_on__gt=today),
        Period.ENDED: Q(ends_on__lt=today),
    }[period]


DEFINITIONS = [
    _("Enrolled: every trainee enrolled in the class."),
    _("Not started: not completed, no lesson marked done and no quiz attempt."),
    _("In progress: not completed, with at least one lesson done or one quiz attempt."),
    _("Completed: the class's completion rule is met (every lesson done and, by default, the quiz passed)."),
    _("Certified: holds an issued certificate; pending, failed and revoked ones do not count."),
    _("Completion rate: completed ÷ enrolled."),
    _(
        "Quiz result: by the quiz's grading method (highest, first, last or average) over the finished "
        "attempts; attempts used counts every attempt started."
    ),
    _("Pass rate: trainees whose result reaches the pass mark ÷ trainees who have a result."),
    _("Average and median score: of the results of the trainees who have one."),
    _("Score histogram: ten bins of ten points, 0–10 … 90–100; a result of 100 is in the last bin."),
    _(
        "Completions over time: completions per day, added up, from the first day of the class to today "
        "or to its last day."
    ),
    _("Rates, averages and medians are rounded to one decimal, half up."),
]

STATUS_RANK = {Status.NOT_STARTED: 0, Status.IN_PROGRESS: 1, Status.COMPLETED: 2}


def rounded(value):
    """One decimal, half up: 62.45 → 62.5 (what the page shows and the exports hold)."""
    return None if value is None else Decimal(value).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def rate(part, whole):
    """``part`` of ``whole`` in percent, rounded as shown; None when there is no whole."""
    return rounded(Decimal(part * 100) / whole) if whole else None


def with_facts(enrollments, lesson_ids):
    """``enrollments`` annotated with ``lessons_done`` (of ``lesson_ids``, the published lessons of
    their courses), ``attempts_used``, ``result``, ``status`` and ``certified``."""
    if lesson_ids:
        done = LessonCompletion.objects.filter(enrollment=OuterRef("pk"), lesson_id__in=lesson_ids)
        lessons_done = Coalesce(
            Subquery(done.order_by().values("enrollment").annotate(count=Count("pk")).values("count")), 0
        )
    else:
        lessons_done = Value(0)
    return (
        with_results(enrollments)
        .annotate(lessons_done=lessons_done)
        .annotate(
            status=Case(
                When(completed_at__isnull=False, then=Value(Status.COMPLETED)),
                When(lessons_done=0, attempts_used=0, then=Value(Status.NOT_STARTED)),
                default=Value(Status.IN_PROGRESS),
            ),
            certified=Case(
                When(certificate__status=Certificate.Status.ISSUED, then=Value(True)),
                default=Value(False),
            ),
        )
    )


def status_rank():
    """The status as a number, for sorting: not started, in progress, completed."""
    return Case(
        *(When(status=status, then=Value(rank)) for status, rank in STATUS_RANK.items()),
        output_field=models.IntegerField(),
    )


@dataclass
class Figures:
    """The counts of a group of enrolments (a class, a unit, several classes) and what follows from them."""

    enrolled: int = 0
    statuses: Counter = field(default_factory=Counter)
    certified: int = 0
    passed: int = 0
    results: Counter = field(default_factory=Counter)  # result → how many trainees have it

    def add(self, status, certified, result, count, pass_mark):
        self.enrolled += count
        self.statuses[status] += count
        self.certified += count if certified else 0
        if result is not None:
            self.results[result] += count
            self.passed += count if pass_mark is not None and result >= pass_mark else 0

    def merge(self, other):
        self.enrolled += other.enrolled
        self.statuses.update(other.statuses)
        self.certified += other.certified
        self.passed += other.passed
        self.results.update(other.results)

    @property
    def not_started(self):
        return self.statuses[Status.NOT_STARTED]

    @property
    def in_progress(self):
        return self.statuses[Status.IN_PROGRESS]

    @property
    def completed(self):
        return self.statuses[Status.COMPLETED]

    @property
    def with_result(self):
        return self.results.total()

    @property
    def without_result(self):
        return self.enrolled - self.with_result

    @property
    def completion_rate(self):
        return rate(self.completed, self.enrolled)

    @property
    def pass_rate(self):
        return rate(self.passed, self.with_result)

    @property
    def average_score(self):
        if not self.with_result:
            return None
        return rounded(sum(result * count for result, count in self.results.items()) / self.with_result)

    @property
    def median_score(self):
        count = self.with_result
        if not count:
            return None
        middle = ((count - 1) // 2, count // 2)
        values, seen = [], 0
        for result in sorted(self.results):
            following = seen + self.results[result]
            values += [result for position in middle if seen <= position < following]
            seen = following
        return rounded((values[0] + values[1]) / 2)

    def share(self, count):
        return rate(count, self.enrolled)

    @property
    def by_status(self):
        """[(status, label, how many, share of the enrolled)] in the order trainees move through them."""
        return [
            (status, label, self.statuses[status], self.share(self.statuses[status]))
            for status, label in Status.choices
        ]

    def histogram(self):
        """[(lower bound, count)] for the ten bins 0–10 … 90–100, 100 in the last."""
        counts = [0] * BIN_COUNT
        for result, count in self.results.items():
            counts[min(int(result // 10), BIN_COUNT - 1)] += count
        return [(10 * index, count) for index, count in enumerate(counts)]


@dataclass
class UnitFigures:
    unit: str
    figures: Figures


@dataclass
class ClassSetup:
    """What the figures of a class depend on: its course's quiz and published lessons."""

    training_class: object
    quiz: Quiz | None
    lesson_ids: list

    @property
    def lessons_total(self):
        return len(self.lesson_ids)

    @property
    def pass_mark(self):
        return self.quiz.pass_mark if self.quiz else None


@dataclass
class ClassReport(ClassSetup):
    """Everything the dashboard of one class shows."""

    figures: Figures
    units: list  # [UnitFigures], by completion rate, best first
    timeline: list  # [(date, completed that day, completed so far)]


def class_setup(training_class):
    """The quiz and lessons of a class's course: three queries."""
    course_id = training_class.course_id
    return ClassSetup(
        training_class=training_class,
        quiz=Quiz.objects.filter(course_id=course_id).first(),
        lesson_ids=[lesson.pk for lesson in lessons_by_course([course_id])[course_id]],
    )


def class_report(training_class, today=None):
    """The figures of one class, in five queries whatever its size."""
    setup = class_setup(training_class)
    figures = Figures()
    units = defaultdict(Figures)
    for unit, status, certified, result, count in frequencies(
        training_class.enrollments.all(), setup.lesson_ids, "unit"
    ):
        figures.add(status, certified, result, count, setup.pass_mark)
        units[unit].add(status, certified, result, count, setup.pass_mark)
    return ClassReport(
        training_class=training_class,
        quiz=setup.quiz,
        lesson_ids=setup.lesson_ids,
        figures=figures,
        units=by_completion_rate(units),
        timeline=completion_over_time(training_class, today),
    )


def frequencies(enrollments, lesson_ids, group_by):
    """(group, status, certified, result, how many) over ``enrollments``: one grouped query."""
    return (
        with_facts(enrollments, lesson_ids)
        .order_by()
        .values_list(group_by, "status", "certified", "result")
        .annotate(count=Count("pk"))
    )


def by_completion_rate(units):
    """Units with the best completion rate first; then the larger ones; then by name."""
    rows = [UnitFigures(unit, figures) for unit, figures in units.items()]
    return sorted(
        rows, key=lambda row: (-(row.figures.completion_rate or 0), -row.figures.enrolled, row.unit)
    )


def completion_over_time(training_class, today=None):
    """[(day, completed that day, completed so far)] for every day from the class's first day to today,
    or to its last day if it has ended. A completion before the first day counts on it; one after the
    last day extends the timeline to it, so that the last point is every completion."""
    today = today or timezone.localdate()
    per_day = dict(
        training_class.enrollments.filter(completed_at__isnull=False)
        .annotate(day=TruncDate("completed_at"))
        .order_by()
        .values_list("day")
        .annotate(count=Count("pk"))
    )
    first = training_class.starts_on
    last = max([first, min(today, training_class.ends_on), *per_day])
    early = sum(count for day, count in per_day.items() if day < first)
    timeline, so_far = [], 0
    for offset in range((last - first).days + 1):
        day = first + datetime.timedelta(days=offset)
        count = per_day.get(day, 0) + (early if day == first else 0)
        so_far += count
        timeline.append((day, count, so_far))
    return timeline


def figures_by_class(classes):
    """{class id: Figures} for many classes, in five queries whatever their number and size."""
    classes = list(classes)
    course_ids = {training_class.course_id for training_class in classes}
    lessons = lessons_by_course(course_ids)
    lesson_ids = [lesson.pk for course_lessons in lessons.values() for lesson in course_lessons]
    pass_marks = dict(Quiz.objects.filter(course_id__in=course_ids).values_list("course_id", "pass_mark"))
    course_of = {training_class.pk: training_class.course_id for training_class in classes}
    result = {training_class.pk: Figures() for training_class in classes}
    enrollments = Enrollment.objects.filter(training_class__in=[c.pk for c in classes])
    for class_id, status, certified, score, count in frequencies(enrollments, lesson_ids, "training_class"):
        result[class_id].add(status, certified, score, count, pass_marks.get(course_of[class_id]))
    return result


def total(figures):
    """The figures of several groups together."""
    combined = Figures()
    for one in figures:
        combined.merge(one)
    return combined


def search_filter(query):
    """Trainees whose name contains ``query`` with or without diacritics, or whose e-mail or phone does."""
    condition = Q(trainee__search_name__contains=search_key(query)) | Q(
        trainee__email__icontains=query.strip()
    )
    digits = "".join(char for char in query if char.isdigit())
    if len(digits) >= 3:
        condition |= Q(trainee__phone__contains=digits)
    return condition


# What the list of trainees exports, one row per enrolment (see ClassExportView).
TRAINEE_FIELDS = (
    "trainee__full_name",
    "trainee__username",
    "trainee__email",
    "trainee__phone",
    "unit",
    "position",
    "enrolled_at",
    "lessons_done",
    "attempts_used",
    "result",
    "status",
    "completed_at",
    "certificate__serial",
    "certificate__status",
    "certificate__issued_at",
)
