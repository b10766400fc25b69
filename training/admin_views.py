"""Admin view: enrol a spreadsheet of trainees in a class, with a preview before anything is written."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from .admin_scope import visible_or_404
from .enrolment_import import import_roster
from .models import TraineeImport, TrainingClass
from .roster import MAX_FILE_BYTES, RosterError, read_roster


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet of trainees (.xlsx or .csv)"),
        help_text=gettext_lazy(
            "Columns: Họ và tên, Email, Số điện thoại, Đơn vị, Chức vụ. The first rows may be a title."
        ),
    )


class ImportTraineesView(WagtailAdminTemplateMixin, TemplateView):
    """Upload → preview (a dry run: counts, new accounts, every bad row) → confirm → result.

    Between preview and confirmation the file waits in storage and a TraineeImport row remembers it,
    so that what is imported is exactly what was previewed, once.
    """

    template_name = "training/admin/import_trainees.html"
    header_icon = "upload"

    def dispatch(self, request, pk):
        self.training_class = visible_or_404(TrainingClass, request.user, pk)
        policy = policy_registry.get_by_type(TrainingClass)
        if not policy.user_has_permission_for_instance(request.user, "change", self.training_class):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Import trainees into %(code)s") % {"code": self.training_class.code}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailsnippets_training_trainingclass:list"), "label": _("Training classes")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, pk):
        return self.render_to_response(self.get_context_data(form=RosterUploadForm(), step="upload"))

    def post(self, request, pk):
        if "token" in request.POST:
            return self.confirm(request.POST["token"])
        form = RosterUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form, step="upload"))
        upload = form.cleaned_data["file"]
        try:
            roster = read_roster(upload, upload.name)
        except RosterError as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form, step="upload"))
        report = import_roster(roster, self.training_class, dry_run=True)
        pending = TraineeImport(user=self.request.user, training_class=self.training_class)
        pending.keep(upload, MAX_FILE_BYTES)
        return self.render_to_response(
            self.get_context_data(step="preview", report=report, roster=roster, token=pending.token)
        )

    def confirm(self, token):
        pending = TraineeImport.find(token, user=self.request.user, training_class=self.training_class)
        with transaction.atomic():
            if pending is None or not pending.claim():
                expired = _("This import was already done or has expired. Upload the file again.")
                return self.render_to_response(
                    self.get_context_data(form=RosterUploadForm(), step="upload", error=expired)
                )
            with pending.open() as data:
                roster = read_roster(data, pending.file_name)
            report = import_roster(roster, self.training_class)
            transaction.on_commit(pending.delete_file)
        return self.render_to_response(self.get_context_data(step="done", report=report, roster=roster))

    def get_context_data(self, **kwargs):
        return super().get_context_data(training_class=self.training_class, **kwargs)
