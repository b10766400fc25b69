"""The audit trail: what happened to a class, its enrolments and certificates, and who did it."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager

from quizzes.models import Attempt

from .certificates import Certificate, CertificateTemplate
from .classes import Enrollment, TrainingClass
from .people import OrganizingUnit


def whereabouts(instance):
    """The class, unit and trainee an entry about ``instance`` is filed under, and its title."""
    if isinstance(instance, TrainingClass):
        return {
            "training_class_id": instance.pk,
            "organizing_unit_id": instance.organizing_unit_id,
            "title": str(instance),
        }
    if isinstance(instance, CertificateTemplate):
        return {"organizing_unit_id": instance.organizing_unit_id, "title": str(instance)}
    enrollment = instance if isinstance(instance, Enrollment) else _enrollment_of(instance)
    name = enrollment.trainee.get_full_name()
    place = {
        "training_class_id": enrollment.training_class_id,
        "organizing_unit_id": enrollment.training_class.organizing_unit_id,
        "trainee_id": enrollment.trainee_id,
        "data": {"trainee_name": name},
    }
    if isinstance(instance, Attempt):
        return {**place, "title": f"{name} – {enrollment.training_class.code} – #{instance.number}"}
    if isinstance(instance, Certificate):
        return {**place, "title": instance.serial}
    return {**place, "title": f"{name} – {enrollment.training_class.code}"}


def _enrollment_of(instance):
    if type(instance).enrollment.is_cached(instance):
        return instance.enrollment
    return Enrollment.objects.select_related("training_class", "trainee").get(pk=instance.enrollment_id)


class TrainingLogEntryManager(BaseLogEntryManager):
    """Log entries about the training records, filed under their class, unit and trainee
    (``whereabouts``), and shown only to those who may see that class."""

    def log_action(self, instance, action, **kwargs):
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
