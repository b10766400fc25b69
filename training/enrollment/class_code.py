"""A trainee enrols themselves with the code their organizer gives out (*Mã lớp*)."""

from django.utils import timezone

from ..models import Enrollment, TrainingClass


def enroll_with_code(user, code, unit="", position="", today=None):
    """Enrol ``user`` in the class with ``code``; returns (enrollment, created) or raises EnrollmentRefused."""
    today = today or timezone.localdate()
    training_class = TrainingClass.objects.with_code(code).select_related("course").first()
    if training_class is None:
        raise EnrollmentRefused("unknown")
    if not training_class.self_enrolment_open:
        raise EnrollmentRefused("closed")
    if today > training_class.ends_on:
        raise EnrollmentRefused("ended")
    return Enrollment.objects.get_or_create(
        training_class=training_class,
        trainee=user,
        defaults={"source": Enrollment.Source.SELF, "unit": unit, "position": position},
    )


class EnrollmentRefused(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason
