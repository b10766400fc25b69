"""Certificates: the template a unit prints them on, the certificate a completed enrolment earns, and
the counter that numbers them."""

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..storage import certificate_storage
from .classes import Enrollment
from .people import OrganizingUnit


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
