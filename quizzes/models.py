from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from common.text import html_to_text
from common.uploads import PendingImport

from . import rules
from .versions import QuestionVersion, passage_url

QUESTION_FEATURES = ["bold", "italic", "ol", "ul"]


class QuestionCategory(models.Model):
    """A category of a course's question bank, e.g. one per lesson; quizzes may draw per category."""

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="question_categories",
    )
    name = models.CharField(_("name"), max_length=255)

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["course", "name"]
        constraints = [models.UniqueConstraint(fields=["course", "name"], name="unique_category_per_course")]

    def __str__(self):
        return self.name


class Question(ClusterableModel):
    """A question of a course's bank, linked to the lesson passage that states its answer."""

    class Kind(models.TextChoices):
        SINGLE = rules.SINGLE, _("Single choice")
        MULTIPLE = rules.MULTIPLE, _("Multiple choice")
        TRUE_FALSE = rules.TRUE_FALSE, _("True / false")

    class Difficulty(models.TextChoices):
        EASY = "easy", _("Easy")
        MEDIUM = "medium", _("Medium")
        HARD = "hard", _("Hard")

    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="questions"
    )
    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices, default=Kind.SINGLE)
    text = RichTextField(_("question"), features=QUESTION_FEATURES)
    explanation = RichTextField(_("explanation"), features=QUESTION_FEATURES, blank=True)
    difficulty = models.CharField(
        _("difficulty"), max_length=8, choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    passage = models.CharField(
        _("passage"),
        max_length=64,
        blank=True,
        help_text=_("The block of the lesson that states the answer (its id)."),
    )

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["course", "category__name", "pk"]

    def __str__(self):
        return html_to_text(self.text)[:80]

    def passage_url(self):
        return passage_url(self.lesson, self.passage) if self.lesson_id else ""


class Option(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(_("option"), max_length=500)
    weight = models.DecimalField(
        _("weight (%)"),
        max_digits=6,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(-100), MaxValueValidator(100)],
        help_text=_(
            "100 for the correct answer; for several correct answers, their shares (e.g. 50 and 50) and a negative weight for wrong ones."
        ),
    )
    feedback = models.CharField(_("feedback"), max_length=500, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self):
        return self.text


class Quiz(models.Model):
    """The course quiz's settings."""

    class Grading(models.TextChoices):
        HIGHEST = "highest", _("Highest attempt")
        LAST = "last", _("Last attempt")
        FIRST = "first", _("First attempt")
        AVERAGE = "average", _("Average of attempts")

    class Review(models.TextChoices):
        AFTER_SUBMIT = "after_submit", _("Right after submitting")
        AFTER_CLOSE = "after_close", _("Only after the class has ended")

    course = models.OneToOneField(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="quiz"
    )
    title = models.CharField(_("title"), max_length=255, default=_("Final quiz"))
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MaxValueValidator(100)]
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), default=20, validators=[MinValueValidator(1)]
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, help_text=_("0 for no limit.")
    )
    grading = models.CharField(
        _("grading method"), max_length=10, choices=Grading.choices, default=Grading.HIGHEST
    )
    questions_drawn = models.PositiveSmallIntegerField(
        _("questions drawn"), default=20, help_text=_("0 draws the whole bank.")
    )
    draw_per_category = models.BooleanField(
        _("draw evenly from each category"),
        default=True,
        help_text=_("Otherwise questions are drawn from the whole bank."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    review = models.CharField(
        _("show explanations"), max_length=12, choices=Review.choices, default=Review.AFTER_SUBMIT
    )
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def __str__(self):
        return f"{self.title} – {self.course.title}"

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The quiz must close after it opens.")})


class AbstractAttempt(models.Model):
    """A try at drawn questions under a server deadline: a trainee's quiz attempt, an entrant's contest entry.

    Both are taken by the same steps (``quizzes.attempts``): drawn, autosaved, finished and graded once.
    """

    class Ending(models.TextChoices):
        SUBMITTED = "submitted", _("submitted")
        TIMED_OUT = "timed_out", _("time ran out")

    # Both empty while the attempt is prepared (drawn before the quiz opens, see quizzes.attempts.prepare_attempts):
    # pressing start only stamps them.
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    ending = models.CharField(_("ended by"), max_length=10, choices=Ending.choices, blank=True)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def is_open(self):
        return self.finished_at is None

    @property
    def is_started(self):
        return self.started_at is not None


class Attempt(AbstractAttempt):
    """A trainee's attempt at a class's quiz: the questions drawn, their order, the deadline, the grade."""

    # PROTECT: an attempt is what a trainee earned; deleting its enrolment or quiz is refused
    # (training.records says what holds them and what to do instead).
    enrollment = models.ForeignKey("training.Enrollment", on_delete=models.PROTECT, related_name="attempts")
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("attempt"))
    passed = models.BooleanField(_("passed"), null=True)
    # A prepared attempt's questions as its page shows them before any answer, written at preparation so
    # that the start sends them without reading or writing them again; emptied by the start that uses them.
    prepared_questions = models.TextField(blank=True, editable=False)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["enrollment", "quiz", "number"]
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "quiz", "number"], name="unique_attempt_number"),
            models.UniqueConstraint(
                fields=["enrollment", "quiz"],
                condition=models.Q(finished_at__isnull=True),
                name="one_open_attempt",
            ),
        ]

    def __str__(self):
        return f"{self.enrollment} – {self.quiz.title} #{self.number}"


