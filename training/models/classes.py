"""Training classes, who is enrolled in them, and the lessons each trainee has marked done."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.uploads import PendingImport

from .people import OrganizingUnit, User


class TrainingClassQuerySet(models.QuerySet):
    def with_code(self, code):
        """The class a person means by ``code``: in any case, with the spaces around it ignored."""
        return self.filter(code__iexact=code.strip())

    def visible_to(self, user):
        """The classes a user may manage or follow: all for a superuser, their units' for an organizer,
        the ones they teach for a trainer, none otherwise."""
        if user.is_superuser:
            return self
        return self.filter(models.Q(organizing_unit__organizers=user) | models.Q(trainers=user)).distinct()


class TrainingClass(models.Model):
    """A lớp tập huấn: one course, a group of trainees, dates and trainers."""

    class CompletionRule(models.TextChoices):
        LESSONS_AND_QUIZ = (
            "lessons_and_quiz",
            _("Every lesson done, and the course quiz passed if the course has one"),
        )
        LESSONS = "lessons", _("Every lesson done")

    name = models.CharField(_("name"), max_length=255)
    code = models.CharField(
        _("class code"),
        max_length=32,
        unique=True,
        validators=[
            RegexValidator(
                r"^[A-Z0-9][A-Z0-9-]{2,31}$", _("Use capital letters, digits and dashes, e.g. DVK-2026-01.")
            )
        ],
        help_text=_("Short and unique, e.g. DVK-2026-01; trainees type it to enrol themselves."),
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="classes"
    )
    organizing_unit = models.ForeignKey(
        OrganizingUnit, verbose_name=_("organizing unit"), on_delete=models.PROTECT, related_name="classes"
    )
    trainers = models.ManyToManyField(
        User, verbose_name=_("trainers"), related_name="classes_taught", blank=True
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    self_enrolment_open = models.BooleanField(
        _("self-enrolment by code is open"),
        default=False,
        help_text=_("Trainees may join by typing the class code."),
    )
    completion_rule = models.CharField(
        _("completion rule"),
        max_length=20,
        choices=CompletionRule.choices,
        default=CompletionRule.LESSONS_AND_QUIZ,
    )
    certificate_prefix = models.CharField(
        _("certificate serial prefix"),
        max_length=24,
        blank=True,
        validators=[RegexValidator(r"^[A-Z0-9][A-Z0-9-]*$", _("Use capital letters, digits and dashes."))],
        help_text=_("Serial numbers read PREFIX-000123; empty gives DVK-<year the class starts>."),
    )
    certificate_template = models.ForeignKey(
        "CertificateTemplate",
        verbose_name=_("certificate template"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Empty: the first template of the organizing unit."),
    )

    objects = TrainingClassQuerySet.as_manager()

    class Meta:
        verbose_name = _("training class")
        verbose_name_plural = _("training classes")
        ordering = ["-starts_on", "code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="class_ends_after_it_starts"
            )
        ]

    def __str__(self):
        return f"{self.code} – {self.name}"

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A class cannot end before it starts.")})
        if (
            self.certificate_template
            and self.certificate_template.organizing_unit_id != self.organizing_unit_id
        ):
            raise ValidationError(
                {"certificate_template": _("Choose a template of the class's own organizing unit.")}
            )

    @property
    def serial_prefix(self):
        return self.certificate_prefix or f"DVK-{self.starts_on.year}"


class Enrollment(models.Model):
    """A trainee in a class, with the unit (đơn vị) and position (chức vụ) they held when enrolled."""

    class Source(models.TextChoices):
        ADMIN = "admin", _("by an organizer")
        IMPORT = "import", _("spreadsheet import")
        SELF = "self", _("class code")

    # PROTECT here and on completions and attempts: nothing a trainee earned goes with a deleted class,
    # user or lesson (training.records says what holds them, and what to do instead).
    training_class = models.ForeignKey(
        TrainingClass, verbose_name=_("training class"), on_delete=models.PROTECT, related_name="enrollments"
    )
    trainee = models.ForeignKey(
        User, verbose_name=_("trainee"), on_delete=models.PROTECT, related_name="enrollments"
    )
    unit = models.CharField(_("unit"), max_length=255, blank=True)
    position = models.CharField(_("position"), max_length=255, blank=True)
    source = models.CharField(
        _("enrolled through"), max_length=10, choices=Source.choices, default=Source.ADMIN
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["training_class", "trainee__full_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["training_class", "trainee"], name="one_enrollment_per_trainee_and_class"
            )
        ]

    def __str__(self):
        return f"{self.trainee} – {self.training_class.code}"


class TraineeImport(PendingImport):
    """A spreadsheet of trainees between its preview and its confirmation (see ``PendingImport``)."""

    folder = "trainee-imports"

    training_class = models.ForeignKey(TrainingClass, on_delete=models.CASCADE, related_name="+")


class LessonCompletion(models.Model):
    """A lesson a trainee marked as done in one enrolment; progress is the count of these rows."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.PROTECT, related_name="lesson_completions")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.PROTECT, related_name="completions")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "lesson"], name="one_completion_per_lesson")
        ]

    def __str__(self):
        return f"{self.enrollment} – {self.lesson_id}"
