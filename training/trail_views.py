"""A class's audit trail in the admin: its history page, which holds everything recorded about the class,
its enrolments, attempts and certificates (``training.audit``), with a filter by trainee."""

import django_filters
from django.contrib.auth import get_user_model
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.history import HistoryFilterSet
from wagtail.log_actions import registry as log_registry
from wagtail.snippets.views.snippets import HistoryView


class TrailFilterSet(HistoryFilterSet):
    trainee = django_filters.ChoiceFilter(label=_("Trainee"), field_name="trainee_id", empty_label=_("All"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        trainee_ids = self.queryset.exclude(trainee_id=None).values("trainee_id")
        self.filters["trainee"].extra["choices"] = [
            (user.pk, user.get_full_name())
            for user in get_user_model().objects.filter(pk__in=trainee_ids).order_by("sort_name", "pk")
        ]


class ClassTrailView(HistoryView):
    """The history of a class, read as its audit trail: who did what, when, to which trainee."""

    page_title = _("Audit trail")
    filterset_class = TrailFilterSet

    @cached_property
    def columns(self):
        action, *rest = super().columns
        return [action, Column("trainee_name", label=_("Trainee"), width="20%"), *rest]

    def get_breadcrumbs_items(self):
        *items, last = super().get_breadcrumbs_items()
        return [*items, {**last, "label": self.page_title}]

    def get_base_queryset(self):
        """Every entry: Wagtail's history keeps one entry per request and action, but one import enrols
        many trainees."""
        return self._annotate_queryset(log_registry.get_logs_for_instance(self.object))
