"""An online contest (cuộc thi trực tuyến tìm hiểu): its public page, participating units, weekly rounds,
entrants and their entries.

An entry is taken as a quiz attempt is (``quizzes.models.AbstractAttempt`` and ``AbstractSlot``, the
steps of ``quizzes.attempts``), then ends with the round's prediction.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from quizzes.models import AbstractAttempt, AbstractSlot
from training.models import AbstractCertificate

DEFAULT_PREDICTION = _("How many entrants will answer every question of this round correctly?")


class ContestPage(Page):
    """The contest's public page: its rules (Thể lệ) and reference lessons; the contest's rounds, live
    counts and results are shown on it from the ``Contest`` it belongs to."""

    introduction = models.TextField(_("introduction"), blank=True)
    rules = RichTextField(_("rules"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])

    parent_page_types = ["courses.HomePage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("rules"),
        InlinePanel("reference_lessons", label=_("Reference lessons")),
    ]

    class Meta:
        verbose_name = _("contest page")
        verbose_name_plural = _("contest pages")

    def get_context(self, request, *args, **kwargs):
        from .public import contest_context

        context = super().get_context(request, *args, **kwargs)
        contest = Contest.objects.filter(page=self).first() if self.pk else None
        if contest is not None:
            context.update(contest_context(contest, request.user))
        context["references"] = [
            reference.lesson for reference in self.reference_lessons.select_related("lesson")
        ]
        return context


class ReferenceLesson(Orderable):
    """A lesson of a course offered as reference material (Tài liệu tham khảo) on a contest page."""

    page = ParentalKey(ContestPage, on_delete=models.CASCADE, related_name="reference_lessons")
    lesson = models.ForeignKey(
        "courses.LessonPage", verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta(Orderable.Meta):
        verbose_name = _("reference lesson")
        verbose_name_plural = _("reference lessons")


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
        ContestPage,
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


class Entrant(models.Model):
    """A person registered for a contest (Người dự thi), with the details the prize decision names.

    The account is a ``training.User`` whose phone is verified; a trainee uses their own. Name, date of
    birth and unit are locked once the entrant has an entry: only an organizer changes them, logged.
    """

    contest = models.ForeignKey(Contest, on_delete=models.PROTECT, related_name="entrants")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="contest_entries"
    )
    unit = models.ForeignKey(
        ContestUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="entrants"
    )
    full_name = models.CharField(_("full name"), max_length=150)
    birth_date = models.DateField(_("date of birth"))
    phone = models.CharField(_("phone number"), max_length=10)
    email = models.EmailField(_("email"), blank=True)
    consented_at = models.DateTimeField(_("consented at"))
    registered_at = models.DateTimeField(_("registered at"), default=timezone.now)
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)

    class Meta:
        verbose_name = _("entrant")
        verbose_name_plural = _("entrants")
        ordering = ["contest", "full_name"]
        constraints = [
            models.UniqueConstraint(fields=["contest", "user"], name="one_entrant_per_account"),
            models.UniqueConstraint(fields=["contest", "phone"], name="one_entrant_per_phone"),
        ]

    def __str__(self):
        return self.full_name


class Entry(AbstractAttempt):
    """An entrant's try at a round (Lượt dự thi): drawn and taken as a quiz attempt, then the prediction."""

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="entries")
    entrant = models.ForeignKey(Entrant, on_delete=models.PROTECT, related_name="entries")
    number = models.PositiveSmallIntegerField(_("try"))
    prediction = models.PositiveIntegerField(_("prediction"), null=True, blank=True)
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)

    class Meta:
        verbose_name = _("entry")
        verbose_name_plural = _("entries")
        ordering = ["round", "entrant", "number"]
        constraints = [
            models.UniqueConstraint(fields=["round", "entrant", "number"], name="unique_entry_number"),
            models.UniqueConstraint(
                fields=["round", "entrant"],
                condition=models.Q(finished_at__isnull=True),
                name="one_open_entry",
            ),
        ]
        indexes = [models.Index(fields=["round", "finished_at"], name="entry_round_finished")]

    def __str__(self):
        return f"{self.entrant} – {self.round.title} #{self.number}"

    @property
    def time_taken(self):
        return self.finished_at - self.started_at if self.finished_at and self.started_at else None


class EntryQuestion(AbstractSlot):
    """A question of an entry (see ``AbstractSlot``)."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="slots")

    class Meta:
        ordering = ["entry_id", "position"]  # as AttemptQuestion's: no join to the entry's ordering
        constraints = [
            models.UniqueConstraint(fields=["entry", "position"], name="unique_entry_slot_position"),
            models.UniqueConstraint(fields=["entry", "question"], name="unique_entry_slot_question"),
        ]

    def __str__(self):
        return f"{self.entry} – {self.position}"


class PhoneCode(models.Model):
    """A one-time code sent by SMS to prove a phone (contests.phone_codes): to register, or to sign in.

    Only a keyed hash of the code is kept. A code serves once (``used_at``); its wrong tries count
    towards the lock of its phone.
    """

    class Purpose(models.TextChoices):
        REGISTER = "register", _("registration")
        SIGN_IN = "sign_in", _("sign-in")

    phone = models.CharField(_("phone number"), max_length=10)
    purpose = models.CharField(_("purpose"), max_length=16, choices=Purpose.choices)
    code_hash = models.CharField(max_length=64, editable=False)
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)
    wrong_tries = models.PositiveSmallIntegerField(_("wrong tries"), default=0)
    last_wrong_at = models.DateTimeField(_("last wrong try at"), null=True, blank=True)

    class Meta:
        verbose_name = _("one-time code")
        verbose_name_plural = _("one-time codes")
        indexes = [
            models.Index(fields=["phone", "created_at"], name="phone_code_phone_created"),
            models.Index(fields=["address", "created_at"], name="phone_code_address_created"),
        ]

    def __str__(self):
        return f"{self.phone} ({self.get_purpose_display()})"


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
