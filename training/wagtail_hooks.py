from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import ImportTraineesView
from .forms import EnrollmentForm, TrainingClassForm
from .models import Enrollment, OrganizingUnit, TrainingClass
from .permissions import EnrollmentPermissionPolicy, TrainingClassPermissionPolicy


class VisibleObjectsMixin:
    """Edit, delete and history views look objects up among those the user may see: another unit's
    class is a 404, not an open door."""

    def get_queryset(self):
        return self.permission_policy.instances_user_has_permission_for(self.request.user, "view")


def restricted(view_class):
    return type(f"Restricted{view_class.__name__}", (VisibleObjectsMixin, view_class), {})


class ClassScopedViewSet(SnippetViewSet):
    """Lists and opens only what belongs to the classes a user may see."""

    edit_view_class = restricted(SnippetViewSet.edit_view_class)
    delete_view_class = restricted(SnippetViewSet.delete_view_class)
    history_view_class = restricted(SnippetViewSet.history_view_class)
    list_select_related = ()

    def get_queryset(self, request):
        visible = self.permission_policy.instances_user_has_permission_for(request.user, "view")
        return visible.select_related(*self.list_select_related)


class TrainingClassViewSet(ClassScopedViewSet):
    model = TrainingClass
    icon = "group"
    menu_label = _("Training classes")
    list_select_related = ("course", "organizing_unit")
    list_display = [
        "code",
        "name",
        "course",
        "organizing_unit",
        "starts_on",
        "ends_on",
        "self_enrolment_open",
    ]
    list_filter = ["organizing_unit", "self_enrolment_open"]
    search_fields = ["code", "name"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
            FieldPanel("course"),
            FieldPanel("organizing_unit"),
            FieldPanel("trainers"),
            FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Dates")),
            MultiFieldPanel(
                [FieldPanel("self_enrolment_open"), FieldPanel("completion_rule")],
                heading=_("Enrolment and completion"),
            ),
        ],
        base_form_class=TrainingClassForm,
    )


class EnrollmentViewSet(ClassScopedViewSet):
    model = Enrollment
    icon = "user"
    menu_label = _("Enrolments")
    list_select_related = ("trainee", "training_class")
    list_display = ["trainee", "training_class", "unit", "position", "source", "enrolled_at", "completed_at"]
    list_filter = ["training_class", "source"]
    search_fields = ["unit", "position"]
    edit_handler = ObjectList(
        [FieldPanel("training_class"), FieldPanel("trainee"), FieldPanel("unit"), FieldPanel("position")],
        base_form_class=EnrollmentForm,
    )


class OrganizingUnitViewSet(SnippetViewSet):
    model = OrganizingUnit
    icon = "site"
    menu_label = _("Organizing units")
    list_display = ["name"]


class TrainingViewSetGroup(SnippetViewSetGroup):
    items = (TrainingClassViewSet, EnrollmentViewSet, OrganizingUnitViewSet)
    menu_icon = "group"
    menu_label = _("Training")
    menu_order = 200


register_permission_policy(TrainingClass, TrainingClassPermissionPolicy(TrainingClass))
register_permission_policy(Enrollment, EnrollmentPermissionPolicy(Enrollment))
register_snippet(TrainingViewSetGroup)


@hooks.register("register_admin_urls")
def register_import_url():
    return [
        path(
            "training/classes/<int:pk>/import/", ImportTraineesView.as_view(), name="training_import_trainees"
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def import_trainees_button(snippet, user, next_url=None):
    if isinstance(snippet, TrainingClass) and policy_registry.get_by_type(
        TrainingClass
    ).user_has_permission_for_instance(user, "change", snippet):
        yield ListingButton(
            _("Import trainees"),
            reverse("training_import_trainees", args=[snippet.pk]),
            icon_name="upload",
            priority=20,
        )
