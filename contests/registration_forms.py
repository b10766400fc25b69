"""The forms of registration, sign-in by one-time code, and an entrant's own details."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.phones import normalize_phone

from .models import Entrant
from .registration import account_with_phone, signs_in_by_code

OLDEST_AGE = 110
YOUNGEST_AGE = 6


def years_before(day, years):
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def clean_birth_date(birth_date):
    today = timezone.localdate()
    if birth_date > today:
        raise forms.ValidationError(_("The date of birth cannot be in the future."))
    if birth_date < years_before(today, OLDEST_AGE) or birth_date > years_before(today, YOUNGEST_AGE):
        raise forms.ValidationError(
            _("Check the date of birth: an entrant is between %(youngest)s and %(oldest)s years old.")
            % {"youngest": YOUNGEST_AGE, "oldest": OLDEST_AGE}
        )
    return birth_date


class PhoneField(forms.CharField):
    """A Vietnamese mobile number however written, cleaned to its national form."""

    default_error_messages = {
        "invalid": _("Enter a Vietnamese mobile number, e.g. 0912 345 678 or +84 912 345 678."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Phone number"))
        kwargs.setdefault("max_length", 20)
        attrs = {"type": "tel", "inputmode": "tel", "autocomplete": "tel"}
        super().__init__(widget=forms.TextInput(attrs=attrs), **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value and not (phone := normalize_phone(value)):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return phone if value else value


class UnitChoiceField(forms.ModelChoiceField):
    default_error_messages = {"invalid_choice": _("Choose your unit from the contest's list.")}


class EntrantDetailsForm(forms.ModelForm):
    """Name, date of birth and unit: what an entrant may change until their first entry."""

    unit = UnitChoiceField(queryset=None, label=_("Unit"), empty_label=_("— choose your unit —"))

    class Meta:
        model = Entrant
        fields = ["full_name", "birth_date", "unit"]
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "birth_date": forms.DateInput(attrs={"type": "date", "autocomplete": "bday"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, contest, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = contest.units.all()
        self.fields["full_name"].label = _("Full name")
        self.fields["birth_date"].label = _("Date of birth")

    def clean_birth_date(self):
        return clean_birth_date(self.cleaned_data["birth_date"])


class RegistrationForm(EntrantDetailsForm):
    """Step one of registration; the phone is proven by a code in step two."""

    phone = PhoneField()
    email = forms.EmailField(label=_("E-mail (optional)"), required=False)
    consent = forms.BooleanField(
        label=_("I agree to the processing of my personal data for the purpose stated above."),
        error_messages={
            "required": _("To register, you must agree to the processing of your personal data.")
        },
    )

    class Meta(EntrantDetailsForm.Meta):
        fields = ["full_name", "birth_date", "phone", "unit", "email"]

    def __init__(self, *args, contest, account=None, **kwargs):
        super().__init__(*args, contest=contest, **kwargs)
        self.contest = contest
        self.account = account
        self.already_registered = self.needs_password_sign_in = False
        if account is not None:
            self.fields["full_name"].initial = account.get_full_name()
            self.fields["email"].initial = account.email
        if account is not None and account.phone:
            self.fields["phone"].initial = account.phone
            self.fields["phone"].help_text = _("The phone number of your account.")

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        if self.account is not None and self.account.phone and phone != self.account.phone:
            raise forms.ValidationError(
                _("Register with the phone number of your account, %(phone)s.")
                % {"phone": self.account.phone}
            )
        if Entrant.objects.filter(contest=self.contest, phone=phone).exists():
            self.already_registered = True
            raise forms.ValidationError(_("This phone number is already registered for this contest."))
        holder = account_with_phone(phone)
        if self.account is None and holder is not None and not signs_in_by_code(holder):
            self.needs_password_sign_in = True
            raise forms.ValidationError(
                _(
                    "This phone number belongs to an account with a password: sign in with it first, then register."
                )
            )
        if self.account is not None and holder is not None and holder != self.account:
            raise forms.ValidationError(_("This phone number belongs to another account."))
        return phone


class PhoneForm(forms.Form):
    phone = PhoneField()


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=12,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "pattern": "[0-9 ]*"}
        ),
    )

    def clean_code(self):
        code = self.cleaned_data["code"].replace(" ", "")
        if not code.isdigit():
            raise forms.ValidationError(_("The code is the 6 digits of the text message."))
        return code
