"""Issuing certificates: one pending row per completed enrolment, a worker that renders it once, and a
sweep so that a completion recorded while the broker was down still gets its certificate.

The row comes first, in the database, with its serial number and verification code; the PDF follows
in a Celery task. Whatever the broker or the workers do (duplicate deliveries, a worker killed while
rendering, a message lost), the database holds one certificate per enrolment and the private
certificate storage one file per certificate, under a name fixed by its serial number.
"""

import logging
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .. import audit
from ..models import Certificate, Enrollment, SerialCounter, TrainingClass
from ..storage import certificate_storage
from . import kinds
from .content import content_of, verification_url
from .pdf import render_certificate

logger = logging.getLogger(__name__)


class NotCompleted(Exception):
    """Certificates are only for enrolments whose completion has been recorded."""


def pending_certificate(enrollment):
    """The certificate of ``enrollment``, created as pending if it has none; returns (certificate, created).

    Two racing callers get the same row: the loser's insert breaks the one-to-one constraint and its
    serial number is rolled back with it.
    """
    if enrollment.completed_at is None:
        raise NotCompleted(enrollment.pk)
    existing = Certificate.objects.filter(enrollment=enrollment).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                enrollment=enrollment,
                serial=SerialCounter.reserve(enrollment.training_class.serial_prefix)[0],
                code=secrets.token_urlsafe(18),
            )
    except IntegrityError:
        return Certificate.objects.get(enrollment=enrollment), False
    return certificate, True


def queue(certificates):
    """Hand pending certificates to the workers, each to the task of its kind. A broker that is down is
    logged, not raised: the certificates stay pending with no ``queued_at`` and the sweep queues them
    once it is back."""
    queued = []
    for certificate in certificates:
        try:
            kinds.issuing_task(type(certificate)).delay(certificate.pk)
        except Exception:  # kombu raises many kinds of errors for an unreachable broker
            logger.warning(
                "Broker unreachable; certificate %s stays pending for the sweep", certificate.serial
            )
            break
        queued.append(certificate)
    if queued:
        type(queued[0]).objects.filter(pk__in=[certificate.pk for certificate in queued]).update(
            queued_at=timezone.now()
        )
    return len(queued)


def request_certificate(enrollment):
    """The certificate of a completed enrolment, created and queued if need be."""
    certificate, _created = pending_certificate(enrollment)
    if certificate.status == Certificate.Status.PENDING and certificate.queued_at is None:
        queue([certificate])
    return certificate


def request_for_class(training_class):
    """Create the missing certificates of a class's completed enrolments, and queue them with the failed
    and the pending ones; returns how many were queued."""
    create_missing(training_class.enrollments.all(), training_class.serial_prefix)
    failed = Certificate.objects.filter(
        enrollment__training_class=training_class, status=Certificate.Status.FAILED
    )
    for certificate in failed:
        audit.certificate_event(certificate, audit.CERTIFICATE_REQUEUED)
    failed.update(status=Certificate.Status.PENDING, reason="")
    return queue(
        Certificate.objects.filter(
            enrollment__training_class=training_class, status=Certificate.Status.PENDING
        ).order_by("pk")
    )


@transaction.atomic
def create_missing(enrollments, prefix):
    """Pending certificates for the completed ``enrollments`` that have none, numbered under ``prefix``
    in one go. A certificate created meanwhile by a completion is kept; its number here is skipped."""
    missing = list(
        enrollments.filter(completed_at__isnull=False, certificate__isnull=True)
        .order_by("completed_at", "pk")
        .values_list("pk", flat=True)
    )
    if not missing:
        return 0
    Certificate.objects.bulk_create(
        [
            Certificate(enrollment_id=pk, serial=serial, code=secrets.token_urlsafe(18))
            for serial, pk in zip(SerialCounter.reserve(prefix, len(missing)), missing, strict=True)
        ],
        ignore_conflicts=True,
    )
    return len(missing)


def sweep(waited=None):
    """Give every completed enrolment its certificate, and queue again the pending ones of every kind
    that have waited longer than ``waited`` (a broker that was down, a message lost with a worker)."""
    if waited is None:
        waited = timedelta(seconds=settings.CERTIFICATE_REQUEUE_AFTER_SECONDS)
    for enrollment in Enrollment.objects.filter(
        completed_at__isnull=False, certificate__isnull=True
    ).select_related("training_class"):
        pending_certificate(enrollment)
    queued = 0
    for model in kinds.kinds():
        overdue = model.objects.filter(status=Certificate.Status.PENDING).exclude(
            queued_at__gt=timezone.now() - waited
        )
        queued += queue(overdue.order_by("pk"))
    return queued


