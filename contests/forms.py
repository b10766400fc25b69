"""The admin's forms for contests: an organizer's own units only, rounds whose questions come from
their course's bank, and no deletion of a unit or round that entrants already hold."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm

from training.models import OrganizingUnit


class ContestForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not for_user.is_superuser:
            units = OrganizingUnit.objects.filter(organizers=for_user)
            self.fields["organizing_unit"].queryset = units
            if self.instance.pk is None and len(units) == 1:
                self.initial.setdefault("organizing_unit", units[0].pk)

    def is_valid(self):
        """The form and its units and rounds as ModelForms see them, then what only the whole contest
        tells: a deleted unit or round that holds entrants or entries, a round's questions from another
        course. Such a contest is not saved, so nothing is half-stored."""
        valid = super().is_valid()
        for message in self.refused_deletions():
            self.add_error(None, message)
        self.check_round_questions()
        return valid and not self.errors and all(formset.is_valid() for formset in self.formsets.values())

    def refused_deletions(self):
        for form in self.formsets["units"].deleted_forms:
            unit = form.instance
            if unit.pk and (count := unit.entrants.count()):
                yield ngettext(
                    "The unit “%(unit)s” cannot be removed: %(count)s entrant has registered with it.",
                    "The unit “%(unit)s” cannot be removed: %(count)s entrants have registered with it.",
                    count,
                ) % {"unit": unit.name, "count": count}
        for form in self.formsets["rounds"].deleted_forms:
            round = form.instance
            if round.pk and (count := round.entries.count()):
                yield ngettext(
                    "The round “%(round)s” cannot be removed: it has %(count)s entry.",
                    "The round “%(round)s” cannot be removed: it has %(count)s entries.",
                    count,
                ) % {"round": round.title, "count": count}

    def check_round_questions(self):
        formset = self.formsets["rounds"]
        deleted = set(map(id, formset.deleted_forms)) if formset.is_valid() else set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or id(form) in deleted or not data.get("course"):
                continue
            course = data["course"]
            if data.get("category") and data["category"].course_id != course.pk:
                form.add_error("category", _("Choose a category of the course chosen for the round."))
            if any(question.course_id != course.pk for question in data.get("questions") or ()):
                form.add_error("questions", _("Choose only questions of the course chosen for the round."))


class EntrantForm(WagtailAdminModelForm):
    """An organizer's correction of an entrant's name, date of birth and unit (one of the contest's)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.fields["unit"].queryset = self.instance.contest.units.all()

    def clean_birth_date(self):
        birth_date = self.cleaned_data["birth_date"]
        if birth_date and birth_date > timezone.localdate():
            raise ValidationError(_("The date of birth cannot be in the future."))
        return birth_date
