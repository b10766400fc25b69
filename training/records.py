"""What trainees earned that an object holds, and the refusal to delete it.

Enrolments, lessons marked done, quiz attempts and certificates are what a trainee earned; the
database protects them (``on_delete=PROTECT``), and the admin's delete views (pages, snippets, users,
one at a time or in bulk) ask here first, so that a refusal is a message saying what holds the object
and what to do instead, never an error page. Objects that hold nothing are deleted as before.
"""

from collections import Counter
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import router
from django.db.models import Count, Q
from django.db.models.deletion import Collector, ProtectedError, RestrictedError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page

from courses.models import CoursePage, LessonPage
from quizzes.models import Attempt, Question, Quiz

from .models import Certificate, Enrollment, LessonCompletion, OrganizingUnit, TrainingClass

ADVICE = {
    Quiz: gettext_lazy("Close the quiz instead (set when it closes): its attempts stay on record."),
    Question: gettext_lazy("Edit the question instead: past attempts keep the version they were taken with."),
    TrainingClass: gettext_lazy(
        "Keep the class (close self-enrolment if need be): it stays in the reports. Enrolments made "
        "by mistake, with no progress yet, can be removed first."
    ),
    Enrollment: gettext_lazy(
        "The enrolment stays in the class's records; revoke its certificate instead if it must no "
        "longer be valid."
    ),
    OrganizingUnit: gettext_lazy("Keep the unit: its classes and their records belong to it."),
    Certificate: gettext_lazy(
        "Revoke the certificate instead, with the reason: the verification page then says so."
    ),
    Page: gettext_lazy("Unpublish it instead: trainees' records stay, and it can be published again."),
}
USER_ADVICE = gettext_lazy(
    "Deactivate the account instead (untick “Active”): the person can no longer sign in, and their "
    "records stay."
)


@dataclass
class HeldRecords:
    classes: int = 0
    enrollments: int = 0
    completions: int = 0
    completion_trainees: int = 0
    attempts: int = 0
    attempt_trainees: int = 0
    certificates: int = 0

    def __bool__(self):
        return any(vars(self).values())

    def describe(self):
        """e.g. "12 attempts by 9 trainees, 3 certificates", in the user's language."""
        parts = []
        if self.classes:
            parts.append(
                ngettext("%(count)s training class", "%(count)s training classes", self.classes)
                % {"count": self.classes}
            )
        if self.enrollments:
            parts.append(
                ngettext("%(count)s enrolment", "%(count)s enrolments", self.enrollments)
                % {"count": self.enrollments}
            )
        if self.completions:
            parts.append(
                ngettext(
                    "%(count)s lesson completion by %(trainees)s trainee(s)",
                    "%(count)s lesson completions by %(trainees)s trainee(s)",
                    self.completions,
                )
                % {"count": self.completions, "trainees": self.completion_trainees}
            )
        if self.attempts:
            parts.append(
                ngettext(
                    "%(count)s quiz attempt by %(trainees)s trainee(s)",
                    "%(count)s quiz attempts by %(trainees)s trainee(s)",
                    self.attempts,
                )
                % {"count": self.attempts, "trainees": self.attempt_trainees}
            )
        if self.certificates:
            parts.append(
                ngettext("%(count)s certificate", "%(count)s certificates", self.certificates)
                % {"count": self.certificates}
            )
        return ", ".join(parts)


