"""A contest: its participating units and its rounds (its public page is in ``page``)."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

DEFAULT_PREDICTION = _("How many entrants will answer every question of this round correctly?")


class Contest(ClusterableModel):
    """A contest run by an organizing unit: its units and rounds are edited with it in the admin."""

    name = models.CharField(_("name"), max_length=255)
    organizing_unit = models.ForeignKey(
        "training.OrganizingUnit",
        verbose_name=_("organizing unit"),
        on_delete=models.PROTECT,
        related_name="contests",
    )
    page = models.OneToOneField(
        "contests.ContestPage",
        verbose_name=_("public page"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contest",
    )
    registration_open = models.BooleanField(_("registration is open"), default=True)
    consent_purpose = models.TextField(
        _("purpose of processing personal data"),
        help_text=_("Shown to every entrant before they register, who must agree to it."),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("contest")
        verbose_name_plural = _("contests")
        ordering = ["-created_at"]

    def __str__(self):
        return self.name


class ContestUnit(Orderable):
    """A participating unit (Đơn vị dự thi), with its declared headcount for participation rates."""

    contest = ParentalKey(Contest, on_delete=models.CASCADE, related_name="units")
    name = models.CharField(_("name"), max_length=255)
    headcount = models.PositiveIntegerField(
        _("headcount"), help_text=_("People the unit has, for its participation rate.")
    )

    class Meta(Orderable.Meta):
        verbose_name = _("participating unit")
        verbose_name_plural = _("participating units")
        constraints = [models.UniqueConstraint(fields=["contest", "name"], name="unique_unit_per_contest")]

    def __str__(self):
        return self.name


class Round(Orderable):
    """A round (Tuần thi): its dates, its questions, its time limit and tries, its prizes, its results.

    The questions come from a course's bank: ``questions_drawn`` of them (from ``category`` alone when
    set), or the fixed ``questions`` when chosen. ``all_correct_count`` (the answer to the prediction
    question) is computed when the round closes and shown nowhere before.
    """

    contest = ParentalKey(Contest, on_delete=models.CASCADE, related_name="rounds")
    title = models.CharField(_("title"), max_length=255, help_text=_("E.g. Tuần thi thứ nhất."))
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("question bank of"),
        on_delete=models.PROTECT,
        related_name="contest_rounds",
    )
    category = models.ForeignKey(
        "quizzes.QuestionCategory",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Empty: draw from the whole bank."),
    )
    questions_drawn = models.PositiveSmallIntegerField(
        _("questions drawn"), default=20, validators=[MinValueValidator(1)]
    )
    questions = ParentalManyToManyField(
        "quizzes.Question",
        verbose_name=_("fixed questions"),
        blank=True,
        related_name="+",
        help_text=_("When chosen, every entry gets exactly these questions, shuffled."),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), default=15, validators=[MinValueValidator(1)]
    )
    tries_allowed = models.PositiveSmallIntegerField(
        _("tries per entrant"), default=1, validators=[MinValueValidator(1), MaxValueValidator(99)]
    )
    prediction_question = models.CharField(
        _("prediction question"), max_length=500, default=DEFAULT_PREDICTION
    )
    first_prizes = models.PositiveSmallIntegerField(_("first prizes"), default=1)
    second_prizes = models.PositiveSmallIntegerField(_("second prizes"), default=2)
    third_prizes = models.PositiveSmallIntegerField(_("third prizes"), default=3)
    consolation_prizes = models.PositiveSmallIntegerField(_("consolation prizes"), default=10)

    class Certificates(models.TextChoices):
        NONE = "none", _("None")
        WINNERS = "winners", _("Every winner")
        THRESHOLD = "threshold", _("Every entrant at or above a score")

    certificates = models.CharField(
        _("certificates"),
        max_length=10,
        choices=Certificates.choices,
        default=Certificates.NONE,
        help_text=_(
            "Issued when the round's prizes are confirmed: a prize's to a winner, else participation."
        ),
    )
    certificate_score = models.DecimalField(
        _("score for a certificate (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("For “every entrant at or above a score”: the best try's score, in percent."),
    )
    # Set when the round is closed (contests.ranking); cleared only by an organizer reopening it.
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, editable=False)
    all_correct_count = models.PositiveIntegerField(
        _("entrants with every answer right"), null=True, blank=True, editable=False
    )
    prizes_confirmed_at = models.DateTimeField(
        _("prizes confirmed at"), null=True, blank=True, editable=False
    )

    class Meta(Orderable.Meta):
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")), name="round_closes_after_it_opens"
            )
        ]

    def __str__(self):
        return f"{self.contest} – {self.title}"

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The round must close after it opens.")})
        if self.certificates == self.Certificates.THRESHOLD and self.certificate_score is None:
            raise ValidationError(
                {"certificate_score": _("Give the score an entrant needs for a certificate.")}
            )

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.closed_at is None and self.opens_at <= now < self.closes_at
