"""A round's certificates: chosen by the round's rule when its prizes are confirmed, then numbered,
issued by the worker, stored and verified as a class's are (``training.certificates.issuing``).

What the ranking gives (``standings``): for each entrant still in the ranking (not disqualified), one
object with ``entrant_id``, ``entry`` (the best try, its ``score`` read) and ``prize`` (a ``Prize``
value, or "" for none). The ranking's ``Standing`` rows, with ``entry`` selected, are such objects.
"""

import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from training.certificates import issuing
from training.certificates.content import on_template, printed_percent, unit_template, verification_url
from training.models import SerialCounter

from .models import PRIZE_PRINTED, ContestCertificate, Round


def deserves(round, standing):
    """Whether ``standing`` earns a certificate under the round's rule."""
    if round.certificates == Round.Certificates.WINNERS:
        return bool(standing.prize)
    if round.certificates == Round.Certificates.THRESHOLD:
        return bool(standing.prize) or (
            standing.entry.score is not None and standing.entry.score >= round.certificate_score
        )
    return False


def serial_prefix(round):
    return f"CT{round.contest_id}-{timezone.localdate(round.opens_at).year}"


@transaction.atomic
def create_round_certificates(round, standings):
    """Pending certificates for the standings that earn one and have none yet, numbered in one go in
    ranking order; returns them."""
    held = set(ContestCertificate.objects.filter(round=round).values_list("entrant_id", flat=True))
    earned = [s for s in standings if deserves(round, s) and s.entrant_id not in held]
    if not earned:
        return []
    serials = SerialCounter.reserve(serial_prefix(round), len(earned))
    return ContestCertificate.objects.bulk_create(
        ContestCertificate(
            round=round,
            entrant_id=standing.entrant_id,
            prize=standing.prize or "",
            score=standing.entry.score,
            serial=serial,
            code=secrets.token_urlsafe(18),
        )
        for serial, standing in zip(serials, earned, strict=True)
    )


def issue_round_certificates(round, standings):
    """Called when the round's prizes are confirmed: create the certificates the round's rule gives and
    queue them for the worker once the transaction commits. Returns how many were created."""
    created = create_round_certificates(round, list(standings))
    if created:
        transaction.on_commit(
            lambda: issuing.queue(
                ContestCertificate.objects.filter(pk__in=[c.pk for c in created]).order_by("pk")
            )
        )
    return len(created)


@transaction.atomic
def issue(certificate_id):
    """Render and store a pending contest certificate (see ``training.certificates.issuing.issue``)."""
    certificate = (
        ContestCertificate.objects.select_for_update(of=("self",))
        .select_related("entrant__unit", "round__contest__organizing_unit")
        .filter(pk=certificate_id, status=ContestCertificate.Status.PENDING)
        .first()
    )
    if certificate is None:
        return False
    issuing.store(certificate, content_of)
    return True


def content_of(certificate):
    round = certificate.round
    template = unit_template(round.contest.organizing_unit)
    with translation.override(settings.LANGUAGE_CODE):
        return on_template(
            template,
            full_name=certificate.entrant.full_name,
            unit=certificate.entrant.unit.name,
            position="",
            achievement="Đã đạt giải tại" if certificate.prize else "Đã tham gia",
            course=round.contest.name,
            training_class=round.title,
            result=PRIZE_PRINTED[certificate.prize]
            if certificate.prize
            else f"{printed_percent(certificate.score)}%",
            date=timezone.localdate(certificate.issued_at),
            serial=certificate.serial,
            verification_url=verification_url(certificate),
        )
