from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction as DeletePagesBulkAction
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail.users.views.bulk_actions.delete import DeleteBulkAction as DeleteUsersBulkAction

from . import audit
from .admin_scope import ScopedDeleteBulkAction, ScopedSnippetViewSet
from .certificates import admin_views as certificate_admin_views
from .dashboard import class_views, home, overview_views
from .enrollment.import_views import ImportTraineesView
from .forms import CertificateTemplateForm, EnrollmentForm, TrainingClassForm
from .models import Certificate, CertificateTemplate, Enrollment, OrganizingUnit, TrainingClass
from .permissions import (
    CertificatePermissionPolicy,
    EnrollmentPermissionPolicy,
    OrganizingUnitPermissionPolicy,
    TrainingClassPermissionPolicy,
)
from .records import KeepingRecordsOnBulkDelete, refuse_deletion
from .trail_views import ClassTrailView


class TrainingClassViewSet(ScopedSnippetViewSet):
    model = TrainingClass
    icon = "group"
    history_view_class = ClassTrailView
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
            MultiFieldPanel(
                [FieldPanel("certificate_template"), FieldPanel("certificate_prefix")],
                heading=_("Certificates"),
            ),
        ],
        base_form_class=TrainingClassForm,
    )


class EnrollmentViewSet(ScopedSnippetViewSet):
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


class CertificateViewSet(ScopedSnippetViewSet):
    """Certificates are made by the worker, not typed in: the admin lists them, downloads and revokes."""

    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    add_to_admin_menu = False
    list_select_related = ("enrollment__trainee", "enrollment__training_class")
    list_display = ["serial", "enrollment", "status", "issued_at", "reason"]
    list_filter = ["status", "enrollment__training_class"]
    search_fields = ["serial"]
    inspect_view_enabled = True
    edit_handler = ObjectList([FieldPanel("reason", read_only=True)])


class CertificateTemplateViewSet(ScopedSnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full-inverse"
    menu_label = _("Certificate templates")
    list_display = ["name", "organizing_unit", "signer_name"]
    add_view_class = type(
        "CertificateTemplateCreateView",
        (certificate_admin_views.StorageErrorsAsFormErrors, SnippetViewSet.add_view_class),
        {},
    )
    edit_view_class = type(
        "CertificateTemplateEditView",
        (certificate_admin_views.StorageErrorsAsFormErrors, SnippetViewSet.edit_view_class),
        {},
    )
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name"), FieldPanel("organizing_unit")]),
            FieldPanel("issuing_body"),
            FieldPanel("place"),
            FieldRowPanel([FieldPanel("signer_title"), FieldPanel("signer_name")], heading=_("Signer")),
            MultiFieldPanel(
                [FieldPanel("signature"), FieldPanel("seal"), FieldPanel("background")],
                heading=_("Images (optional)"),
            ),
        ],
        base_form_class=CertificateTemplateForm,
    )


class OrganizingUnitViewSet(SnippetViewSet):
    model = OrganizingUnit
    icon = "site"
    menu_label = _("Organizing units")
    list_display = ["name"]


class TrainingViewSetGroup(SnippetViewSetGroup):
    items = (
        TrainingClassViewSet,
        EnrollmentViewSet,
        CertificateViewSet,
        CertificateTemplateViewSet,
        OrganizingUnitViewSet,
    )
    menu_icon = "group"
    menu_label = _("Training")
    menu_order = 200


register_permission_policy(TrainingClass, TrainingClassPermissionPolicy(TrainingClass))
register_permission_policy(Enrollment, EnrollmentPermissionPolicy(Enrollment))
register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))
register_permission_policy(CertificateTemplate, OrganizingUnitPermissionPolicy(CertificateTemplate))
register_snippet(TrainingViewSetGroup)
# After Wagtail's own (order 0), so that it replaces it for the scoped snippets.
hooks.register("register_bulk_action", ScopedDeleteBulkAction, order=1)
hooks.register("register_log_actions", audit.register_log_actions)
hooks.register("register_actions", audit.register_actions)


