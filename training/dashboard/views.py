"""The organizers' dashboard in the Wagtail admin: a report per class, its list of trainees, the overview
of all the classes a user follows, their exports, and a panel on the admin's home page.

Who sees what is the class permission policy's: organizers their units' classes, trainers the classes
they teach; any other class is a 404. Figures come from ``figures``; nothing here counts.
"""

import django_filters
from django.db.models import Count, F, Q
from django.db.models.functions import ExtractYear, NullIf
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
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
from wagtail.admin.menu import MenuItem
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import policy_registry

from quizzes.allowances import attempts_allowed, granted_in

from ..models import Certificate, Enrollment, OrganizingUnit, TrainingClass
from ..progress import Progress
from ..templatetags.dashboard_tags import count as count_text
from ..templatetags.dashboard_tags import percent
from . import charts, exports
from .figures import (
    DEFINITIONS,
    TRAINEE_FIELDS,
    Period,
    Status,
    class_period,
    class_report,
    class_setup,
    figures_by_class,
    in_period,
    rate,
    search_filter,
    status_rank,
    total,
    with_facts,
)

NO_UNIT = "-"
TRAINEES_PER_PAGE = 50


def visible_classes(user):
    """The classes ``user`` may follow: their units' (organizers), the ones they teach (trainers)."""
    return policy_registry.get_by_type(TrainingClass).instances_user_has_permission_for(user, "view")


def class_for_viewer(request, pk):
    return get_object_or_404(visible_classes(request.user).select_related("course", "organizing_unit"), pk=pk)


def can_download_certificates(user, training_class):
    """Certificate files are for the organizers of the class's unit (see ``certificates.views.download``)."""
    return user.is_superuser or training_class.organizing_unit.organizers.filter(pk=user.pk).exists()


def attachment(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def export_name(stem, extension):
    return f"{stem}-{timezone.localdate().isoformat()}.{extension}"


def breadcrumbs_to(training_class=None):
    items = [
        *WagtailAdminTemplateMixin.breadcrumbs_items,
        {"url": reverse("training_dashboard"), "label": _("Training dashboard")},
    ]
    if training_class is not None:
        items.append(
            {
                "url": reverse("training_class_dashboard", args=[training_class.pk]),
                "label": training_class.code,
            }
        )
    return items


def extra_time_button(user, training_class):
    """*Thêm giờ* (quizzes.allowance_views), for those who may change the class."""
    if not policy_registry.get_by_type(TrainingClass).user_has_permission_for_instance(
        user, "change", training_class
    ):
        return []
    url = reverse("quizzes_grant_allowance", args=[training_class.pk])
    return [HeaderButton(_("Extra time"), url, icon_name="time", priority=6)]


def export_buttons(xlsx_url, csv_url, query=""):
    suffix = f"?{query}" if query else ""
    return [
        HeaderButton(_("Download Excel (.xlsx)"), xlsx_url + suffix, icon_name="download", priority=10),
        HeaderButton(_("Download CSV"), csv_url + suffix, icon_name="download", priority=20),
    ]


# One class


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


class LenientFiltersMixin:
    def filter_queryset(self, queryset):
        """Filter by every valid value; an unknown one is ignored (the filter form names it)."""
        if self.filters:
            self.filters.form.is_valid()
            queryset = self.filters.filter_queryset(queryset)
        return queryset


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


def describe_selection(filters, search_query):
    """The filters and search in force, in words, for the summary of an export; "" without any."""
    parts = []
    if filters:
        filters.form.is_valid()
        for name, value in filters.form.cleaned_data.items():
            if value in (None, ""):
                continue
            field = filters.form.fields[name]
            label = dict(field.choices).get(value, value) if hasattr(field, "choices") else value
            parts.append(f"{field.label}: {label}")
    if search_query:
        parts.append(_("Search: %(query)s") % {"query": search_query})
    return "; ".join(str(part) for part in parts)


# All classes


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
        return visible_classes(self.request.user)

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


# The admin's home page and menu


class ClassesPanel(Component):
    """On the admin's home page: the classes running now (else the latest), with their plain counts. The
    home page opens often: the pass rates and scores, which look at every attempt, wait on the dashboards."""

    name = "training_classes"
    template_name = "training/admin/home_panel.html"
    order = 50
    size = 6

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        classes = visible_classes(self.user).annotate(
            enrolled=Count("enrollments"),
            completed=Count("enrollments", filter=Q(enrollments__completed_at__isnull=False)),
            certified=Count(
                "enrollments", filter=Q(enrollments__certificate__status=Certificate.Status.ISSUED)
            ),
        )
        running = in_period(Period.RUNNING, today)
        shown = list(classes.filter(running).order_by("ends_on", "code")[: self.size])
        if len(shown) < self.size:
            shown += classes.exclude(running).order_by("-starts_on", "code")[: self.size - len(shown)]
        for training_class in shown:
            training_class.completion_rate = rate(training_class.completed, training_class.enrolled)
        return {"classes": shown, "overview_url": reverse("training_dashboard")}

    def render_html(self, parent_context=None):
        return (
            super().render_html(parent_context) if self.user.has_perm("training.view_trainingclass") else ""
        )


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("training.view_trainingclass")
