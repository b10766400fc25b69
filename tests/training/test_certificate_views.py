"""Certificates as people meet them: the trainee's pages, downloads, public verification, the admin."""

import io
import zipfile
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from tests.factories import (
    CertificateTemplateFactory,
    EnrollmentFactory,
    OrganizerFactory,
    TraineeFactory,
    TrainerFactory,
)
from training.certificates import issuing
from training.models import Certificate, CertificateTemplate
from training.tasks import issue_certificate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path, certificate_files):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def queued():
    with mock.patch.object(issue_certificate, "delay") as delay:
        yield delay


@pytest.fixture
def issued():
    enrollment = EnrollmentFactory(
        trainee__full_name="Lưu Thị Kiều Oanh",
        trainee__email="oanh@example.vn",
        trainee__phone="0912345678",
        completed_at=timezone.now(),
    )
    certificate = issuing.request_certificate(enrollment)
    issuing.issue(certificate.pk)
    certificate.refresh_from_db()
    return certificate


def organizer_of(training_class):
    organizer = OrganizerFactory()
    training_class.organizing_unit.organizers.add(organizer)
    return organizer


def test_the_trainee_lists_and_downloads_their_certificate(client, issued):
    client.force_login(issued.enrollment.trainee)

    page = client.get(reverse("my_certificates"))
    assert issued.serial in page.text
    assert reverse("certificate_download", args=[issued.serial]) in page.text

    response = client.get(reverse("certificate_download", args=[issued.serial]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f'filename="{issued.serial}.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_my_classes_shows_the_download_once_issued_and_a_waiting_box_before(client, issued, queued):
    client.force_login(issued.enrollment.trainee)
    assert reverse("certificate_download", args=[issued.serial]) in client.get(reverse("my_classes")).text

    waiting = EnrollmentFactory(trainee=issued.enrollment.trainee, completed_at=timezone.now())
    issuing.request_certificate(waiting)
    page = client.get(reverse("my_classes")).text
    assert reverse("certificate_status", args=[waiting.pk]) in page


def test_the_status_box_is_the_trainee_s_own(client, issued):
    url = reverse("certificate_status", args=[issued.enrollment.pk])
    client.force_login(issued.enrollment.trainee)
    box = client.get(url)
    assert box.status_code == 200
    assert reverse("certificate_download", args=[issued.serial]) in box.text
    assert "data-poll-url" not in box.text

    client.force_login(TraineeFactory())
    assert client.get(url).status_code == 404


def test_the_class_organizers_download_any_certificate_of_their_class(client, issued):
    client.force_login(organizer_of(issued.enrollment.training_class))
    assert client.get(reverse("certificate_download", args=[issued.serial])).status_code == 200


@pytest.mark.parametrize("who", ["another trainee", "another unit's organizer", "the class's trainer"])
def test_everyone_else_gets_404_for_a_download(client, issued, who):
    user = {"another trainee": TraineeFactory, "another unit's organizer": OrganizerFactory}.get(
        who, TrainerFactory
    )()
    if who == "the class's trainer":
        issued.enrollment.training_class.trainers.add(user)
    client.force_login(user)
    assert client.get(reverse("certificate_download", args=[issued.serial])).status_code == 404


def test_a_download_needs_a_sign_in(client, issued):
    response = client.get(reverse("certificate_download", args=[issued.serial]))
    assert response.status_code == 302 and reverse("login") in response.url


def test_the_verification_page_shows_who_what_when_and_validity_and_nothing_else(client, issued):
    page = client.get(reverse("certificate_verify", args=[issued.code]))

    assert page.status_code == 200
    training_class = issued.enrollment.training_class
    for shown in ("Lưu Thị Kiều Oanh", training_class.course.title, training_class.name, issued.serial):
        assert shown in page.text
    assert timezone.localtime(issued.issued_at).strftime("%d/%m/%Y") in page.text
    assert "certificate-card--valid" in page.text
    for hidden in ("oanh@example.vn", "0912345678", "Sở Y tế", "Chuyên viên"):
        assert hidden not in page.text


def test_a_revoked_certificate_says_so(client, issued):
    issuing.revoke(issued, "Cấp nhầm")
    page = client.get(reverse("certificate_verify", args=[issued.code]))

    assert page.status_code == 200
    assert "certificate-card--revoked" in page.text
    assert "Cấp nhầm" not in page.text


def test_an_unknown_or_unissued_code_is_not_found_and_leaks_nothing(client, issued):
    pending = issuing.request_certificate(EnrollmentFactory(completed_at=timezone.now()))
    for code in ("khong-co-ma-nay", pending.code, issued.code[:-1]):
        page = client.get(reverse("certificate_verify", args=[code]))
        assert page.status_code == 404
        assert "certificate-card--missing" in page.text
        assert issued.serial not in page.text and "Lưu Thị Kiều Oanh" not in page.text


def test_lookup_by_serial_finds_an_issued_certificate(client, issued):
    page = client.get(reverse("certificate_lookup"), {"serial": f"  {issued.serial.lower()} "})
    assert page.status_code == 200
    assert "Lưu Thị Kiều Oanh" in page.text

    missing = client.get(reverse("certificate_lookup"), {"serial": "DVK-2026-999999"})
    assert missing.status_code == 404
    assert "Lưu Thị Kiều Oanh" not in missing.text


def test_lookup_by_serial_is_rate_limited_per_address(client, issued, settings):
    settings.CERTIFICATE_LOOKUPS_PER_HOUR = 3
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    statuses = [
        client.get(
            reverse("certificate_lookup"), {"serial": issued.serial}, REMOTE_ADDR="203.0.113.9"
        ).status_code
        for _ in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    other = client.get(reverse("certificate_lookup"), {"serial": issued.serial}, REMOTE_ADDR="203.0.113.10")
    assert other.status_code == 200


# The admin


def test_an_organizer_issues_a_class_s_certificates_and_follows_the_progress(client, queued):
    enrollment = EnrollmentFactory(completed_at=timezone.now())
    training_class = enrollment.training_class
    EnrollmentFactory(training_class=training_class, completed_at=timezone.now())
    EnrollmentFactory(training_class=training_class)
    client.force_login(organizer_of(training_class))
    url = reverse("training_class_certificates", args=[training_class.pk])

    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    assert queued.call_count == 2

    progress = client.get(reverse("training_class_certificates_progress", args=[training_class.pk])).json()
    assert (progress["completed"], progress["pending"], progress["issued"]) == (2, 2, 0)

    for certificate in Certificate.objects.all():
        issuing.issue(certificate.pk)
    first = Certificate.objects.first()
    issuing.revoke(first, "x")
    progress = client.get(reverse("training_class_certificates_progress", args=[training_class.pk])).json()
    assert (progress["issued"], progress["revoked"], progress["pending"]) == (1, 1, 0)
    assert progress["summary"]


def test_failures_are_named_in_the_progress_and_issued_again_on_request(client, queued):
    enrollment = EnrollmentFactory(trainee__full_name="Đặng Hữu Phước", completed_at=timezone.now())
    certificate = issuing.request_certificate(enrollment)
    issuing.mark_failed(certificate.pk, "OSError: disk full")
    client.force_login(organizer_of(enrollment.training_class))

    progress = client.get(
        reverse("training_class_certificates_progress", args=[enrollment.training_class.pk])
    ).json()
    assert progress["failures"] == [
        {"serial": certificate.serial, "name": "Đặng Hữu Phước", "reason": "OSError: disk full"}
    ]

    queued.reset_mock()
    client.post(reverse("training_class_certificates", args=[enrollment.training_class.pk]))
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.PENDING
    queued.assert_called_once_with(certificate.pk)


def test_the_broker_being_down_is_explained_to_the_organizer(client, queued):
    enrollment = EnrollmentFactory(completed_at=timezone.now())
    client.force_login(organizer_of(enrollment.training_class))
    queued.side_effect = OSError("connection refused")

    response = client.post(
        reverse("training_class_certificates", args=[enrollment.training_class.pk]), follow=True
    )

    assert "broker" in response.text or "máy chủ hàng đợi" in response.text
    assert Certificate.objects.get().status == Certificate.Status.PENDING


def test_the_class_certificates_come_as_one_zip(client, issued):
    other = EnrollmentFactory(training_class=issued.enrollment.training_class, completed_at=timezone.now())
    issuing.issue(issuing.request_certificate(other).pk)
    client.force_login(organizer_of(issued.enrollment.training_class))

    response = client.get(
        reverse("training_class_certificates_zip", args=[issued.enrollment.training_class.pk])
    )

    assert response["Content-Type"] == "application/zip"
    bundle = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert sorted(bundle.namelist()) == sorted(f"{c.serial}.pdf" for c in Certificate.objects.all())
    assert all(bundle.read(name).startswith(b"%PDF") for name in bundle.namelist())


@pytest.mark.parametrize(
    "name",
    [
        "training_class_certificates",
        "training_class_certificates_progress",
        "training_class_certificates_zip",
    ],
)
def test_class_certificate_views_are_404_for_another_unit_and_refused_to_its_trainer(client, issued, name):
    training_class = issued.enrollment.training_class
    client.force_login(OrganizerFactory())
    assert client.get(reverse(name, args=[training_class.pk])).status_code == 404

    trainer = TrainerFactory()
    training_class.trainers.add(trainer)
    client.force_login(trainer)
    response = client.get(reverse(name, args=[training_class.pk]))
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))


def test_an_organizer_revokes_a_certificate_with_a_reason(client, issued):
    client.force_login(organizer_of(issued.enrollment.training_class))
    url = reverse("training_revoke_certificate", args=[issued.pk])

    assert client.post(url, {"reason": ""}).status_code == 200
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.ISSUED

    client.post(url, {"reason": "Học viên học hộ"})
    issued.refresh_from_db()
    assert (issued.status, issued.reason) == (Certificate.Status.REVOKED, "Học viên học hộ")


def test_the_certificate_listing_shows_only_the_organizer_s_classes(client, issued):
    other = issuing.request_certificate(EnrollmentFactory(completed_at=timezone.now()))
    client.force_login(organizer_of(issued.enrollment.training_class))

    listing = client.get(reverse("wagtailsnippets_training_certificate:list"))

    assert listing.status_code == 200
    assert issued.serial in listing.text and other.serial not in listing.text


def png(size=(40, 20)):
    data = io.BytesIO()
    Image.new("RGBA", size, (180, 20, 20, 255)).save(data, "PNG")
    return data.getvalue()


def template_form(unit, **files):
    return {
        "name": "Mẫu Ban Dân vận",
        "organizing_unit": unit.pk,
        "issuing_body": "TỈNH ỦY KON TUM\nBAN DÂN VẬN",
        "place": "Kon Tum",
        "signer_title": "TRƯỞNG BAN",
        "signer_name": "Lê Thị Mai",
        **files,
    }


def test_an_organizer_adds_a_template_with_images_and_previews_it(client, issued):
    unit = issued.enrollment.training_class.organizing_unit
    client.force_login(organizer_of(issued.enrollment.training_class))

    response = client.post(
        reverse("wagtailsnippets_training_certificatetemplate:add"),
        template_form(unit, signature=SimpleUploadedFile("chu-ky.png", png(), "image/png")),
    )

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    template = CertificateTemplate.objects.get()
    assert template.signature.name
    preview = client.get(
        reverse("training_certificate_template_preview", args=[template.pk]), {"name": "Ỷ Lan"}
    )
    assert preview.status_code == 200
    assert preview["Content-Type"] == "application/pdf"


def test_a_file_that_is_not_an_image_is_refused_on_upload(client, issued):
    unit = issued.enrollment.training_class.organizing_unit
    client.force_login(organizer_of(issued.enrollment.training_class))

    response = client.post(
        reverse("wagtailsnippets_training_certificatetemplate:add"),
        template_form(
            unit, seal=SimpleUploadedFile("con-dau.png", b"<script>alert(1)</script>", "image/png")
        ),
    )

    assert response.status_code == 200
    assert "seal" in response.context["form"].errors
    assert not CertificateTemplate.objects.exists()


def test_another_unit_s_template_is_out_of_reach(client, issued):
    template = CertificateTemplateFactory(
        organizing_unit=issued.enrollment.training_class.organizing_unit, **{
            k: v for k, v in template_form(issued.enrollment.training_class.organizing_unit).items()
            if k not in ("organizing_unit",)
        },
    )  # fmt: skip
    client.force_login(OrganizerFactory())

    assert client.get(reverse("training_certificate_template_preview", args=[template.pk])).status_code == 404
    assert template.name not in client.get(reverse("wagtailsnippets_training_certificatetemplate:list")).text
