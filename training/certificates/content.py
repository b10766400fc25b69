"""What a certificate prints: its holder's details on the template of the class's unit, and the sample
an organizer previews before any trainee completes.
"""

from functools import lru_cache

from django.conf import settings
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from quizzes.results import quiz_result

from ..models import CertificateTemplate
from .pdf import CertificateContent


def template_of(training_class):
    """The class's own template, else its unit's (see ``unit_template``)."""
    return training_class.certificate_template or unit_template(training_class.organizing_unit)


def unit_template(organizing_unit):
    """The unit's first template, else one drawn from the unit's name."""
    template = (
        CertificateTemplate.objects.filter(organizing_unit_id=organizing_unit.pk).order_by("pk").first()
    )
    return template or CertificateTemplate(
        organizing_unit=organizing_unit,
        issuing_body=organizing_unit.name.upper(),
        place="",
        signer_title=_("ON BEHALF OF THE ORGANIZERS").upper(),
        signer_name="",
    )


def verification_url(certificate):
    return settings.SITE_URL + reverse("certificate_verify", args=[certificate.code])


def result_text(enrollment):
    """'Completed', with the quiz result when the course has a quiz."""
    attempts = list(
        enrollment.attempts.filter(
            quiz__course_id=enrollment.training_class.course_id, finished_at__isnull=False
        )
        .select_related("quiz")
        .only("number", "score", "finished_at", "quiz__grading")
    )
    score = quiz_result(attempts, attempts[0].quiz.grading) if attempts else None
    if score is None:
        return _("Completed")
    return _("Completed; quiz result %(score)s%%") % {"score": printed_percent(score)}


def printed_percent(score):
    """90,5 for 90.50: a score as a Vietnamese paper writes it (decimal comma, no trailing zeros)."""
    return f"{score:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def content_of(certificate):
    """What the PDF prints; its date is the day of issue, which the verification page shows too."""
    enrollment = certificate.enrollment
    training_class = enrollment.training_class
    template = template_of(training_class)
    with translation.override(settings.LANGUAGE_CODE):
        return on_template(
            template,
            full_name=enrollment.trainee.get_full_name(),
            unit=enrollment.unit,
            position=enrollment.position,
            course=training_class.course.title,
            training_class=f"{training_class.name} ({training_class.code})",
            result=result_text(enrollment),
            date=timezone.localdate(certificate.issued_at),
            serial=certificate.serial,
            verification_url=verification_url(certificate),
        )


def on_template(template, **printed):
    """The content of a certificate: what is ``printed`` for its holder, on what ``template`` gives every
    certificate of its unit (the issuing body, the place, the signer, the images)."""
    return CertificateContent(
        issuing_body=template.issuing_body,
        place=template.place,
        signer_title=template.signer_title,
        signer_name=template.signer_name,
        signature=image_bytes(template.signature),
        seal=image_bytes(template.seal),
        background=image_bytes(template.background),
        **printed,
    )


def image_bytes(field):
    return _stored_bytes(field.name) if field else None


@lru_cache(maxsize=32)
def _stored_bytes(name):
    """Template images are read from storage once per worker process; a new upload gets a new name."""
    with default_storage.open(name, "rb") as file:
        return file.read()


def sample_content(template, training_class=None, full_name=None):
    """What an organizer previews: ``template`` filled with a made-up trainee (and class, if none given)."""
    if training_class is None:
        course = _("Mobilization work in state agencies")
        class_name = _("Training class on mobilization work 2026 – first round (DVK-2026-01)")
        prefix = f"DVK-{timezone.localdate().year}"
    else:
        course = training_class.course.title
        class_name = f"{training_class.name} ({training_class.code})"
        prefix = training_class.serial_prefix
    return on_template(
        template,
        full_name=full_name or "Nguyễn Thị Minh Khai",
        unit=_("Department of Health"),
        position=_("Specialist"),
        course=course,
        training_class=class_name,
        result=_("Completed; quiz result %(score)s%%") % {"score": "90"},
        date=timezone.localdate(),
        serial=f"{prefix}-000000",
        verification_url=settings.SITE_URL + reverse("certificate_lookup"),
    )