class AbstractSlot(models.Model):
    """One question of an attempt: its place, the order its options were shown in, and the answer saved.

    The code calls it a slot (Moodle's word for a question's place in an attempt), as the accessor
    ``attempt.slots`` does; the two concrete models keep the names their migrations gave them,
    ``AttemptQuestion`` and ``contests.EntryQuestion``, since renaming either the models or the
    accessor is a migration.

    ``sequence`` is the browser's counter for this question's answers: an answer with a sequence
    not above the stored one is stale (sent before a newer one) and is ignored. ``fraction`` is set
    when the attempt is finished and graded; from then on the question takes no answer. ``snapshot``
    is the question as drawn (see ``quizzes.versions``): the attempt page, grading and the review
    read it, never the bank, which may have been edited since.
    """

    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField()
    option_order = models.JSONField(default=list)
    chosen = models.JSONField(default=list)
    sequence = models.PositiveIntegerField(default=0)
    answered_at = models.DateTimeField(null=True, blank=True)
    fraction = models.DecimalField(max_digits=5, decimal_places=4, null=True, blank=True)
    snapshot = models.JSONField(default=dict, editable=False)

    class Meta:
        abstract = True

    @cached_property
    def version(self):
        return QuestionVersion.from_snapshot(self.snapshot)

    @property
    def shown_options(self):
        """The options of the version drawn, in the order this trainee was shown them."""
        return self.version.in_order(self.option_order)


class AttemptQuestion(AbstractSlot):
    """A slot of a quiz attempt (see ``AbstractSlot``)."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="slots")

    class Meta:
        # By the column, not by the attempt's own ordering: that would join the attempt, its enrolment,
        # class and trainee to every read of an attempt's questions (the attempt page, each autosave).
        ordering = ["attempt_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="unique_slot_position"),
            models.UniqueConstraint(fields=["attempt", "question"], name="unique_slot_question"),
        ]

    def __str__(self):
        return f"{self.attempt} – {self.position}"


class QuestionImport(PendingImport):
    """A bank file between its preview and its confirmation (see ``PendingImport``)."""

    folder = "question-imports"

    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    skip_invalid = models.BooleanField(default=False)
    imported = models.PositiveIntegerField(null=True, blank=True)


class Allowance(models.Model):
    """Extra time and attempts granted to one trainee of a class (Moodle's user override, Open edX's
    allowance); ``quizzes.allowances`` applies it to the quiz's time limit and attempts."""

    enrollment = models.OneToOneField(
        "training.Enrollment", on_delete=models.CASCADE, related_name="allowance", verbose_name=_("trainee")
    )
    extra_minutes = models.PositiveSmallIntegerField(_("extra minutes"), default=0)
    time_multiplier = models.DecimalField(_("time multiplier"), max_digits=3, decimal_places=2, default=1)
    extra_attempts = models.PositiveSmallIntegerField(_("extra attempts"), default=0)
    reason = models.CharField(_("reason"), max_length=255)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    granted_at = models.DateTimeField(_("granted at"), auto_now=True)

    class Meta:
        verbose_name = _("extra time")
        verbose_name_plural = _("extra time")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(extra_minutes__lte=1440), name="allowance_extra_minutes_at_most_a_day"
            ),
            models.CheckConstraint(
                condition=models.Q(time_multiplier__gte=1, time_multiplier__lte=5),
                name="allowance_multiplier_between_1_and_5",
            ),
        ]

    def __str__(self):
        return str(self.enrollment)
