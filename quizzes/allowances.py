"""Extra time and attempts for a trainee who needs them (Moodle's user overrides, Open edX's timed-exam
allowances): an organizer grants extra minutes or a multiplier on the quiz's time limit, and extra
attempts, with a reason. The server's deadline of each attempt is computed from them; an allowance
given while an attempt is open extends that attempt at once. Every grant is logged on the class.
"""

import math
from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .models import Allowance, Attempt

ACTION = "quizzes.allowance"
LONGEST_MINUTES = 24 * 60  # a time limit beyond a day is a typing mistake, not an accommodation
MOST_EXTRA_ATTEMPTS = 20
LARGEST_MULTIPLIER = Decimal(5)


def allowance_of(enrollment):
    """The trainee's allowance, or None; no query when the enrolment was loaded with
    ``select_related("allowance")``."""
    try:
        return enrollment.allowance
    except Allowance.DoesNotExist:
        return None


def limit_with(quiz, allowance):
    """The time limit in minutes of a trainee with ``allowance`` (None: the quiz's own)."""
    if allowance is None:
        return quiz.time_limit_minutes
    return math.ceil(quiz.time_limit_minutes * allowance.time_multiplier) + allowance.extra_minutes


def time_limit_minutes(quiz, enrollment):
    return limit_with(quiz, allowance_of(enrollment))


def attempts_allowed(quiz, enrollment):
    """The attempts this trainee may use; 0 is no limit, as on the quiz."""
    allowance = allowance_of(enrollment)
    if not quiz.attempts_allowed or allowance is None:
        return quiz.attempts_allowed
    return quiz.attempts_allowed + allowance.extra_attempts


def deadline_of(quiz, enrollment, started_at):
    """When an attempt started at ``started_at`` ends: the trainee's time limit, or the quiz's close."""
    deadline = started_at + timedelta(minutes=time_limit_minutes(quiz, enrollment))
    return min(deadline, quiz.closes_at) if quiz.closes_at else deadline


def check(quiz, extra_minutes, time_multiplier, extra_attempts):
    """Refuse what cannot be meant: negative values, or a time limit of more than a day."""
    errors = {}
    if extra_minutes < 0:
        errors["extra_minutes"] = _("Extra minutes cannot be negative.")
    if not 1 <= time_multiplier <= LARGEST_MULTIPLIER:
        errors["time_multiplier"] = _("The multiplier must be between 1 and %(most)s.") % {
            "most": LARGEST_MULTIPLIER
        }
    if not 0 <= extra_attempts <= MOST_EXTRA_ATTEMPTS:
        errors["extra_attempts"] = _("Extra attempts must be between 0 and %(most)s.") % {
            "most": MOST_EXTRA_ATTEMPTS
        }
    if not errors:
        limit = limit_with(quiz, Allowance(extra_minutes=extra_minutes, time_multiplier=time_multiplier))
        if limit > LONGEST_MINUTES:
            errors["extra_minutes"] = _(
                "That makes a time limit of %(minutes)s minutes, more than a day: check the figures."
            ) % {"minutes": limit}
    if errors:
        raise ValidationError(errors)


def grant(training_class, quiz, enrollments, *, extra_minutes, time_multiplier, extra_attempts, reason, user):
    """Give each of ``enrollments`` (trainees of ``training_class``) this allowance, replacing any they
    had; an allowance of nothing removes theirs. Open attempts get their new deadline now."""
    if any(enrollment.training_class_id != training_class.pk for enrollment in enrollments):
        raise ValidationError(
            {"enrollments": _("Only trainees enrolled in this class can be given extra time.")}
        )
    check(quiz, extra_minutes, time_multiplier, extra_attempts)
    nothing = extra_minutes == 0 and time_multiplier == 1 and extra_attempts == 0
    with transaction.atomic():
        if nothing:
            Allowance.objects.filter(enrollment__in=enrollments).delete()
        for enrollment in enrollments:
            if not nothing:
                enrollment.allowance = Allowance.objects.update_or_create(
                    enrollment=enrollment,
                    defaults={
                        "extra_minutes": extra_minutes,
                        "time_multiplier": time_multiplier,
                        "extra_attempts": extra_attempts,
                        "reason": reason,
                        "granted_by": user,
                    },
                )[0]
            else:
                enrollment.allowance = None
            extend_open_attempt(quiz, enrollment)
        log(
            instance=training_class,
            action=ACTION,
            user=user,
            data={
                "trainees": [enrollment.trainee.get_full_name() for enrollment in enrollments],
                "extra_minutes": extra_minutes,
                "time_multiplier": str(time_multiplier),
                "extra_attempts": extra_attempts,
                "reason": reason,
            },
        )


def extend_open_attempt(quiz, enrollment):
    """Move the deadline of the trainee's running attempt to what their time limit now gives; an open
    attempt is never shortened (the trainee has planned their time on the deadline shown)."""
    attempt = Attempt.objects.filter(
        enrollment=enrollment, quiz=quiz, finished_at__isnull=True, started_at__isnull=False
    ).first()
    if attempt is None or attempt.deadline < timezone.now():
        return
    deadline = deadline_of(quiz, enrollment, attempt.started_at)
    if deadline > attempt.deadline:
        Attempt.objects.filter(pk=attempt.pk, finished_at__isnull=True).update(deadline=deadline)


def granted_in(training_class, quiz):
    """The allowances of a class's trainees, each with the time limit it gives, for the dashboard."""
    granted = list(
        Allowance.objects.filter(enrollment__training_class=training_class)
        .select_related("enrollment__trainee", "granted_by")
        .order_by("enrollment__trainee__full_name")
    )
    for allowance in granted:
        allowance.time_limit = limit_with(quiz, allowance)
        allowance.attempts = quiz.attempts_allowed + allowance.extra_attempts if quiz.attempts_allowed else 0
    return granted
