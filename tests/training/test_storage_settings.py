"""Media and certificate storages are chosen by environment variables alone, and a wrong or missing
value stops start-up with a message naming the variable."""

import os

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.training.test_settings import PRODUCTION_ENV, run_manage
from training.settings import storages

S3_CERTIFICATES = {
    "CERTIFICATES_STORAGE": "s3",
    "CERTIFICATES_S3_BUCKET": "dvk-certificates",
    "CERTIFICATES_S3_ENDPOINT_URL": "https://s3.example.vn",
    "CERTIFICATES_S3_ACCESS_KEY_ID": "key",
    "CERTIFICATES_S3_SECRET_ACCESS_KEY": "secret",
}


@pytest.fixture
def environment(monkeypatch):
    for name in list(os.environ):
        if name.startswith(("MEDIA_", "CERTIFICATES_")):
            monkeypatch.delenv(name)

    def set_(**variables):
        for name, value in variables.items():
            monkeypatch.setenv(name, value)

    return set_


def certificates(media=None, tmp_path="/srv/dvk/var"):
    return storages.certificates(
        f"{tmp_path}/certificates",
        media or storages.media(),
        served_roots=("/srv/dvk/media", "/srv/dvk/static"),
    )


def test_by_default_both_are_folders_and_certificates_lie_outside_media(environment):
    assert storages.media() == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert certificates() == {
        "BACKEND": "training.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": "/srv/dvk/var/certificates"},
    }
    assert storages.accel_redirect_prefix(certificates()) == ""


def test_object_storage_for_each_from_its_own_variables(environment):
    environment(
        MEDIA_STORAGE="s3",
        MEDIA_S3_BUCKET="dvk-media",
        MEDIA_S3_REGION="ap-southeast-1",
        MEDIA_S3_CUSTOM_DOMAIN="https://cdn.example.vn/",
        **S3_CERTIFICATES,
        CERTIFICATES_S3_PREFIX="/giay-chung-nhan/",
    )

    media = storages.media()
    assert media["BACKEND"] == "training.s3_storage.S3Storage"
    assert media["OPTIONS"] == {
        "bucket_name": "dvk-media",
        "endpoint_url": None,
        "region_name": "ap-southeast-1",
        "location": "",
        "addressing_style": "auto",
        "default_acl": None,
        "file_overwrite": False,
        "querystring_auth": False,
        "custom_domain": "cdn.example.vn",
    }
    private = certificates(media)
    assert private["BACKEND"] == "training.s3_storage.PrivateS3Storage"
    assert private["OPTIONS"] == {
        "bucket_name": "dvk-certificates",
        "endpoint_url": "https://s3.example.vn",
        "region_name": None,
        "location": "giay-chung-nhan",
        "addressing_style": "auto",
        "default_acl": "private",
        "file_overwrite": False,
        "access_key": "key",
        "secret_key": "secret",
    }


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE='ftp' must be filesystem or s3"),
        ({"MEDIA_STORAGE": "s3"}, "MEDIA_S3_BUCKET is required when MEDIA_STORAGE=s3"),
        ({**S3_CERTIFICATES, "CERTIFICATES_S3_BUCKET": ""}, "CERTIFICATES_S3_BUCKET is required"),
        (
            {**S3_CERTIFICATES, "CERTIFICATES_S3_ENDPOINT_URL": "s3.example.vn"},
            "CERTIFICATES_S3_ENDPOINT_URL='s3.example.vn' must be a URL",
        ),
        (
            {**S3_CERTIFICATES, "CERTIFICATES_S3_SECRET_ACCESS_KEY": ""},
            "CERTIFICATES_S3_SECRET_ACCESS_KEY is required with CERTIFICATES_S3_ACCESS_KEY_ID",
        ),
        (
            {**S3_CERTIFICATES, "CERTIFICATES_S3_ACL": "public-read"},
            "CERTIFICATES_S3_ACL='public-read' must be",
        ),
        ({**S3_CERTIFICATES, "CERTIFICATES_S3_ADDRESSING_STYLE": "dns"}, "CERTIFICATES_S3_ADDRESSING_STYLE"),
        (
            {"CERTIFICATES_ROOT": "/srv/dvk/media/certificates"},
            "CERTIFICATES_ROOT='/srv/dvk/media/certificates'",
        ),
    ],
)
def test_a_wrong_or_missing_value_is_named(environment, variables, message):
    environment(**variables)
    with pytest.raises(ImproperlyConfigured, match=message.replace("(", r"\(")):
        certificates()


def test_certificates_may_not_share_the_media_bucket_unless_their_prefixes_are_apart(environment):
    shared = {
        "MEDIA_STORAGE": "s3",
        "MEDIA_S3_BUCKET": "dvk",
        "MEDIA_S3_ENDPOINT_URL": "https://s3.example.vn",
        **S3_CERTIFICATES,
        "CERTIFICATES_S3_BUCKET": "dvk",
    }
    environment(**shared)
    with pytest.raises(ImproperlyConfigured, match="CERTIFICATES_S3_BUCKET='dvk' is the media bucket"):
        certificates()

    environment(MEDIA_S3_PREFIX="media", CERTIFICATES_S3_PREFIX="media/certificates")
    with pytest.raises(ImproperlyConfigured, match="is the media bucket"):
        certificates()

    environment(CERTIFICATES_S3_PREFIX="certificates")
    assert certificates()["OPTIONS"]["location"] == "certificates"


def test_the_accel_redirect_prefix_is_for_a_folder_behind_nginx(environment):
    environment(CERTIFICATES_ACCEL_REDIRECT_PREFIX="/_protected/certificates/")
    assert storages.accel_redirect_prefix(certificates()) == "/_protected/certificates/"

    environment(CERTIFICATES_ACCEL_REDIRECT_PREFIX="_protected")
    with pytest.raises(
        ImproperlyConfigured, match="CERTIFICATES_ACCEL_REDIRECT_PREFIX='_protected' must start"
    ):
        storages.accel_redirect_prefix(certificates())

    environment(CERTIFICATES_ACCEL_REDIRECT_PREFIX="/_protected/certificates/", **S3_CERTIFICATES)
    with pytest.raises(ImproperlyConfigured, match="only works with CERTIFICATES_STORAGE=filesystem"):
        storages.accel_redirect_prefix(certificates())


def test_a_deployment_with_a_bad_storage_variable_does_not_start():
    result = run_manage("check", env={**PRODUCTION_ENV, "CERTIFICATES_STORAGE": "s3"})

    assert result.returncode != 0
    assert "CERTIFICATES_S3_BUCKET is required when CERTIFICATES_STORAGE=s3" in result.stderr


def test_a_deployment_on_object_storage_loads_both_s3_backends():
    result = run_manage(
        "shell",
        "-c",
        "from django.core.files.storage import storages; "
        "print(type(storages['default']).__name__, type(storages['certificates']).__name__)",
        env={
            **PRODUCTION_ENV,
            "MEDIA_STORAGE": "s3",
            "MEDIA_S3_BUCKET": "dvk-media",
            **S3_CERTIFICATES,
        },
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["S3Storage", "PrivateS3Storage"]
