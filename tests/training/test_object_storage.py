"""Media and certificates on S3-compatible object storage, against moto's standalone server running on
this machine: the storages are built from the same environment variables a deployment sets."""

import io
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from unittest import mock

import boto3
import pytest
from botocore.exceptions import ClientError
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from tests.factories import EnrollmentFactory, OrganizerFactory, TraineeFactory
from training.certificates import issuing
from training.models import Certificate, CertificateTemplate
from training.settings import storages
from training.storage import StorageUnavailable
from training.tasks import issue_certificate

pytestmark = pytest.mark.django_db

CREDENTIALS = {"aws_access_key_id": "dvk-test", "aws_secret_access_key": "dvk-test-secret"}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(url):
    try:
        urllib.request.urlopen(url, timeout=1).close()
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False
    return True


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory):
    """moto's S3 server in a process of its own, on a free loopback port."""
    port = free_port()
    log = tmp_path_factory.mktemp("moto") / "server.log"
    with open(log, "wb") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "--host", "127.0.0.1", "--port", str(port)],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while not answers(endpoint):
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail(f"moto's server did not start:\n{log.read_text(errors='replace')}")
        time.sleep(0.1)
    yield endpoint
    server.terminate()
    server.wait(timeout=10)


def s3_environment(endpoint, media_bucket, certificates_bucket):
    """What a deployment puts in its environment file to keep both storages in object storage."""
    environment = {"MEDIA_STORAGE": "s3", "CERTIFICATES_STORAGE": "s3"}
    for name, bucket in (("MEDIA", media_bucket), ("CERTIFICATES", certificates_bucket)):
        environment |= {
            f"{name}_S3_BUCKET": bucket,
            f"{name}_S3_ENDPOINT_URL": endpoint,
            f"{name}_S3_REGION": "ap-southeast-1",
            f"{name}_S3_ACCESS_KEY_ID": CREDENTIALS["aws_access_key_id"],
            f"{name}_S3_SECRET_ACCESS_KEY": CREDENTIALS["aws_secret_access_key"],
        }
    return environment


def storages_from(environment, monkeypatch):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    media = storages.media()
    return {
        "default": media,
        "certificates": storages.certificates(
            django_settings.VAR_DIR / "unused", media, served_roots=(django_settings.MEDIA_ROOT,)
        ),
        "staticfiles": django_settings.STORAGES["staticfiles"],
    }


