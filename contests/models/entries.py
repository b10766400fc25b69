"""Who takes part and what they hand in: entrants, their entries (taken as a quiz attempt is, then
ended with the round's prediction), the questions drawn for each entry and the codes sent by SMS."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from quizzes.models import AbstractAttempt, AbstractSlot

from .contest import Contest, ContestUnit, Round


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
    """A slot of a contest entry (see ``quizzes.models.AbstractSlot``)."""

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