def held_by(instance):
    """The trainees' records that keep ``instance`` (a page, quiz, question, unit, class, enrolment,
    certificate or user) from being deleted; empty for anything else. A page counts with the pages
    under it; a certificate is such a record itself."""
    held = HeldRecords()
    enrollments = attempts = completions = None
    if isinstance(instance, Page):
        under = Q(path__startswith=instance.path)
        courses = CoursePage.objects.filter(under)
        classes = TrainingClass.objects.filter(course__in=courses)
        held.classes = classes.count()
        held.enrollments = Enrollment.objects.filter(training_class__in=classes).count()
        completions = LessonCompletion.objects.filter(lesson__in=LessonPage.objects.filter(under))
        attempts = Attempt.objects.filter(quiz__course__in=courses)
    elif isinstance(instance, Quiz):
        attempts = instance.attempts.all()
    elif isinstance(instance, Question):
        attempts = Attempt.objects.filter(slots__question=instance)
    elif isinstance(instance, OrganizingUnit):
        held.classes = instance.classes.count()
        enrollments = Enrollment.objects.filter(training_class__organizing_unit=instance)
    elif isinstance(instance, TrainingClass):
        enrollments = instance.enrollments.all()
    elif isinstance(instance, Certificate):
        held.certificates = 1
    elif isinstance(instance, Enrollment):
        completions, attempts = instance.lesson_completions.all(), instance.attempts.all()
        held.certificates = Certificate.objects.filter(enrollment=instance).count()
    elif isinstance(instance, get_user_model()):
        enrollments = instance.enrollments.all()
    if enrollments is not None:
        held.enrollments = enrollments.count()
        completions = LessonCompletion.objects.filter(enrollment__in=enrollments)
        attempts = Attempt.objects.filter(enrollment__in=enrollments)
        held.certificates = Certificate.objects.filter(enrollment__in=enrollments).count()
    if completions is not None:
        held.completions, held.completion_trainees = _count_with_trainees(completions)
    if attempts is not None:
        held.attempts, held.attempt_trainees = _count_with_trainees(attempts)
    return held


def _count_with_trainees(records):
    counts = records.order_by().aggregate(
        rows=Count("pk", distinct=True), trainees=Count("enrollment__trainee", distinct=True)
    )
    return counts["rows"], counts["trainees"]


def advice_for(instance):
    if isinstance(instance, get_user_model()):
        return USER_ADVICE
    return next((advice for model, advice in ADVICE.items() if isinstance(instance, model)), "")


def protected_from(instance):
    """What else the database keeps ``instance`` for (``on_delete=PROTECT``, e.g. a contest's rounds and
    entries), described by kind: "2 rounds"; empty when nothing does. The apps that hold such records
    need not be known here: Django's own collector finds them, as deleting would."""
    collector = Collector(using=router.db_for_write(type(instance)))
    try:
        collector.collect([instance])
    except (ProtectedError, RestrictedError) as error:
        kinds = Counter(type(record)._meta.verbose_name_plural for record in error.protected_objects)
        return ", ".join(f"{count} {kind}" for kind, count in kinds.items())
    return ""


def refusal(instances):
    """Why ``instances`` may not be deleted, naming each one that holds records; None if none does."""
    refused = []
    for instance in instances:
        if records := held_by(instance):
            reason = _("“%(object)s” cannot be deleted: it holds what trainees earned (%(records)s).")
            refused.append((instance, reason % {"object": instance, "records": records.describe()}))
        elif records := protected_from(instance):
            reason = _("“%(object)s” cannot be deleted: other records refer to it (%(records)s).")
            refused.append((instance, reason % {"object": instance, "records": records}))
    if not refused:
        return None
    advice = dict.fromkeys(advice for instance, _reason in refused if (advice := str(advice_for(instance))))
    if len(refused) < len(instances):
        advice[_("Nothing was deleted.")] = None
    return " ".join([*(reason for _instance, reason in refused), *advice])


def refuse_deletion(request, instances, back_to):
    """A redirect to ``back_to`` with the reason as an error message, if any of ``instances`` holds
    trainees' records; None (carry on) otherwise."""
    reason = refusal(list(instances))
    if reason is None:
        return None
    messages.error(request, reason)
    return redirect(back_to)


class KeepingRecordsOnBulkDelete:
    """For a bulk delete action of the admin (pages, users): refused at once, with the reason, when an
    item chosen holds trainees' records. Wagtail's own would ask for confirmation first, then fail."""

    fallback_url_name = "wagtailadmin_home"

    def dispatch(self, request, *args, **kwargs):
        objects, _without_access = self.get_actionable_objects()
        back_to = get_valid_next_url_from_request(request) or reverse(self.fallback_url_name)
        return refuse_deletion(request, objects, back_to) or super().dispatch(request, *args, **kwargs)
