"""Admin views for certificates: a class's certificates issued in bulk with a progress bar, all of them
as one ZIP, a certificate revoked with its reason, and a template previewed as a PDF."""

import logging
import tempfile
import zipfile

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from ..admin_scope import ManagedClassMixin, managed_class, visible_or_404
from ..models import Certificate, CertificateTemplate
from . import issuing
from .content import sample_content
from .pdf import render_certificate
from .views import storage_unavailable

logger = logging.getLogger(__name__)

STORAGE_UNAVAILABLE = gettext_lazy(
    "The file storage cannot be reached right now; nothing was changed. Please try again in a few minutes."
)


class ClassCertificatesView(ManagedClassMixin, WagtailAdminTemplateMixin, TemplateView):
    """A class's certificates: how many are issued, a button to issue the rest, and a progress bar."""

    template_name = "training/admin/class_certificates.html"
    header_icon = "doc-full"

    def get_page_title(self):
        return _("Certificates of %(code)s") % {"code": self.training_class.code}

    def post(self, request, pk):
        queued = issuing.request_for_class(self.training_class)
        progress = issuing.class_progress(self.training_class)
        if progress["pending"] and not queued:
            messages.error(
                request,
                _(
                    "The certificates could not be handed to the worker: the message broker is unreachable. "
                    "They stay pending and are issued automatically once it is back."
                ),
            )
        elif queued:
            messages.success(request, _("%(count)s certificates are being issued.") % {"count": queued})
        else:
            messages.info(request, _("Every completed trainee already has a certificate."))
        return redirect("training_class_certificates", pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            training_class=self.training_class,
            progress=issuing.class_progress(self.training_class),
            **kwargs,
        )


def class_certificates_progress(request, pk):
    return JsonResponse(issuing.class_progress(managed_class(request.user, pk)))


def class_certificates_zip(request, pk):
    """Every issued certificate of the class in one ZIP, built in a temporary file, not in memory."""
    training_class = managed_class(request.user, pk)
    issued = Certificate.objects.filter(
        enrollment__training_class=training_class, status=Certificate.Status.ISSUED
    ).order_by("serial")
    archive = tempfile.TemporaryFile()  # noqa: SIM115 – FileResponse closes it once sent
    try:
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as bundle:
            for certificate in issued.only("serial", "file"):
                try:
                    with certificate.file.open("rb") as pdf:
                        bundle.writestr(f"{certificate.serial}.pdf", pdf.read())
                except FileNotFoundError:
                    continue
    except OSError as error:
        archive.close()
        logger.warning(
            "Certificates of %s not zipped, their storage is unreachable: %s", training_class, error
        )
        messages.error(request, STORAGE_UNAVAILABLE)
        return redirect("training_class_certificates", pk)
    archive.seek(0)
    return FileResponse(
        archive,
        as_attachment=True,
        filename=f"giay-chung-nhan-{slugify(training_class.code)}.zip",
        content_type="application/zip",
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Kept with the certificate; the public verification page only says it is revoked."
        ),
    )


class RevokeCertificateView(WagtailAdminTemplateMixin, FormView):
    template_name = "training/admin/revoke_certificate.html"
    form_class = RevokeForm
    header_icon = "cross"

    def dispatch(self, request, pk):
        self.certificate = visible_or_404(Certificate, request.user, pk)
        policy = policy_registry.get_by_type(Certificate)
        if not policy.user_has_permission_for_instance(request.user, "change", self.certificate):
            raise PermissionDenied
        if self.certificate.status != Certificate.Status.ISSUED:
            messages.error(request, _("Only an issued certificate can be revoked."))
            return redirect("wagtailsnippets_training_certificate:list")
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Revoke certificate %(serial)s") % {"serial": self.certificate.serial}

    def form_valid(self, form):
        issuing.revoke(self.certificate, form.cleaned_data["reason"])
        messages.success(
            self.request, _("Certificate %(serial)s is revoked.") % {"serial": self.certificate.serial}
        )
        return redirect("wagtailsnippets_training_certificate:list")

    def get_context_data(self, **kwargs):
        return super().get_context_data(certificate=self.certificate, **kwargs)


class StorageErrorsAsFormErrors:
    """For the views that save a model with files (certificate templates and their images): a storage
    that cannot take a file is a message on the form, and nothing is saved, since Django stores a
    row's files before it writes the row."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except OSError as error:
            logger.warning("%s not saved, its files could not be stored: %s", self.model.__name__, error)
            self.produced_error_code = "storage_unavailable"
            self.produced_error_message = str(STORAGE_UNAVAILABLE)
            return self.form_invalid(form)


def template_preview(request, pk):
    """A template filled with a made-up trainee, for the organizer to check before anyone completes."""
    policy = policy_registry.get_by_type(CertificateTemplate)
    template = get_object_or_404(policy.instances_user_has_permission_for(request.user, "change"), pk=pk)
    try:
        content = sample_content(template, full_name=request.GET.get("name"))
    except OSError as error:  # its images are in a storage that cannot be reached
        logger.warning("Certificate template %s not previewed: %s", template.pk, error)
        return storage_unavailable(request)
    pdf = render_certificate(content)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="mau-giay-chung-nhan.pdf"'
    return response
