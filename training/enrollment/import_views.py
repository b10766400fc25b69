"""Admin view: enrol a spreadsheet of trainees in a class, with a preview before anything is written."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..admin_scope import ManagedClassMixin
from ..models import TraineeImport
from .importing import import_roster
from .roster import MAX_FILE_BYTES, RosterError, read_roster


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet of trainees (.xlsx or .csv)"),
        help_text=gettext_lazy(
            "Columns: Họ và tên, Email, Số điện thoại, Đơn vị, Chức vụ. The first rows may be a title."
        ),
    )


class ImportTraineesView(ManagedClassMixin, WagtailAdminTemplateMixin, TemplateView):
    """Upload → preview (a dry run: counts, new accounts, every bad row) → confirm → result.

    Between preview and confirmation the file waits in storage and a TraineeImport row remembers it,
    so that what is imported is exactly what was previewed, once.
    """

    template_name = "training/admin/import_trainees.html"
    header_icon = "upload"

    def get_page_title(self):
        return _("Import trainees into %(code)s") % {"code": self.training_class.code}

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
