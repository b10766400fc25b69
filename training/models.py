from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager

from common.uploads import PendingImport

from . import names
from .storage import certificate_storage

NAME_FIELDS = {"full_name", "first_name", "last_name", "username"}


class UserManager(DjangoUserManager):
    def bulk_create(self, objs, *args, **kwargs):
        """Fill the name keys that ``save`` would have filled (bulk creation does not call it)."""
        objs = list(objs)
        for user in objs:
            names.fill_name_keys(user)
        return super().bulk_create(objs, *args, **kwargs)


class User(AbstractUser):
    """A person who signs in: trainee, trainer, organizer or administrator (see ``common.roles``).

    Vietnamese names are kept whole in ``full_name`` ("Nguyễn Thị Minh Khai"); splitting them into
    first and last names loses what people expect to see on a certificate.
    """

    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    phone = models.CharField(_("phone number"), max_length=10, blank=True)
    must_change_password = models.BooleanField(
        _("must change password"),
        default=False,
        help_text=_("Set for accounts created with a one-time password."),
    )
    # Kept from the name on every save (see training.names): accent-free search and Vietnamese order.
    search_name = models.CharField(max_length=255, blank=True, editable=False)
    sort_name = models.CharField(max_length=255, blank=True, editable=False)

    objects = UserManager()

    REQUIRED_FIELDS = ["email"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(
                Lower("email"), condition=~models.Q(email=""), name="unique_user_email_ci"
            ),
            models.UniqueConstraint(
                fields=["phone"], condition=~models.Q(phone=""), name="unique_user_phone"
            ),
        ]
        # Signing in looks an account up by its username in any case (training.auth.accounts_named_by).
        indexes = [models.Index(Lower("username"), name="user_username_ci")]

    def __str__(self):
        return self.get_full_name()

    def save(self, *args, **kwargs):
        names.fill_name_keys(self)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and NAME_FIELDS & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "search_name", "sort_name"}
        super().save(*args, **kwargs)

    def get_full_name(self):
        return self.full_name or super().get_full_name() or self.username

    def set_password(self, raw_password):
        super().set_password(raw_password)
        self.must_change_password = False

    def get_short_name(self):
        return self.get_full_name().rsplit(" ", 1)[-1]


class OrganizingUnit(models.Model):
    """A unit that opens training classes (a Ban Tuyên giáo và Dân vận Tỉnh ủy, a Sở's office …); its organizers
    manage them."""

    name = models.CharField(_("name"), max_length=255, unique=True)
    organizers = models.ManyToManyField(
        User, verbose_name=_("organizers"), related_name="organizing_units", blank=True
    )

    class Meta:
        verbose_name = _("organizing unit")
        verbose_name_plural = _("organizing units")
        ordering = ["name"]

    def __str__(self):
        return self.name


class TrainingClassQuerySet(models.QuerySet):
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


class CertificateTemplate(models.Model):
    """How an organizing unit's certificates look; a class may pick one, else its unit's first is used."""

    MAX_IMAGE_BYTES = 5 * 2**20

    organizing_unit = models.ForeignKey(
        OrganizingUnit,
        verbose_name=_("organizing unit"),
        on_delete=models.CASCADE,
        related_name="certificate_templates",
    )
    name = models.CharField(_("name"), max_length=255)
    issuing_body = models.TextField(
        _("issuing body"),
        help_text=_(
            "One line per level, as on an official paper, e.g. “TỈNH ỦY QUẢNG NGÃI” then “BAN TUYÊN GIÁO VÀ DÂN VẬN”."
        ),
    )
    place = models.CharField(
        _("place"),
        max_length=100,
        help_text=_("Printed before the date: “Quảng Ngãi, ngày … tháng … năm …”."),
    )
    signer_title = models.CharField(
        _("signer's title"),
        max_length=255,
        help_text=_("e.g. “TRƯỞNG BAN” or “KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN”."),
    )
    signer_name = models.CharField(_("signer's name"), max_length=150)
    signature = models.ImageField(_("signature"), upload_to="certificate-templates/", blank=True)
    seal = models.ImageField(_("seal"), upload_to="certificate-templates/", blank=True)
    background = models.ImageField(
        _("background"),
        upload_to="certificate-templates/",
        blank=True,
        help_text=_("Printed under everything, stretched to the A4 landscape page."),
    )

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["organizing_unit", "pk"]

    def __str__(self):
        return self.name


class CertificateQuerySet(models.QuerySet):
    def for_display(self):
        return self.select_related("enrollment__trainee", "enrollment__training_class__course")

    def held_by(self, user):
        return self.filter(enrollment__trainee=user)

    def downloadable_by(self, user):
        """A trainee's own certificates; every certificate of the classes of an organizer's units."""
        if user.is_superuser:
            return self
        return self.filter(
            models.Q(enrollment__trainee=user)
            | models.Q(enrollment__training_class__organizing_unit__organizers=user)
        ).distinct()


