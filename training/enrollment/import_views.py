"""Admin view: enrol a spreadsheet of trainees in a class, with a preview before anything is written."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from common.uploads import PreviewedImportMixin

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


class ImportTraineesView(ManagedClassMixin, PreviewedImportMixin, WagtailAdminTemplateMixin, TemplateView):
    """A spreadsheet of trainees into a class; the preview counts the new accounts and lists every bad row."""

    template_name = "training/admin/import_trainees.html"
    header_icon = "upload"
    file_error = RosterError

    def get_page_title(self):
        return _("Import trainees into %(code)s") % {"code": self.training_class.code}

    def upload_form(self, data=None, files=None):
        return RosterUploadForm(data, files)

    def preview(self, form):
        upload = form.cleaned_data["file"]
        roster = read_roster(upload, upload.name)
        report = import_roster(roster, self.training_class, dry_run=True)
        pending = TraineeImport(user=self.request.user, training_class=self.training_class)
        pending.keep(upload, MAX_FILE_BYTES)
        return self.render_step("preview", report=report, roster=roster, token=pending.token)

    def find(self, token):
        return TraineeImport.find(token, user=self.request.user, training_class=self.training_class)

    def apply(self, pending, data):
        roster = read_roster(data, pending.file_name)
        report = import_roster(roster, self.training_class)
        return self.render_step("done", report=report, roster=roster)

    def refuse(self, pending):
        expired = _("This import was already done or has expired. Upload the file again.")
        return self.render_step("upload", form=self.upload_form(), error=expired)

    def render_step(self, step, **context):
        return self.render_to_response(
            self.get_context_data(step=step, training_class=self.training_class, **context)
        )
