"""What the dashboard's views share: who sees which class, the way back (breadcrumbs), the header's
buttons, filters that drop an unknown value, and an export sent as a file.

Who sees what is the class permission policy's: organizers their units' classes, trainers the classes
they teach; any other class is a 404. Figures come from ``figures``; no view counts.
"""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import policy_registry

from ..admin_scope import visible
from ..models import TrainingClass


def class_for_viewer(request, pk):
    return get_object_or_404(
        visible(TrainingClass, request.user).select_related("course", "organizing_unit"), pk=pk
    )


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


class LenientFiltersMixin:
    def filter_queryset(self, queryset):
        """Filter by every valid value; an unknown one is ignored (the filter form names it)."""
        if self.filters:
            self.filters.form.is_valid()
            queryset = self.filters.filter_queryset(queryset)
        return queryset


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
