"""One class's dashboard: its report, its list of trainees (filtered, searched, sorted) and their export."""

import django_filters
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from quizzes.allowances import attempts_allowed, granted_in

from ..models import Certificate, Enrollment
from ..progress import Progress
from ..templatetags.dashboard_tags import percent
from . import charts, exports
from .base import (
    LenientFiltersMixin,
    attachment,
    breadcrumbs_to,
    can_download_certificates,
    class_for_viewer,
    describe_selection,
    export_buttons,
    export_name,
    extra_time_button,
)
from .figures import (
    DEFINITIONS,
    TRAINEE_FIELDS,
    Status,
    class_period,
    class_report,
    class_setup,
    search_filter,
    status_rank,
    with_facts,
)

NO_UNIT = "-"
TRAINEES_PER_PAGE = 50


class ClassDashboardView(WagtailAdminTemplateMixin, TemplateView):
    """Counts, rates and scores of one class, its charts and its units."""

    template_name = "training/admin/class_dashboard.html"
    header_icon = "chart-bar"

    def dispatch(self, request, pk):
        self.training_class = class_for_viewer(request, pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Dashboard of %(code)s") % {"code": self.training_class.code}

    def get_breadcrumbs_items(self):
        return breadcrumbs_to() + [{"url": "", "label": self.training_class.code}]

    def get_header_buttons(self):
        pk = self.training_class.pk
        return [
            HeaderButton(
                _("Trainees"), reverse("training_class_trainees", args=[pk]), icon_name="user", priority=5
            ),
            *extra_time_button(self.request.user, self.training_class),
            *export_buttons(
                reverse("training_class_export", args=[pk, "xlsx"]),
                reverse("training_class_export", args=[pk, "csv"]),
            ),
        ]

    def get_context_data(self, **kwargs):
        report = class_report(self.training_class)
        figures = report.figures
        trainees_url = reverse("training_class_trainees", args=[self.training_class.pk])
        return super().get_context_data(
            training_class=self.training_class,
            report=report,
            figures=figures,
            period=class_period(self.training_class).label,
            trainees_url=trainees_url,
            histogram=charts.histogram_chart("chart-scores", figures.histogram(), report.pass_mark),
            timeline=charts.timeline_chart("chart-completions", report.timeline, figures.enrolled),
            units_chart=charts.units_chart("chart-units", report.units),
            completion_days=[day for day in report.timeline if day[1]],
            definitions=DEFINITIONS,
            granted=granted_in(self.training_class, report.quiz) if report.quiz else None,
            **kwargs,
        )


class TraineeFilterSet(WagtailFilterSet):
    """Unknown values are dropped one by one (see ``LenientFiltersMixin``)."""

    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Status.choices)
    unit = django_filters.ChoiceFilter(label=gettext_lazy("Unit"), choices=(), method="filter_unit")
    result = django_filters.ChoiceFilter(
        label=gettext_lazy("Quiz result"),
        choices=[
            ("passed", gettext_lazy("Passed")),
            ("not_passed", gettext_lazy("Not passed")),
            ("none", gettext_lazy("No result yet")),
        ],
        method="filter_result",
    )
    certificate = django_filters.ChoiceFilter(
        label=gettext_lazy("Certificate"),
        choices=[
            ("issued", gettext_lazy("Issued")),
            ("not_issued", pgettext_lazy("certificate filter", "Not issued")),
        ],
        method="filter_certificate",
    )

    class Meta:
        model = Enrollment
        fields = []

    def __init__(self, *args, units, pass_mark, **kwargs):
        super().__init__(*args, **kwargs)
        self.pass_mark = pass_mark
        self.filters["unit"].extra["choices"] = [
            (unit or NO_UNIT, unit or _("(no unit given)")) for unit in units
        ]
        if pass_mark is None:
            del self.filters["result"]

    def filter_unit(self, queryset, name, value):
        return queryset.filter(unit="" if value == NO_UNIT else value)

    def filter_result(self, queryset, name, value):
        if value == "none":
            return queryset.filter(result__isnull=True)
        passed = Q(result__gte=self.pass_mark)
        return queryset.filter(passed if value == "passed" else Q(result__isnull=False) & ~passed)

    def filter_certificate(self, queryset, name, value):
        return queryset.filter(certified=value == "issued")


