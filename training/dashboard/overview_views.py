"""All the classes a user follows: the overview, filtered by period, year and unit, and its export."""

import django_filters
from django.db.models import Count, F, Q
from django.db.models.functions import ExtractYear, NullIf
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import BaseListingView

from ..admin_scope import visible
from ..models import OrganizingUnit, TrainingClass
from ..templatetags.dashboard_tags import count as count_text
from ..templatetags.dashboard_tags import percent
from . import exports
from .base import (
    LenientFiltersMixin,
    attachment,
    breadcrumbs_to,
    describe_selection,
    export_buttons,
    export_name,
)
from .figures import (
    DEFINITIONS,
    Period,
    Status,
    class_period,
    figures_by_class,
    in_period,
    total,
)


class ClassFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=gettext_lazy("Period"),
        choices=Period.choices,
        method="filter_period",
    )
    year = django_filters.ChoiceFilter(label=gettext_lazy("Year"), choices=(), method="filter_year")
    organizing_unit = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Organizing unit"), queryset=OrganizingUnit.objects.none()
    )

    class Meta:
        model = TrainingClass
        fields = []

    def __init__(self, *args, classes, **kwargs):
        super().__init__(*args, **kwargs)
        years = (
            classes.annotate(year=ExtractYear("starts_on")).order_by("-year").values_list("year", flat=True)
        )
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in dict.fromkeys(years)]
        self.filters["organizing_unit"].queryset = OrganizingUnit.objects.filter(
            classes__in=classes
        ).distinct()

    def filter_period(self, queryset, name, value):
        return queryset.filter(in_period(value, timezone.localdate()))

    def filter_year(self, queryset, name, value):
        return queryset.filter(starts_on__year=int(value))


class OverviewView(LenientFiltersMixin, BaseListingView):
    """The key figures of every class the user follows, with their totals."""

    template_name = "training/admin/overview.html"
    results_template_name = "training/admin/overview_results.html"
    header_icon = "chart-bar"
    page_title = gettext_lazy("Training dashboard")
    paginate_by = 50
    is_searchable = True
    search_fields = ["code", "name"]
    default_ordering = "-starts_on"
    filterset_class = ClassFilterSet
    index_url_name = "training_dashboard"
    index_results_url_name = "training_dashboard_results"
    verbose_name_plural = gettext_lazy("training classes")
    export_params = {"q", "ordering", "period", "year", "organizing_unit"}

    def get_breadcrumbs_items(self):
        return breadcrumbs_to()[:1] + [{"url": "", "label": self.get_page_title()}]

    def get_header_buttons(self):
        query = urlencode(
            [(key, value) for key, value in self.request.GET.items() if key in self.export_params]
        )
        return export_buttons(
            reverse("training_dashboard_export", args=["xlsx"]),
            reverse("training_dashboard_export", args=["csv"]),
            query,
        )

    @cached_property
    def classes(self):
        return visible(TrainingClass, self.request.user)

    def get_base_queryset(self):
        return self.classes.select_related("course", "organizing_unit").annotate(
            enrolled=Count("enrollments"),
            completed=Count("enrollments", filter=Q(enrollments__completed_at__isnull=False)),
            completion=F("completed") * 100.0 / NullIf(F("enrolled"), 0),
        )

    def get_valid_orderings(self):
        keys = ["code", "starts_on", "enrolled", "completion"]
        return keys + [f"-{key}" for key in keys]

    def order_queryset(self, queryset):
        key = self.ordering.lstrip("-")
        expression = (
            F(key).desc(nulls_last=True) if self.ordering.startswith("-") else F(key).asc(nulls_last=True)
        )
        return queryset.order_by(expression, "code")

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "classes": self.classes}

    @cached_property
    def figures(self):
        """{class id: Figures} for every class listed, on every page: the totals need them all."""
        return figures_by_class(self.object_list.order_by())

    @cached_property
    def columns(self):
        return [
            Column("code", label=_("Class"), accessor=class_cell, sort_key="code"),
            Column("starts_on", label=_("Dates"), accessor=dates_cell, sort_key="starts_on"),
            Column(
                "enrolled",
                label=_("Enrolled"),
                classname="dvk-number",
                accessor=lambda c: count_text(self.figure(c).enrolled),
                sort_key="enrolled",
            ),
            Column(
                "not_started",
                label=Status.NOT_STARTED.label,
                classname="dvk-number",
                accessor=lambda c: count_text(self.figure(c).not_started),
            ),
            Column(
                "in_progress",
                label=Status.IN_PROGRESS.label,
                classname="dvk-number",
                accessor=lambda c: count_text(self.figure(c).in_progress),
            ),
            Column(
                "completed", label=Status.COMPLETED.label, accessor=self.completed_cell, sort_key="completion"
            ),
            Column(
                "certified",
                label=_("Certified"),
                accessor=lambda c: count_text(self.figure(c).certified),
                classname="dvk-number",
            ),
            Column(
                "pass_rate",
                label=_("Pass rate"),
                accessor=lambda c: percent(self.figure(c).pass_rate),
                classname="dvk-number",
            ),
            Column(
                "average",
                label=_("Average score"),
                accessor=lambda c: percent(self.figure(c).average_score),
                classname="dvk-number",
            ),
        ]

    def figure(self, training_class):
        return self.figures[training_class.pk]

    def completed_cell(self, training_class):
        figures = self.figure(training_class)
        return format_html(
            '{} <span class="dvk-meta">({})</span><span class="dvk-progress" aria-hidden="true"><span style="width: {}%"></span></span>',
            count_text(figures.completed),
            percent(figures.completion_rate),
            float(figures.completion_rate or 0),
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            totals=total(self.figures.values()), definitions=DEFINITIONS, **kwargs
        )


def class_cell(training_class):
    return format_html(
        '<a href="{}"><strong>{}</strong></a><div class="dvk-meta">{} · {}</div>',
        reverse("training_class_dashboard", args=[training_class.pk]),
        training_class.name,
        training_class.code,
        training_class.organizing_unit.name,
    )


def dates_cell(training_class):
    return format_html(
        '{} – {}<div class="dvk-meta">{}</div>',
        date_format(training_class.starts_on, "d/m/Y"),
        date_format(training_class.ends_on, "d/m/Y"),
        class_period(training_class).label,
    )


class OverviewExportView(OverviewView):
    def get(self, request, file_format):
        self.object_list = self.get_queryset()
        classes = list(self.object_list)
        rows = [ClassRow(training_class, self.figures[training_class.pk]) for training_class in classes]
        if file_format == "csv":
            content = exports.csv_bytes(exports.CLASS_COLUMNS, rows)
            return attachment(content, exports.CSV_CONTENT_TYPE, export_name("thong-ke-cac-lop", "csv"))
        content = exports.overview_workbook(
            rows, total(row.figures for row in rows), describe_selection(self.filters, self.search_query)
        )
        return attachment(content, exports.XLSX_CONTENT_TYPE, export_name("thong-ke-cac-lop", "xlsx"))


class ClassRow:
    def __init__(self, training_class, figures):
        self.training_class = training_class
        self.figures = figures
