"""A round's results: prizes, certificates, disqualifications, and the standings of entrants and units."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from training.models import AbstractCertificate

from .contest import ContestUnit, Round
from .entries import Entrant, Entry


class Prize(models.TextChoices):
    """The prizes of a round, highest first."""

    FIRST = "first", _("First prize")
    SECOND = "second", _("Second prize")
    THIRD = "third", _("Third prize")
    CONSOLATION = "consolation", _("Consolation prize")


# As the certificate prints them: an official paper is Vietnamese whatever the site's language.
PRIZE_PRINTED = {
    Prize.FIRST: "Giải Nhất",
    Prize.SECOND: "Giải Nhì",
    Prize.THIRD: "Giải Ba",
    Prize.CONSOLATION: "Giải Khuyến khích",
}


class ContestCertificateQuerySet(models.QuerySet):
    def for_display(self):
        return self.select_related("entrant", "round__contest")

    def held_by(self, user):
        return self.filter(entrant__user=user)

    def downloadable_by(self, user):
        """An entrant's own; every certificate of the contests of an organizer's units."""
        if user.is_superuser:
            return self
        return self.filter(
            models.Q(entrant__user=user) | models.Q(round__contest__organizing_unit__organizers=user)
        ).distinct()


class ContestCertificate(AbstractCertificate):
    """The giấy chứng nhận of an entrant in a round: of a prize (``prize`` set) or of participation.

    Issued, numbered, stored and verified as a class's certificate (``training.certificates.issuing``,
    ``training.certificates.kinds``); at most one per entrant and round.
    """

    round = models.ForeignKey(
        Round, verbose_name=_("round"), on_delete=models.PROTECT, related_name="certificates_issued"
    )
    entrant = models.ForeignKey(
        Entrant, verbose_name=_("entrant"), on_delete=models.PROTECT, related_name="certificates"
    )
    prize = models.CharField(_("prize"), max_length=12, choices=Prize.choices, blank=True)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2)

    objects = ContestCertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("contest certificate")
        verbose_name_plural = _("contest certificates")
        ordering = ["-requested_at"]
        constraints = [
            models.UniqueConstraint(fields=["round", "entrant"], name="one_certificate_per_entrant_and_round")
        ]

    @property
    def holder_name(self):
        return self.entrant.full_name

    @property
    def title(self):
        return self.round.contest.name

    @property
    def detail(self):
        return f"{self.round.title} – {self.result}"

    @property
    def result(self):
        return self.get_prize_display() if self.prize else _("Participation")

    def facts(self):
        return [(_("Contest"), self.title), (_("Round"), self.round.title), (_("Result"), self.result)]


class Disqualification(models.Model):
    """An entrant put out of a round by an organizer, with the reason: their tries there count for
    nothing (neither in the ranking nor in the true number of all-correct entrants)."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="disqualifications")
    entrant = models.ForeignKey(Entrant, on_delete=models.CASCADE, related_name="disqualifications")
    reason = models.TextField(_("reason"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(_("disqualified at"), default=timezone.now)

    class Meta:
        verbose_name = _("disqualification")
        verbose_name_plural = _("disqualifications")
        constraints = [models.UniqueConstraint(fields=["round", "entrant"], name="one_disqualification")]

    def __str__(self):
        return f"{self.entrant} – {self.round.title}"


class Standing(models.Model):
    """An entrant's place in a round, from their best try (``contests.ranking`` writes them all at once).

    The figures the order was decided on are copied from the try, so that the ranking, the winners and
    the exports read one table. Entrants whose four figures are all equal share the rank, and the prize.
    Standings are derived rows, rewritten whole at each ranking: their entrant, unit and try are not
    checked by database constraints (checking 300,000 keys took most of the time of a large ranking);
    they come from those rows in the same statement, and Django still cascades deletions.
    """

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="standings")
    entrant = models.ForeignKey(
        Entrant, on_delete=models.CASCADE, related_name="standings", db_constraint=False, db_index=False
    )
    unit = models.ForeignKey(
        ContestUnit, on_delete=models.CASCADE, related_name="+", db_constraint=False, db_index=False
    )
    entry = models.ForeignKey(
        Entry, on_delete=models.CASCADE, related_name="+", db_constraint=False, db_index=False
    )
    rank = models.PositiveIntegerField(_("rank"))
    prize = models.CharField(_("prize"), max_length=12, choices=Prize.choices, blank=True)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2)
    prediction = models.PositiveIntegerField(_("prediction"), null=True, blank=True)
    prediction_gap = models.PositiveBigIntegerField(_("prediction gap"), null=True, blank=True)
    time_taken = models.DurationField(_("time taken"))
    tries = models.PositiveSmallIntegerField(_("tries"))
    submitted_at = models.DateTimeField(_("submitted at"))

    class Meta:
        verbose_name = _("standing")
        verbose_name_plural = _("standings")
        ordering = ["round", "rank", "entry"]
        constraints = [models.UniqueConstraint(fields=["round", "entrant"], name="one_standing_per_entrant")]
        indexes = [models.Index(fields=["round", "rank"], name="standing_round_rank")]

    def __str__(self):
        return f"{self.round.title} – {self.rank}. {self.entrant}"


class UnitStanding(models.Model):
    """A unit's figures in a ranked round, summed from its standings when the round is ranked."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="unit_standings")
    unit = models.ForeignKey(ContestUnit, on_delete=models.CASCADE, related_name="+")
    entrants = models.PositiveIntegerField(_("entrants"))
    entries = models.PositiveIntegerField(_("entries"))
    average_score = models.DecimalField(_("average score (%)"), max_digits=5, decimal_places=2)
    prizes = models.PositiveIntegerField(_("prizes"))

    class Meta:
        verbose_name = _("unit standing")
        verbose_name_plural = _("unit standings")
        constraints = [models.UniqueConstraint(fields=["round", "unit"], name="one_unit_standing")]

    def __str__(self):
        return f"{self.round.title} – {self.unit}"