def trainee_order(key, descending):
    """The ORDER BY of a sort key of the trainee list; missing values last either way, then by name."""
    expressions = {
        "name": [],
        "unit": [F("unit")],
        "progress": [F("lessons_done")],
        "result": [F("result")],
        "attempts": [F("attempts_used")],
        "status": [status_rank()],
        "completed": [F("completed_at")],
    }[key]
    by_name = [
        F("trainee__sort_name").desc() if descending and key == "name" else F("trainee__sort_name").asc()
    ]
    ordered = [
        expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
        for expression in expressions
    ]
    return [*ordered, *by_name, "pk"]


class TraineePaginator(WagtailPaginator):
    """Counts trainees, not enrolments: "55 học viên"."""

    verbose_name = gettext_lazy("trainee")
    verbose_name_plural = gettext_lazy("trainees")


class ClassTraineesView(LenientFiltersMixin, BaseListingView):
    """The trainees of a class, sortable, filterable by status and unit, searchable without diacritics,
    paginated; its export gives the rows the list shows, in its order."""

    template_name = "training/admin/class_trainees.html"
    results_template_name = "training/admin/class_trainees_results.html"
    header_icon = "user"
    paginate_by = TRAINEES_PER_PAGE
    paginator_class = TraineePaginator
    is_searchable = True
    default_ordering = "name"
    filterset_class = TraineeFilterSet
    verbose_name_plural = gettext_lazy("trainees")

    def dispatch(self, request, pk, **kwargs):
        self.training_class = class_for_viewer(request, pk)
        return super().dispatch(request, pk, **kwargs)

    @cached_property
    def basis(self):
        """The quiz and lessons the figures of the class depend on."""
        return class_setup(self.training_class)

    def get_page_title(self):
        return _("Trainees of %(code)s") % {"code": self.training_class.code}

    def get_breadcrumbs_items(self):
        return breadcrumbs_to(self.training_class) + [{"url": "", "label": _("Trainees")}]

    def get_index_url(self):
        return reverse("training_class_trainees", args=[self.training_class.pk])

    def get_index_results_url(self):
        return reverse("training_class_trainees_results", args=[self.training_class.pk])

    def get_header_buttons(self):
        pk = self.training_class.pk
        return [
            *extra_time_button(self.request.user, self.training_class),
            *export_buttons(
                reverse("training_class_export", args=[pk, "xlsx"]),
                reverse("training_class_export", args=[pk, "csv"]),
                self.export_query,
            ),
        ]

    @property
    def export_query(self):
        return urlencode(
            [(key, value) for key, value in self.request.GET.items() if key in self.export_params]
        )

    export_params = {"q", "ordering", "status", "unit", "result", "certificate"}

    def get_valid_orderings(self):
        keys = ["name", "unit", "progress", "status", "completed"]
        if self.basis.quiz:
            keys += ["result", "attempts"]
        return keys + [f"-{key}" for key in keys]

    def order_queryset(self, queryset):
        return queryset.order_by(*trainee_order(self.ordering.lstrip("-"), self.ordering.startswith("-")))

    def get_filterset_kwargs(self):
        units = self.training_class.enrollments.order_by("unit").values_list("unit", flat=True).distinct()
        return {**super().get_filterset_kwargs(), "units": list(units), "pass_mark": self.basis.pass_mark}

    def search_queryset(self, queryset):
        return queryset.filter(search_filter(self.search_query)) if self.is_searching else queryset

    def get_base_queryset(self):
        return with_facts(self.training_class.enrollments.all(), self.basis.lesson_ids).select_related(
            "trainee", "certificate", "allowance"
        )

    @cached_property
    def columns(self):
        columns = [
            Column("name", label=_("Trainee"), accessor=self.name_cell, sort_key="name"),
            Column("unit", label=_("Unit"), accessor=self.unit_cell, sort_key="unit"),
            Column("progress", label=_("Progress"), accessor=self.progress_cell, sort_key="progress"),
        ]
        if self.basis.quiz:
            columns += [
                Column("result", label=_("Quiz result"), accessor=self.result_cell, sort_key="result"),
                Column(
                    "attempts", label=_("Attempts used"), accessor=self.attempts_cell, sort_key="attempts"
                ),
            ]
        return columns + [
            Column("status", label=_("Status"), accessor=status_tag, sort_key="status"),
            Column("completed", label=_("Completed on"), accessor=completed_cell, sort_key="completed"),
            Column("certificate", label=_("Certificate"), accessor=self.certificate_cell),
        ]

    def name_cell(self, enrollment):
        trainee = enrollment.trainee
        contact = " · ".join(part for part in (trainee.email, trainee.phone) if part)
        return format_html(
            '<strong>{}</strong><div class="dvk-meta">{}</div>', trainee.get_full_name(), contact
        )

    def unit_cell(self, enrollment):
        return format_html('{}<div class="dvk-meta">{}</div>', enrollment.unit or "—", enrollment.position)

    def progress_cell(self, enrollment):
        progress = Progress(enrollment.lessons_done, self.basis.lessons_total, None)
        return format_html(
            '<span class="dvk-progress" aria-hidden="true"><span style="width: {}%"></span></span> {}',
            progress.percent,
            _("%(done)s/%(total)s lessons") % {"done": progress.done, "total": progress.total},
        )

    def result_cell(self, enrollment):
        if enrollment.result is None:
            return "—"
        passed = enrollment.result >= self.basis.pass_mark
        return format_html(
            '{} <span class="w-status {}">{}</span>',
            percent(enrollment.result, "-2"),
            "dvk-status--passed" if passed else "dvk-status--failed",
            _("Passed") if passed else _("Not passed"),
        )

    def attempts_cell(self, enrollment):
        allowed = attempts_allowed(self.basis.quiz, enrollment)
        return f"{enrollment.attempts_used}/{allowed}" if allowed else str(enrollment.attempts_used)

    @cached_property
    def can_download(self):
        return can_download_certificates(self.request.user, self.training_class)

    def certificate_cell(self, enrollment):
        certificate = getattr(enrollment, "certificate", None)
        if certificate is None:
            return ""
        if certificate.status == Certificate.Status.ISSUED and self.can_download:
            return format_html(
                '<a class="dvk-serial" href="{}" download>{}</a>',
                reverse("certificate_download", args=[certificate.serial]),
                certificate.serial,
            )
        if certificate.status == Certificate.Status.ISSUED:
            return format_html('<span class="dvk-serial">{}</span>', certificate.serial)
        return format_html(
            '<span class="dvk-serial">{}</span><div class="dvk-meta">{}</div>',
            certificate.serial,
            Certificate.Status(certificate.status).label,
        )

    def get_context_data(self, **kwargs):
        # Asked here, not by the first issued certificate in the page: the same queries whatever the rows.
        return super().get_context_data(
            training_class=self.training_class, can_download=self.can_download, **kwargs
        )


def status_tag(enrollment):
    return format_html(
        '<span class="w-status dvk-status--{}">{}</span>', enrollment.status, Status(enrollment.status).label
    )


def completed_cell(enrollment):
    if enrollment.completed_at is None:
        return ""
    return date_format(timezone.localtime(enrollment.completed_at), "d/m/Y")


class ClassExportView(ClassTraineesView):
    """The class as a workbook (summary, units, days and the listed trainees) or the listed trainees as CSV."""

    def get(self, request, pk, file_format):
        rows = self.get_queryset().values_list(*TRAINEE_FIELDS, named=True)
        stem = f"thong-ke-{slugify(self.training_class.code)}"
        if file_format == "csv":
            content = exports.csv_bytes(exports.numbered(exports.trainee_columns(self.basis)), rows)
            return attachment(content, exports.CSV_CONTENT_TYPE, export_name(stem, "csv"))
        content = exports.class_workbook(
            class_report(self.training_class), rows, describe_selection(self.filters, self.search_query)
        )
        return attachment(content, exports.XLSX_CONTENT_TYPE, export_name(stem, "xlsx"))