@hooks.register("register_admin_urls")
def register_training_urls():
    return [
        path(
            "training/classes/<int:pk>/import/", ImportTraineesView.as_view(), name="training_import_trainees"
        ),
        path(
            "training/classes/<int:pk>/certificates/",
            certificate_admin_views.ClassCertificatesView.as_view(),
            name="training_class_certificates",
        ),
        path(
            "training/classes/<int:pk>/certificates/progress/",
            certificate_admin_views.class_certificates_progress,
            name="training_class_certificates_progress",
        ),
        path(
            "training/classes/<int:pk>/certificates.zip",
            certificate_admin_views.class_certificates_zip,
            name="training_class_certificates_zip",
        ),
        path(
            "training/certificates/<int:pk>/revoke/",
            certificate_admin_views.RevokeCertificateView.as_view(),
            name="training_revoke_certificate",
        ),
        path(
            "training/certificate-templates/<int:pk>/preview.pdf",
            certificate_admin_views.template_preview,
            name="training_certificate_template_preview",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def training_class_buttons(snippet, user, next_url=None):
    """A class's figures for whoever sees it (its trainers too); its trainees, certificates and audit trail
    for those who manage it."""
    if not isinstance(snippet, TrainingClass):
        return
    policy = policy_registry.get_by_type(TrainingClass)
    if policy.user_has_permission_for_instance(user, "view", snippet):
        yield ListingButton(
            pgettext_lazy("a class's figures", "Dashboard"),
            reverse("training_class_dashboard", args=[snippet.pk]),
            icon_name="chart-bar",
            priority=10,
        )
    if policy.user_has_permission_for_instance(user, "change", snippet):
        yield ListingButton(
            _("Import trainees"),
            reverse("training_import_trainees", args=[snippet.pk]),
            icon_name="upload",
            priority=20,
        )
        yield ListingButton(
            _("Certificates"),
            reverse("training_class_certificates", args=[snippet.pk]),
            icon_name="doc-full",
            priority=30,
        )
        yield ListingButton(
            _("Audit trail"),
            reverse("wagtailsnippets_training_trainingclass:history", args=[snippet.pk]),
            icon_name="history",
            priority=40,
        )


@hooks.register("register_snippet_listing_buttons")
def certificate_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Certificate) and snippet.status == Certificate.Status.ISSUED:
        yield ListingButton(
            _("Download (PDF)"), reverse("certificate_download", args=[snippet.serial]), icon_name="download"
        )
        if policy_registry.get_by_type(Certificate).user_has_permission_for_instance(user, "change", snippet):
            yield ListingButton(
                _("Revoke"), reverse("training_revoke_certificate", args=[snippet.pk]), icon_name="cross"
            )
    if isinstance(snippet, CertificateTemplate):
        yield ListingButton(
            _("Preview (PDF)"),
            reverse("training_certificate_template_preview", args=[snippet.pk]),
            icon_name="view",
            attrs={"target": "_blank"},
        )


@hooks.register("register_admin_urls")
def register_dashboard_urls():
    class_dashboard = r"^training/classes/(?P<pk>\d+)/dashboard/"
    return [
        path("training/dashboard/", overview_views.OverviewView.as_view(), name="training_dashboard"),
        path(
            "training/dashboard/results/",
            overview_views.OverviewView.as_view(results_only=True),
            name="training_dashboard_results",
        ),
        re_path(
            r"^training/dashboard/export\.(?P<file_format>xlsx|csv)$",
            overview_views.OverviewExportView.as_view(),
            name="training_dashboard_export",
        ),
        re_path(
            f"{class_dashboard}$",
            class_views.ClassDashboardView.as_view(),
            name="training_class_dashboard",
        ),
        re_path(
            f"{class_dashboard}trainees/$",
            class_views.ClassTraineesView.as_view(),
            name="training_class_trainees",
        ),
        re_path(
            f"{class_dashboard}trainees/results/$",
            class_views.ClassTraineesView.as_view(results_only=True),
            name="training_class_trainees_results",
        ),
        re_path(
            rf"{class_dashboard}export\.(?P<file_format>xlsx|csv)$",
            class_views.ClassExportView.as_view(),
            name="training_class_export",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return home.DashboardMenuItem(
        _("Training dashboard"), reverse("training_dashboard"), icon_name="chart-bar", order=205
    )


@hooks.register("construct_homepage_panels")
def add_classes_panel(request, panels):
    panels.append(home.ClassesPanel(request.user))


@hooks.register("register_icons")
def register_dashboard_icon(icons):
    return [*icons, "training/icons/chart-bar.svg"]


@hooks.register("before_delete_snippet")
def keep_snippets_holding_trainee_records(request, instances):
    """Quizzes, questions, classes and enrolments that hold trainees' records are not deleted, one or
    many at once (see training.records)."""
    if not instances:
        return None
    listing = reverse(instances[0].snippet_viewset.get_url_name("list"))
    return refuse_deletion(request, instances, get_valid_next_url_from_request(request) or listing)


@hooks.register("before_delete_page")
def keep_pages_holding_trainee_records(request, page):
    """A course or lesson (or a page above them) that trainees have records in is not deleted."""
    return refuse_deletion(request, [page], reverse("wagtailadmin_explore", args=[page.get_parent().pk]))


class DeletePagesKeepingRecords(KeepingRecordsOnBulkDelete, DeletePagesBulkAction):
    fallback_url_name = "wagtailadmin_explore_root"


hooks.register("register_bulk_action", DeletePagesKeepingRecords, order=1)  # after Wagtail's own


@hooks.register("before_delete_user")
def keep_users_holding_trainee_records(request, user):
    return refuse_deletion(request, [user], reverse("wagtailusers_users:edit", args=[user.pk]))


class DeleteUsersKeepingRecords(KeepingRecordsOnBulkDelete, DeleteUsersBulkAction):
    fallback_url_name = "wagtailusers_users:index"


hooks.register("register_bulk_action", DeleteUsersKeepingRecords, order=1)  # after Wagtail's own
