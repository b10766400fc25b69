"""Certificates on the site: the trainee's list and downloads, and the public verification pages."""

import logging
from urllib.parse import quote

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _

from ..client_address import client_address
from ..models import Enrollment
from . import kinds

logger = logging.getLogger(__name__)


@login_required
def my_certificates(request):
    return render(request, "training/my_certificates.html", {"certificates": kinds.held_by(request.user)})


@login_required
def download(request, serial):
    """The PDF, for its trainee and the organizers of its class; a 404 for everyone else.

    The only way to a certificate file: the view streams it from its private storage or, behind
    nginx (CERTIFICATES_ACCEL_REDIRECT_PREFIX), answers with no body and an X-Accel-Redirect that
    nginx serves from an internal location. A storage that cannot be reached is a 503 page.
    """
    certificate = kinds.find_downloadable(request.user, serial)
    if certificate is None:
        raise Http404
    filename = f"{certificate.serial}.pdf"
    try:
        if settings.CERTIFICATES_ACCEL_REDIRECT_PREFIX:
            if not certificate.file.storage.exists(certificate.file.name):
                raise FileNotFoundError(certificate.file.name)
            response = HttpResponse(content_type="application/pdf")
            response["X-Accel-Redirect"] = settings.CERTIFICATES_ACCEL_REDIRECT_PREFIX + quote(
                certificate.file.name
            )
            response["Content-Disposition"] = content_disposition_header(True, filename)
        else:
            response = FileResponse(
                certificate.file.open("rb"),
                as_attachment=True,
                filename=filename,
                content_type="application/pdf",
            )
    except FileNotFoundError:
        raise Http404 from None
    except OSError as error:
        logger.warning("Certificate %s not served, its storage is unreachable: %s", certificate.serial, error)
        return storage_unavailable(request)
    patch_cache_control(response, private=True, no_store=True)
    return response


def storage_unavailable(request):
    """The page for a file that exists but whose storage cannot be reached now: try again later."""
    response = render(request, "training/storage_unavailable.html", status=503)
    response["Retry-After"] = "60"
    return response


@login_required
def status(request, enrollment_id):
    """The certificate box of one of the trainee's enrolments, which the page polls while it is pending."""
    enrollment = get_object_or_404(
        Enrollment.objects.select_related("certificate"), pk=enrollment_id, trainee=request.user
    )
    return render(request, "training/includes/certificate_status.html", {"enrollment": enrollment})


def verify(request, code):
    """The page a QR code opens: who, which course and class, when, and whether it is valid. Nothing else."""
    certificate = kinds.find_public(code=code)
    return render(
        request,
        "training/certificate_verify.html",
        {"certificate": certificate, "lookup_form": LookupForm()},
        status=200 if certificate else 404,
    )


class LookupForm(forms.Form):
    serial = forms.CharField(
        label=_("Serial number"),
        max_length=40,
        help_text=_("As printed on the certificate, e.g. DVK-2026-000123."),
    )

    def clean_serial(self):
        return self.cleaned_data["serial"].strip().upper()


def lookup(request):
    """Look a certificate up by its serial number, a limited number of times per address and hour:
    serial numbers follow each other, and the limit keeps anyone from listing them all."""
    form = LookupForm(request.GET or None)
    certificate = None
    searched = False
    status_code = 200
    if form.is_valid():
        if over_lookup_limit(request):
            form.add_error(None, _("Too many lookups from your address. Try again in an hour."))
            status_code = 429
        else:
            searched = True
            certificate = kinds.find_public(serial=form.cleaned_data["serial"])
            if certificate is None:
                status_code = 404
    return render(
        request,
        "training/certificate_lookup.html",
        {"lookup_form": form, "certificate": certificate, "searched": searched},
        status=status_code,
    )


def over_lookup_limit(request):
    key = f"certificate-lookups:{client_address(request)}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > settings.CERTIFICATE_LOOKUPS_PER_HOUR
