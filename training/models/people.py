"""People: the user who signs in (trainee, trainer, organizer), and the organizing unit they work for."""

from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from .. import names

NAME_FIELDS = {"full_name", "first_name", "last_name", "username"}


class UserManager(DjangoUserManager):
    def bulk_create(self, objs, *args, **kwargs):
        """Fill the name keys that ``save`` would have filled (bulk creation does not call it)."""
        objs = list(objs)
        for user in objs:
            names.fill_name_keys(user)
        return super().bulk_create(objs, *args, **kwargs)


class User(AbstractUser):
    """A person who signs in: trainee, trainer, organizer or administrator (see ``common.roles``).

    Vietnamese names are kept whole in ``full_name`` ("Nguyễn Thị Minh Khai"); splitting them into
    first and last names loses what people expect to see on a certificate.
    """

    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    phone = models.CharField(_("phone number"), max_length=10, blank=True)
    must_change_password = models.BooleanField(
        _("must change password"),
        default=False,
        help_text=_("Set for accounts created with a one-time password."),
    )
    # Kept from the name on every save (see training.names): accent-free search and Vietnamese order.
    search_name = models.CharField(max_length=255, blank=True, editable=False)
    sort_name = models.CharField(max_length=255, blank=True, editable=False)

    objects = UserManager()

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
        # Signing in looks an account up by its username in any case (training.auth.accounts_named_by).
        indexes = [models.Index(Lower("username"), name="user_username_ci")]

    def __str__(self):
        return self.get_full_name()

    def save(self, *args, **kwargs):
        names.fill_name_keys(self)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and NAME_FIELDS & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "search_name", "sort_name"}
        super().save(*args, **kwargs)

    def get_full_name(self):
        return self.full_name or super().get_full_name() or self.username

    def set_password(self, raw_password):
        super().set_password(raw_password)
        self.must_change_password = False

    def get_short_name(self):
        return self.get_full_name().rsplit(" ", 1)[-1]


class OrganizingUnit(models.Model):
    """A unit that opens training classes (a Ban Tuyên giáo và Dân vận Tỉnh ủy, a Sở's office …); its organizers
    manage them."""

    name = models.CharField(_("name"), max_length=255, unique=True)
    organizers = models.ManyToManyField(
        User, verbose_name=_("organizers"), related_name="organizing_units", blank=True
    )

    class Meta:
        verbose_name = _("organizing unit")
        verbose_name_plural = _("organizing units")
        ordering = ["name"]

    def __str__(self):
        return self.name
