from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from common import roles

from .models import CertificateTemplate, OrganizingUnit, TrainingClass


class SignInForm(AuthenticationForm):
    username = forms.CharField(
        label=_("Username, e-mail or phone number"),
        max_length=254,
        widget=forms.TextInput(
            attrs={"autofocus": True, "autocomplete": "username", "autocapitalize": "none"}
        ),
    )
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "The sign-in name or password is not correct. Both are case-sensitive; check and try again."
        ),
    }


class TrainingClassForm(WagtailAdminModelForm):
    """An organizer opens classes for their own units, taught by members of Giảng viên."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not for_user.is_superuser:
            self.fields["organizing_unit"].queryset = OrganizingUnit.objects.filter(organizers=for_user)
            self.fields["certificate_template"].queryset = CertificateTemplate.objects.filter(
                organizing_unit__organizers=for_user
            )
        self.fields["trainers"].queryset = (
            get_user_model().objects.filter(groups__name=roles.TRAINER).order_by("full_name")
        )


class CertificateTemplateForm(WagtailAdminModelForm):
    """Organizers keep the templates of their own units."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not for_user.is_superuser:
            self.fields["organizing_unit"].queryset = OrganizingUnit.objects.filter(organizers=for_user)

    def clean(self):
        cleaned = super().clean()
        for name in ("signature", "seal", "background"):
            image = cleaned.get(name)
            if image and getattr(image, "size", 0) > CertificateTemplate.MAX_IMAGE_BYTES:
                self.add_error(
                    name,
                    _("This image is larger than %(mb)s MB; use a smaller one.")
                    % {"mb": CertificateTemplate.MAX_IMAGE_BYTES // 2**20},
                )
        return cleaned


class EnrollmentForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None:
            self.fields["training_class"].queryset = TrainingClass.objects.visible_to(for_user)
        self.fields["trainee"].queryset = (
            get_user_model().objects.filter(groups__name=roles.TRAINEE).order_by("full_name")
        )