class AbstractCertificate(models.Model):
    """A giấy chứng nhận as issued and verified: its serial number, verification code, status and PDF.

    A class's certificate (below) and a contest's (``contests``) share these columns and the steps of
    ``training.certificates.issuing``; each says whom it names and for what (``holder_name``, ``title``,
    ``detail``, ``facts``), which is all the verification pages and the holder's list show.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Being issued")
        ISSUED = "issued", _("Issued")
        FAILED = "failed", _("Failed")
        REVOKED = "revoked", _("Revoked")

    serial = models.CharField(_("serial number"), max_length=40, unique=True)
    code = models.CharField(_("verification code"), max_length=32, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    reason = models.TextField(
        _("reason"), blank=True, help_text=_("Why issuing failed, or why it was revoked.")
    )
    file = models.FileField(_("PDF file"), storage=certificate_storage, blank=True, editable=False)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now, editable=False)
    queued_at = models.DateTimeField(_("last queued at"), null=True, blank=True, editable=False)
    issued_at = models.DateTimeField(_("issued at"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def __str__(self):
        return self.serial


class Certificate(AbstractCertificate):
    """The giấy chứng nhận of one completed enrolment: at most one, whatever happens (a constraint)."""

    enrollment = models.OneToOneField(
        Enrollment, verbose_name=_("enrolment"), on_delete=models.PROTECT, related_name="certificate"
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-requested_at"]
        indexes = [models.Index(fields=["status", "requested_at"])]

    @property
    def holder_name(self):
        return self.enrollment.trainee.get_full_name()

    @property
    def title(self):
        return self.enrollment.training_class.course.title

    @property
    def detail(self):
        return f"{self.enrollment.training_class.name} ({self.enrollment.training_class.code})"

    def facts(self):
        """What the verification page says it was awarded for, after whom it names."""
        return [(_("Course"), self.title), (_("Class"), self.detail)]


class SerialCounter(models.Model):
    """The last serial number given under a prefix; incremented in place so that numbers never repeat."""

    prefix = models.CharField(max_length=32, primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.prefix}-{self.last_number:06d}"

    @classmethod
    def reserve(cls, prefix, count=1):
        """``count`` serials under ``prefix`` in order (PREFIX-000123 …), never given before nor again: the
        counter row is locked by the UPDATE until the caller's transaction ends, and rolled back with it."""
        with transaction.atomic():
            cls.objects.get_or_create(prefix=prefix)
            cls.objects.filter(prefix=prefix).update(last_number=models.F("last_number") + count)
            last = cls.objects.values_list("last_number", flat=True).get(prefix=prefix)
        return [f"{prefix}-{number:06d}" for number in range(last - count + 1, last + 1)]


class TrainingLogEntryManager(BaseLogEntryManager):
    """Log entries about the training records, filed under their class, unit and trainee
    (``training.audit`` works these out), and shown only to those who may see that class."""

    def log_action(self, instance, action, **kwargs):
        from .audit import whereabouts

        place = whereabouts(instance)
        kwargs.setdefault("title", place.pop("title"))
        kwargs["data"] = {**place.pop("data", {}), **(kwargs.get("data") or {})}
        return super().log_action(instance, action, object_id=str(instance.pk), **place, **kwargs)

    def for_instance(self, instance):
        """A class's entries are its whole trail: itself, its enrolments, attempts and certificates; an
        enrolment's are its trainee's in that class."""
        if isinstance(instance, TrainingClass):
            return self.filter(training_class_id=instance.pk)
        if isinstance(instance, Enrollment):
            return self.filter(training_class_id=instance.training_class_id, trainee_id=instance.trainee_id)
        return self.filter(
            content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
            object_id=str(instance.pk),
        )

    def viewable_by_user(self, user):
        """Entries about what the user may view, of the classes and units they may see.

        Not Wagtail's own check: it keeps on the user the content types of whichever log model it was
        asked about first, so that in the site history report it would hide these entries at random.
        """
        if user.is_superuser:
            return self.all()
        readable = [
            content_type.pk
            for content_type in ContentType.objects.filter(pk__in=self.values("content_type_id"))
            if user.has_perm(f"{content_type.app_label}.view_{content_type.model}")
        ]
        return self.filter(content_type_id__in=readable).filter(
            models.Q(training_class_id__in=TrainingClass.objects.visible_to(user).values("pk"))
            | models.Q(
                training_class_id__isnull=True,
                organizing_unit_id__in=OrganizingUnit.objects.filter(organizers=user).values("pk"),
            )
        )


class TrainingLogEntry(BaseLogEntry):
    """The audit trail: who did what and when to a class, an enrolment, an attempt or a certificate.

    The class, unit and trainee are kept as plain ids, not foreign keys, so that an entry outlives
    what it records (an enrolment removed, a class deleted).
    """

    object_id = models.CharField(max_length=255, db_index=True)
    training_class_id = models.PositiveIntegerField(null=True, blank=True, db_index=True)
    organizing_unit_id = models.PositiveIntegerField(null=True, blank=True, db_index=True)
    trainee_id = models.PositiveIntegerField(null=True, blank=True, db_index=True)

    objects = TrainingLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("training log entry")
        verbose_name_plural = _("training log entries")

    @property
    def trainee_name(self):
        return self.data.get("trainee_name", "")