@pytest.fixture
def s3(s3_endpoint, settings, monkeypatch):
    """Two fresh buckets, media publicly readable (a bucket policy) and certificates private, and the
    site's STORAGES built from the environment variables that name them."""
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="ap-southeast-1", **CREDENTIALS)
    suffix = uuid.uuid4().hex[:12]
    media_bucket, certificates_bucket = f"dvk-media-{suffix}", f"dvk-certificates-{suffix}"
    for bucket in (media_bucket, certificates_bucket):
        client.create_bucket(
            Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "ap-southeast-1"}
        )
    client.put_bucket_policy(
        Bucket=media_bucket,
        Policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": f"arn:aws:s3:::{media_bucket}/*",
                    }
                ],
            }
        ),
    )
    environment = s3_environment(s3_endpoint, media_bucket, certificates_bucket)
    settings.STORAGES = storages_from(environment, monkeypatch)
    client.endpoint, client.media_bucket, client.certificates_bucket = (
        s3_endpoint,
        media_bucket,
        certificates_bucket,
    )
    return client


def keys(client, bucket):
    return [item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])]


def anonymous_get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def png():
    data = io.BytesIO()
    Image.new("RGBA", (120, 60), (180, 20, 20, 255)).save(data, "PNG")
    return data.getvalue()


def organizer_of(training_class):
    organizer = OrganizerFactory()
    training_class.organizing_unit.organizers.add(organizer)
    return organizer


def issue(enrollment):
    """Issue a completed enrolment's certificate through the worker's task, run here."""
    certificate, _created = issuing.pending_certificate(enrollment)
    issue_certificate.apply(args=[certificate.pk], throw=True)
    certificate.refresh_from_db()
    return certificate


def test_a_certificate_is_stored_privately_and_only_the_download_view_serves_it(
    s3, client, django_capture_on_commit_callbacks
):
    enrollment = EnrollmentFactory(completed_at=timezone.now())
    organizer = organizer_of(enrollment.training_class)
    client.force_login(organizer)
    response = client.post(
        reverse("wagtailsnippets_training_certificatetemplate:add"),
        {
            "name": "Mẫu có chữ ký",
            "organizing_unit": enrollment.training_class.organizing_unit.pk,
            "issuing_body": "TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
            "place": "Quảng Ngãi",
            "signer_title": "TRƯỞNG BAN",
            "signer_name": "Lê Thị Mai",
            "signature": SimpleUploadedFile("chu-ky.png", png(), "image/png"),
        },
    )
    assert response.status_code == 302
    signature = CertificateTemplate.objects.get().signature

    # The image went to the media bucket, which anyone may read.
    assert keys(s3, s3.media_bucket) == [signature.name]
    assert signature.url.startswith(f"{s3.endpoint}/{s3.media_bucket}/")
    assert anonymous_get(signature.url) == (200, png())

    certificate = issue(enrollment)  # the template's signature is read back from the media bucket

    assert certificate.status == Certificate.Status.ISSUED
    assert keys(s3, s3.certificates_bucket) == [f"{certificate.serial}.pdf"]
    assert keys(s3, s3.media_bucket) == [signature.name]
    grants = s3.get_object_acl(Bucket=s3.certificates_bucket, Key=certificate.file.name)["Grants"]
    assert [grant["Grantee"].get("URI") for grant in grants] == [None]  # the owner only
    status, body = anonymous_get(f"{s3.endpoint}/{s3.certificates_bucket}/{certificate.file.name}")
    assert (status, body) == (403, b"")
    with pytest.raises(NotImplementedError):
        certificate.file.url  # noqa: B018 – no URL, signed or not, is ever made

    stored = s3.get_object(Bucket=s3.certificates_bucket, Key=certificate.file.name)["Body"].read()
    assert stored.startswith(b"%PDF")
    download = reverse("certificate_download", args=[certificate.serial])
    client.force_login(enrollment.trainee)
    response = client.get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == stored
    client.force_login(TraineeFactory())
    assert client.get(download).status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        certificate.delete()
    with pytest.raises(ClientError, match="404"):
        s3.head_object(Bucket=s3.certificates_bucket, Key=f"{certificate.serial}.pdf")


def test_object_storage_that_cannot_be_reached_is_a_503_page_and_a_retry(s3, client, settings, monkeypatch):
    enrollment = EnrollmentFactory(completed_at=timezone.now())
    certificate = issue(enrollment)
    pending = issuing.pending_certificate(EnrollmentFactory(completed_at=timezone.now()))[0]

    nowhere = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    settings.STORAGES = storages_from(
        s3_environment(nowhere, s3.media_bucket, s3.certificates_bucket), monkeypatch
    )

    client.force_login(enrollment.trainee)
    response = client.get(reverse("certificate_download", args=[certificate.serial]))
    assert response.status_code == 503
    assert "Tệp tạm thời không truy cập được" in response.text
    assert response["Retry-After"] == "60"

    with mock.patch.object(issue_certificate, "retry", side_effect=RuntimeError("retry")) as retry:
        issue_certificate.apply(args=[pending.pk])
    assert isinstance(retry.call_args.kwargs["exc"], StorageUnavailable)
    assert retry.call_args.kwargs["countdown"] == 10
    pending.refresh_from_db()
    assert (pending.status, pending.file.name) == (Certificate.Status.PENDING, "")


def test_an_image_that_cannot_be_stored_saves_no_template_and_says_so(s3, client, settings, monkeypatch):
    enrollment = EnrollmentFactory()
    client.force_login(organizer_of(enrollment.training_class))
    nowhere = f"http://127.0.0.1:{free_port()}"
    settings.STORAGES = storages_from(
        s3_environment(nowhere, s3.media_bucket, s3.certificates_bucket), monkeypatch
    )

    response = client.post(
        reverse("wagtailsnippets_training_certificatetemplate:add"),
        {
            "name": "Mẫu có con dấu",
            "organizing_unit": enrollment.training_class.organizing_unit.pk,
            "issuing_body": "BAN TUYÊN GIÁO VÀ DÂN VẬN",
            "place": "Quảng Ngãi",
            "signer_title": "TRƯỞNG BAN",
            "signer_name": "Lê Thị Mai",
            "seal": SimpleUploadedFile("con-dau.png", png(), "image/png"),
        },
    )

    assert response.status_code == 200
    assert "Kho lưu trữ tệp hiện không truy cập được" in response.text
    assert not CertificateTemplate.objects.exists()
    assert keys(s3, s3.media_bucket) == []
