from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who signs in: trainee, trainer, organizer or administrator (see ``training.roles``).

    Vietnamese names are kept whole in ``full_name`` ("Nguyễn Thị Minh Khai"); splitting them into
    first and last names loses what people expect to see on a certificate.
    """

    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    phone = models.CharField(_("phone number"), max_length=10, blank=True)

    REQUIRED_FIELDS = ["email"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(
                Lower("email"), condition=~models.Q(email=""), name="unique_user_email_ci"
            ),
            models.UniqueConstraint(
                fields=["phone"], condition=~models.Q(phone=""), name="unique_user_phone"
            ),
        ]

    def __str__(self):
        return self.get_full_name()

    def get_full_name(self):
        return self.full_name or super().get_full_name() or self.username

    def get_short_name(self):
        return self.get_full_name().rsplit(" ", 1)[-1]
