"""Certificate PDFs are private files on disk too: out of the media folder, never given a URL, reached
only through the download view (streamed, or handed to nginx), and moved there from where they were."""

import errno
import importlib
from pathlib import Path
from unittest import mock

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone

from tests.factories import EnrollmentFactory, OrganizerFactory, TraineeFactory
from training.certificates import issuing
from training.models import Certificate
from training.storage import PrivateFileSystemStorage, certificate_storage

pytestmark = pytest.mark.django_db

ACCEL_PREFIX = "/_protected/certificates/"


@pytest.fixture(autouse=True)
def no_broker():
    with mock.patch("training.tasks.issue_certificate.delay"):
        yield


@pytest.fixture
def issued(certificate_files, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    certificate = issuing.request_certificate(EnrollmentFactory(completed_at=timezone.now()))
    issuing.issue(certificate.pk)
    certificate.refresh_from_db()
    return certificate


def download(client, certificate):
    return client.get(reverse("certificate_download", args=[certificate.serial]))


def test_an_issued_pdf_lies_in_the_certificates_folder_and_has_no_url(issued, certificate_files, settings):
    assert (certificate_files / f"{issued.serial}.pdf").read_bytes().startswith(b"%PDF")
    assert not Path(settings.MEDIA_ROOT, "certificates").exists()
    with pytest.raises(NotImplementedError):
        issued.file.url  # noqa: B018


def test_behind_nginx_the_download_is_an_accel_redirect_with_no_body(issued, client, settings):
    settings.CERTIFICATES_ACCEL_REDIRECT_PREFIX = ACCEL_PREFIX
    client.force_login(issued.enrollment.trainee)

    response = download(client, issued)

    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"{ACCEL_PREFIX}{issued.serial}.pdf"
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{issued.serial}.pdf"'
    assert "private" in response["Cache-Control"]

    client.force_login(TraineeFactory())
    assert download(client, issued).status_code == 404


def test_a_missing_file_is_a_404_streamed_or_redirected(issued, client, settings, certificate_files):
    (certificate_files / f"{issued.serial}.pdf").unlink()
    client.force_login(issued.enrollment.trainee)
    assert download(client, issued).status_code == 404
    settings.CERTIFICATES_ACCEL_REDIRECT_PREFIX = ACCEL_PREFIX
    assert download(client, issued).status_code == 404


def test_a_storage_that_fails_gives_a_vietnamese_503_page(issued, client):
    client.force_login(issued.enrollment.trainee)
    with mock.patch.object(
        PrivateFileSystemStorage, "_open", side_effect=OSError(errno.EIO, "Input/output error")
    ):
        response = download(client, issued)

    assert response.status_code == 503
    assert "Tệp tạm thời không truy cập được" in response.text
    assert "Traceback" not in response.text


def test_the_class_zip_says_when_the_storage_fails(issued, client):
    organizer = OrganizerFactory()
    issued.enrollment.training_class.organizing_unit.organizers.add(organizer)
    client.force_login(organizer)
    with mock.patch.object(PrivateFileSystemStorage, "_open", side_effect=OSError(errno.EIO, "I/O error")):
        response = client.get(
            reverse("training_class_certificates_zip", args=[issued.enrollment.training_class.pk]),
            follow=True,
        )

    assert response.status_code == 200
    assert "Kho lưu trữ tệp hiện không truy cập được" in response.text


def test_deleting_a_certificate_deletes_its_file(
    issued, certificate_files, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        issued.delete()
    assert list(certificate_files.iterdir()) == []


def move_certificate_files():
    migration = importlib.import_module("training.migrations.0011_private_certificate_files")
    migration.move_certificate_files(apps, None)


@pytest.fixture
def old_layout(certificate_files, settings):
    """Certificates as they were before: in MEDIA_ROOT/certificates/, which Django serves in development."""
    enrollment = EnrollmentFactory(completed_at=timezone.now())
    certificate = issuing.request_certificate(enrollment)
    old_name = default_storage.save(f"certificates/{certificate.serial}.pdf", ContentFile(b"%PDF-1.7 old"))
    orphan = default_storage.save("certificates/left-by-a-killed-worker.pdf", ContentFile(b"%PDF-1.7 orphan"))
    Certificate.objects.filter(pk=certificate.pk).update(
        file=old_name, status=Certificate.Status.ISSUED, issued_at=timezone.now()
    )
    yield Certificate.objects.get(pk=certificate.pk)
    for name in (old_name, orphan):
        default_storage.delete(name)


def test_existing_files_move_out_of_media_and_their_old_urls_answer_404(
    old_layout, client, certificate_files
):
    assert django_settings.SERVE_MEDIA
    old_url = f"{django_settings.MEDIA_URL}certificates/{old_layout.serial}.pdf"
    assert client.get(old_url).status_code == 200  # anyone could fetch it

    move_certificate_files()
    move_certificate_files()  # running it again changes nothing

    assert client.get(old_url).status_code == 404
    old_layout.refresh_from_db()
    assert old_layout.file.name == f"{old_layout.serial}.pdf"
    assert sorted(path.name for path in certificate_files.iterdir()) == [
        f"{old_layout.serial}.pdf",
        "left-by-a-killed-worker.pdf",
    ]
    assert default_storage.listdir("certificates") == ([], [])
    client.force_login(old_layout.enrollment.trainee)
    response = download(client, old_layout)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7 old"


def test_a_move_interrupted_after_copying_is_finished_by_the_next_run(old_layout, certificate_files):
    name = f"{old_layout.serial}.pdf"
    certificate_storage().save(name, ContentFile(b"%PDF-1.7 half-copied"))

    move_certificate_files()

    old_layout.refresh_from_db()
    assert old_layout.file.name == name
    with old_layout.file.open("rb") as pdf:
        assert pdf.read() == b"%PDF-1.7 old"
    assert not default_storage.exists(f"certificates/{name}")
