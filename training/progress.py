"""Trainees' progress through a class: lessons marked done, and the single moment of completion."""

import operator
from dataclasses import dataclass
from functools import reduce

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from courses.models import CoursePage, LessonPage
from quizzes.models import Quiz
from quizzes.results import quiz_passed

from .models import Enrollment, LessonCompletion, TrainingClass
from .signals import enrollment_completed


@dataclass
class Progress:
    done: int
    total: int
    next_lesson: LessonPage | None

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def finished(self):
        return self.total > 0 and self.done >= self.total


def lessons_by_course(course_ids):
    """{course id: [its published lessons, in order]}, in two queries whatever the number of courses."""
    paths = dict(CoursePage.objects.filter(pk__in=course_ids).values_list("path", "pk"))
    result = {course_id: [] for course_id in course_ids}
    if not paths:
        return result
    children = reduce(
        operator.or_, (Q(path__startswith=path, depth=len(path) // LessonPage.steplen + 1) for path in paths)
    )
    for lesson in (
        LessonPage.objects.live().filter(children).only("id", "title", "path", "url_path").order_by("path")
    ):
        result[paths[lesson.path[: -LessonPage.steplen]]].append(lesson)
    return result


def progress_of(enrollments):
    """{enrollment id: Progress} for many enrolments, in a fixed number of queries."""
    enrollments = list(enrollments)
    lessons = lessons_by_course({enrollment.training_class.course_id for enrollment in enrollments})
    done = {}
    for enrollment_id, lesson_id in LessonCompletion.objects.filter(enrollment__in=enrollments).values_list(
        "enrollment_id", "lesson_id"
    ):
        done.setdefault(enrollment_id, set()).add(lesson_id)
    result = {}
    for enrollment in enrollments:
        course_lessons = lessons[enrollment.training_class.course_id]
        finished = done.get(enrollment.pk, set())
        result[enrollment.pk] = Progress(
            done=sum(1 for lesson in course_lessons if lesson.pk in finished),
            total=len(course_lessons),
            next_lesson=next((lesson for lesson in course_lessons if lesson.pk not in finished), None),
        )
    return result


@transaction.atomic
def mark_lesson(user, lesson, done):
    """Mark ``lesson`` done (or not done) in each of the user's enrolments for its course."""
    enrollments = [
        enrollment
        for enrollment in lesson.enrollments_of(user).select_related("training_class")
        if enrollment.completed_at is None or not done
    ]
    for enrollment in enrollments:
        if done:
            LessonCompletion.objects.get_or_create(enrollment=enrollment, lesson=lesson)
        else:
            LessonCompletion.objects.filter(enrollment=enrollment, lesson=lesson).delete()
    if done:
        for enrollment in enrollments:
            complete_if_rule_met(enrollment)
    return enrollments


def complete_if_rule_met(enrollment):
    """Record the completion of ``enrollment`` if its class's completion rule is now met:
    every lesson done and, under the default rule, the course quiz passed when the course has one."""
    if enrollment.completed_at is not None or not progress_of([enrollment])[enrollment.pk].finished:
        return
    training_class = enrollment.training_class
    if training_class.completion_rule == TrainingClass.CompletionRule.LESSONS_AND_QUIZ:
        quiz = Quiz.objects.filter(course_id=training_class.course_id).first()
        if quiz is not None and not quiz_passed(enrollment, quiz):
            return
    record_completion(enrollment)


def record_completion(enrollment):
    """The moment an enrolment completes: recorded exactly once, announced after the commit.

    The conditional UPDATE makes two racing requests record one completion, not two.
    """
    now = timezone.now()
    updated = Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(completed_at=now)
    if updated:
        enrollment.completed_at = now
        transaction.on_commit(
            lambda: enrollment_completed.send(sender=Enrollment, enrollment=enrollment), robust=True
        )
    return bool(updated)