def class_progress(training_class):
    """How far issuing has got: completed enrolments, and their certificates by status."""
    completed = training_class.enrollments.filter(completed_at__isnull=False).count()
    rows = Certificate.objects.filter(enrollment__training_class=training_class)
    counts = dict.fromkeys(Certificate.Status.values, 0)
    counts.update(rows.order_by().values_list("status").annotate(Count("pk")))
    failures = [
        {"serial": serial, "name": full_name or username, "reason": reason}
        for serial, full_name, username, reason in rows.filter(status=Certificate.Status.FAILED)
        .order_by("serial")
        .values_list("serial", "enrollment__trainee__full_name", "enrollment__trainee__username", "reason")
    ]
    issued = counts[Certificate.Status.ISSUED]
    return {
        "summary": _("%(issued)s of %(completed)s completed trainees hold an issued certificate.")
        % {"issued": issued, "completed": completed},
        "completed": completed,
        "issued": issued,
        "pending": counts[Certificate.Status.PENDING],
        "failed": counts[Certificate.Status.FAILED],
        "revoked": counts[Certificate.Status.REVOKED],
        "missing": completed - sum(counts.values()),
        "failures": failures,
    }


# What issuing reads, and no more (the course is a Wagtail page with many columns), in two queries: the
# certificate locked with its trainee, then its class with the course, unit and template. PostgreSQL
# takes longer to plan the one eight-table join than to run both (bench/certificates.py).
CERTIFICATE_FIELDS = (
    "serial",
    "code",
    "status",
    "reason",
    "file",
    "issued_at",
    "enrollment__training_class_id",
    "enrollment__unit",
    "enrollment__position",
    "enrollment__completed_at",
    *(
        f"enrollment__trainee__{name}"
        for name in ("username", "full_name", "first_name", "last_name", "email")
    ),
)
CLASS_FIELDS = (
    "name",
    "code",
    "starts_on",
    "certificate_prefix",
    "organizing_unit__name",
    "course__title",
    *(
        f"certificate_template__{name}"
        for name in (
            "organizing_unit",
            "issuing_body",
            "place",
            "signer_title",
            "signer_name",
            "signature",
            "seal",
            "background",
        )
    ),
)


@transaction.atomic
def issue(certificate_id):
    """Render and store the PDF of a pending certificate, and mark it issued.

    The certificate's row stays locked while the PDF is rendered, so a second delivery of the same task
    waits and then finds it issued, while the class's other certificates are issued in parallel. A
    worker killed half-way leaves the row pending (its transaction never commits) and at most a file
    under the same name, which the next run overwrites.
    Returns True when this call issued it.
    """
    certificate = (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("enrollment__trainee")
        .only(*CERTIFICATE_FIELDS)
        .filter(pk=certificate_id, status=Certificate.Status.PENDING)
        .order_by()
        .first()
    )
    if certificate is None:
        return False
    certificate.enrollment.training_class = (
        TrainingClass.objects.select_related("course", "organizing_unit", "certificate_template")
        .only(*CLASS_FIELDS)
        .get(pk=certificate.enrollment.training_class_id)
    )
    store(certificate, content_of)
    transaction.on_commit(lambda: notify(certificate))
    return True


def store(certificate, content_of):
    """Render the PDF of a locked, pending certificate of any kind from ``content_of(certificate)``,
    store it in the private storage under its serial number, and mark it issued (logged)."""
    certificate.issued_at = timezone.now()
    pdf = render_certificate(content_of(certificate))
    name = f"{certificate.serial}.pdf"
    certificate_storage().delete(name)
    certificate.file.name = certificate_storage().save(name, ContentFile(pdf))
    certificate.status = Certificate.Status.ISSUED
    certificate.reason = ""
    certificate.save(update_fields=["file", "status", "reason", "issued_at"])
    audit.certificate_event(certificate, audit.CERTIFICATE_ISSUED)


def mark_failed(certificate_id, reason, model=Certificate):
    if model.objects.filter(pk=certificate_id, status=Certificate.Status.PENDING).update(
        status=Certificate.Status.FAILED, reason=reason[:2000]
    ):
        certificate = model.objects.get(pk=certificate_id)
        audit.certificate_event(certificate, audit.CERTIFICATE_FAILED, reason=certificate.reason)


def revoke(certificate, reason):
    certificate.status = Certificate.Status.REVOKED
    certificate.reason = reason
    certificate.revoked_at = timezone.now()
    certificate.save(update_fields=["status", "reason", "revoked_at"])
    audit.certificate_event(certificate, audit.CERTIFICATE_REVOKED, reason=reason)


def notify(certificate):
    """Tell the trainee by e-mail; a mail server that fails is logged, the certificate stays issued."""
    trainee = certificate.enrollment.trainee
    if not trainee.email:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Your certificate for the course %(course)s") % {
            "course": certificate.enrollment.training_class.course.title
        }
        body = _(
            "Dear %(name)s,\n\nYour certificate %(serial)s for the class “%(class)s” has been issued.\n"
            "Download it from: %(url)s\nAnyone can check it at: %(verify)s\n"
        ) % {
            "name": trainee.get_full_name(),
            "serial": certificate.serial,
            "class": certificate.enrollment.training_class.name,
            "url": settings.SITE_URL + reverse("my_certificates"),
            "verify": verification_url(certificate),
        }
    try:
        send_mail(subject, body, None, [trainee.email])
    except Exception:  # whatever the mail backend raises, the certificate is issued
        logger.exception("Could not e-mail certificate %s", certificate.serial)
