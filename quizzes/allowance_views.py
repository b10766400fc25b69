"""Admin view: grant extra time and attempts to one or several trainees of a class, from its list."""

from django import forms
from django.apps import apps
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from . import allowances
from .models import Quiz


class TraineeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, enrollment):
        name = enrollment.trainee.get_full_name()
        return f"{name} · {enrollment.unit}" if enrollment.unit else name


class AllowanceForm(forms.Form):
    enrollments = TraineeChoiceField(
        label=gettext_lazy("Trainees"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": gettext_lazy("Only trainees enrolled in this class can be given extra time."),
            "invalid_pk_value": gettext_lazy("Only trainees enrolled in this class can be given extra time."),
            "required": gettext_lazy("Choose at least one trainee."),
        },
    )
    extra_minutes = forms.IntegerField(
        label=gettext_lazy("Extra minutes"), initial=0, help_text=gettext_lazy("Added to the time limit.")
    )
    time_multiplier = forms.DecimalField(
        label=gettext_lazy("Time multiplier"),
        initial=1,
        max_digits=3,
        decimal_places=2,
        help_text=gettext_lazy("1.5 gives half as much time again; applied before the extra minutes."),
    )
    extra_attempts = forms.IntegerField(label=gettext_lazy("Extra attempts"), initial=0)
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=255,
        help_text=gettext_lazy("Kept with the allowance and in the class's history."),
    )

    def __init__(self, *args, training_class, quiz, **kwargs):
        super().__init__(*args, **kwargs)
        self.quiz = quiz
        self.fields["enrollments"].queryset = training_class.enrollments.select_related("trainee")

    def clean(self):
        cleaned = super().clean()
        figures = [cleaned.get(name) for name in ("extra_minutes", "time_multiplier", "extra_attempts")]
        if None not in figures:
            try:
                allowances.check(self.quiz, *figures)
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


class GrantAllowanceView(WagtailAdminTemplateMixin, FormView):
    """Organizers who may change the class grant; anyone else, or another unit's class, is a 404."""

    template_name = "quizzes/admin/grant_allowance.html"
    form_class = AllowanceForm
    header_icon = "time"

    def dispatch(self, request, pk):
        TrainingClass = apps.get_model("training", "TrainingClass")
        classes = policy_registry.get_by_type(TrainingClass).instances_user_has_permission_for(
            request.user, "change"
        )
        self.training_class = get_object_or_404(classes.select_related("course"), pk=pk)
        self.quiz = get_object_or_404(Quiz, course=self.training_class.course_id)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Extra time in %(code)s") % {"code": self.training_class.code}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("training_class_dashboard", args=[self.training_class.pk]),
                "label": self.training_class.code,
            },
            {"url": "", "label": _("Extra time")},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "training_class": self.training_class, "quiz": self.quiz}

    def form_valid(self, form):
        enrollments = list(form.cleaned_data["enrollments"])
        allowances.grant(
            self.training_class,
            self.quiz,
            enrollments,
            extra_minutes=form.cleaned_data["extra_minutes"],
            time_multiplier=form.cleaned_data["time_multiplier"],
            extra_attempts=form.cleaned_data["extra_attempts"],
            reason=form.cleaned_data["reason"],
            user=self.request.user,
        )
        messages.success(
            self.request,
            _("Extra time saved for %(count)s trainee(s); attempts in progress were extended.")
            % {"count": len(enrollments)},
        )
        return redirect("training_class_dashboard", self.training_class.pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            training_class=self.training_class,
            quiz=self.quiz,
            granted=allowances.granted_in(self.training_class, self.quiz),
            **kwargs,
        )
