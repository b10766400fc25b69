"""The dashboard on the admin's home page (a panel of the classes running now) and in its menu."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from ..admin_scope import visible
from ..models import Certificate, TrainingClass
from .figures import (
    Period,
    in_period,
    rate,
)


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
        classes = visible(TrainingClass, self.user).annotate(
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
