"""The audit trail of the training records, through Wagtail's log actions.

What is recorded, with who and when (``TrainingLogEntry``): enrolments added (by an organizer, from a
spreadsheet or by class code) and removed, whichever way; attempts finished, by the trainee or when the
time ran out; certificates issued, failed, queued again and revoked with the reason; changes to a class
or an enrolment, field by field, old → new. Each entry is filed under its class, unit and trainee
(``TrainingLogEntryManager``), so that a class's history is its whole trail, filterable by trainee,
and is shown only to those who may see the class.
"""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.actions.create import CreateAction
from wagtail.actions.delete import DeleteAction
from wagtail.actions.edit import EditAction
from wagtail.log_actions import LogFormatter, log

from common.log_actions import MessageFormatter, register_formatters
from quizzes.models import Attempt

from .models import Certificate, CertificateTemplate, Enrollment, TrainingClass, TrainingLogEntry
from .templatetags.dashboard_tags import percent

ENROLLMENT_ADDED = "training.enrolment.add"
ENROLLMENT_REMOVED = "training.enrolment.remove"
CHANGED = "training.change"
ATTEMPT_FINISHED = "training.attempt.finish"
CERTIFICATE_ISSUED = "training.certificate.issue"
CERTIFICATE_FAILED = "training.certificate.fail"
CERTIFICATE_REQUEUED = "training.certificate.reissue"
CERTIFICATE_REVOKED = "training.certificate.revoke"

AUDITED_MODELS = (TrainingClass, Enrollment, Attempt, Certificate, CertificateTemplate)


# What is recorded, as the trail shows it


class EnrollmentAdded(MessageFormatter):
    label = _("Enrol a trainee")
    message = _("Enrolled %(trainee_name)s (%(source)s)")

    def values(self, data):
        return {**data, "source": Enrollment.Source(data["source"]).label}


class EnrollmentRemoved(MessageFormatter):
    label = _("Remove an enrolment")
    message = _("Removed %(trainee_name)s from the class")


class Changed(LogFormatter):
    label = _("Change settings")

    def format_message(self, log_entry):
        return gettext("Changed %(changes)s") % {
            "changes": "; ".join(
                f"{change['label']}: {change['old']} → {change['new']}"
                for change in log_entry.data["changes"]
            )
        }


class AttemptFinished(LogFormatter):
    label = _("Finish a quiz attempt")

    def format_message(self, log_entry):
        data = log_entry.data
        values = {
            "number": data["number"],
            "score": percent(Decimal(data["score"]), "-2"),
            "result": gettext("passed") if data["passed"] else gettext("not passed"),
        }
        if data["ending"] == Attempt.Ending.TIMED_OUT:
            return gettext("Attempt %(number)s: %(score)s, %(result)s; the time ran out") % values
        return gettext("Attempt %(number)s submitted: %(score)s, %(result)s") % values


class CertificateIssued(MessageFormatter):
    label = _("Issue a certificate")
    message = _("Certificate %(serial)s issued")


class CertificateFailed(MessageFormatter):
    label = _("Certificate issuing failed")
    message = _("Certificate %(serial)s could not be issued: %(reason)s")


class CertificateRequeued(MessageFormatter):
    label = _("Issue a certificate again")
    message = _("Certificate %(serial)s queued to be issued again")


class CertificateRevoked(MessageFormatter):
    label = _("Revoke a certificate")
    message = _("Certificate %(serial)s revoked: %(reason)s")


FORMATTERS = {
    ENROLLMENT_ADDED: EnrollmentAdded,
    ENROLLMENT_REMOVED: EnrollmentRemoved,
    CHANGED: Changed,
    ATTEMPT_FINISHED: AttemptFinished,
    CERTIFICATE_ISSUED: CertificateIssued,
    CERTIFICATE_FAILED: CertificateFailed,
    CERTIFICATE_REQUEUED: CertificateRequeued,
    CERTIFICATE_REVOKED: CertificateRevoked,
}


def register_log_actions(actions):
    for model in AUDITED_MODELS:
        actions.register_model(model, TrainingLogEntry)
    register_formatters(actions, FORMATTERS)


# Recording


def attempt_finished(attempt):
    """A finished attempt, by the trainee (submitted) or by the system (the time ran out)."""
    log(
        attempt,
        ATTEMPT_FINISHED,
        user=attempt.enrollment.trainee if attempt.ending == Attempt.Ending.SUBMITTED else None,
        data={
            "number": attempt.number,
            "score": str(attempt.score),
            "passed": attempt.passed,
            "ending": attempt.ending,
        },
    )


def certificate_event(certificate, action, **data):
    log(certificate, action, data={"serial": certificate.serial, **data})


@receiver(post_save, sender=Enrollment)
def enrollment_added(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        by_trainee = instance.source == Enrollment.Source.SELF
        log(
            instance,
            ENROLLMENT_ADDED,
            user=instance.trainee if by_trainee else None,
            data={"source": instance.source, "unit": instance.unit, "position": instance.position},
        )


@receiver(post_delete, sender=Enrollment)
def enrollment_removed(sender, instance, **kwargs):
    log(instance, ENROLLMENT_REMOVED)


class RecordedByTheModel:
    """Enrolments record their own creation and removal (above), whichever way they happen; the admin's
    generic entries would say it twice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{**kwargs, "log_action": False})


class EnrollmentCreateAction(RecordedByTheModel, CreateAction):
    pass


class EnrollmentDeleteAction(RecordedByTheModel, DeleteAction):
    pass


class RecordedEditAction(EditAction):
    """An edit in the admin, recorded field by field: label, old value → new value."""

    def __init__(self, instance, user=None, *, form=None, **kwargs):
        self.changes = changes_in(form) if form is not None else []
        super().__init__(instance, user, form=form, **{**kwargs, "log_action": False})

    def _edit(self, skip_permission_checks=False):
        instance = super()._edit(skip_permission_checks=skip_permission_checks)
        if self.changes:
            log(instance, CHANGED, user=self.user, data={"changes": self.changes})
        return instance


def register_actions(registry):
    registry.register(Enrollment, EnrollmentCreateAction)
    registry.register(Enrollment, EnrollmentDeleteAction)
    registry.register(Enrollment, RecordedEditAction)
    registry.register(TrainingClass, RecordedEditAction)


def changes_in(form):
    """[{field, label, old, new}] for each field the form changed, as a person reads the values."""
    with translation.override(settings.LANGUAGE_CODE):
        return [
            {
                "field": name,
                "label": str(form.fields[name].label),
                "old": shown(form.fields[name], form.initial.get(name)),
                "new": shown(form.fields[name], form.cleaned_data.get(name)),
            }
            for name in form.changed_data
            if name in form.fields
        ]


def shown(field, value):
    if value is None or value == "" or (isinstance(value, list | tuple) and not value):
        return "—"
    if isinstance(field, forms.ModelMultipleChoiceField):
        items = value if not isinstance(value, list | tuple) else list(value)
        if items and not hasattr(items[0], "pk"):
            items = field.queryset.model._default_manager.filter(pk__in=items)
        return ", ".join(sorted(str(item) for item in items)) or "—"
    if isinstance(field, forms.ModelChoiceField):
        if not hasattr(value, "pk"):
            value = field.queryset.model._default_manager.filter(pk=value).first()
        return str(value) if value is not None else "—"
    if isinstance(field, forms.BooleanField):
        return gettext("Yes") if value else gettext("No")
    if isinstance(field, forms.ChoiceField):
        return str(dict(field.choices).get(value, value))
    if hasattr(value, "isoformat"):
        return date_format(value, "d/m/Y")
    return str(value)
