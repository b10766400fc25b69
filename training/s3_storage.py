"""S3-compatible object storage (AWS S3, MinIO, Ceph, …) through django-storages, with short timeouts
and the client's errors reported as ``StorageUnavailable`` (an ``OSError``), as a disk would report
them. Imported only when the settings choose S3: boto3 takes a quarter of a second to import."""

import functools
from contextlib import contextmanager

from boto3.exceptions import Boto3Error
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from storages.backends import s3

from .storage import NoURLMixin, StorageUnavailable

# A storage that does not answer must not hold a web request or a worker for boto3's default minute:
# a download then answers 503 and the issuing task is retried later.
CLIENT_CONFIG = Config(connect_timeout=5, read_timeout=20, retries={"mode": "standard", "max_attempts": 3})


@contextmanager
def _unavailable_on_client_errors(name):
    try:
        yield
    except (BotoCoreError, ClientError, Boto3Error) as error:
        raise StorageUnavailable(f"Object storage error on {name!r}: {error}") from error


def _reporting_errors(method):
    @functools.wraps(method)
    def wrapper(self, name, *args, **kwargs):
        with _unavailable_on_client_errors(name):
            return method(self, name, *args, **kwargs)

    return wrapper


class S3Storage(s3.S3Storage):
    """Media: files keep their names unless taken (as on disk), URLs are plain (the bucket, or the
    public address in ``custom_domain``, is publicly readable)."""

    def __init__(self, **options):
        super().__init__(**options)
        self.client_config = self.client_config.merge(CLIENT_CONFIG)

    def _open(self, name, mode="rb"):
        with _unavailable_on_client_errors(name):
            file = super()._open(name, mode)
            if "r" in mode:
                file.file  # noqa: B018 – fetch now, so that a failure is raised here and not mid-response
            return file

    _save = _reporting_errors(s3.S3Storage._save)
    delete = _reporting_errors(s3.S3Storage.delete)
    exists = _reporting_errors(s3.S3Storage.exists)
    size = _reporting_errors(s3.S3Storage.size)
    listdir = _reporting_errors(s3.S3Storage.listdir)
    get_modified_time = _reporting_errors(s3.S3Storage.get_modified_time)


class PrivateS3Storage(NoURLMixin, S3Storage):
    """Certificates: objects written with a private ACL (unless the bucket has ACLs disabled, when the
    bucket's own privacy applies), and no URL, signed or not, is ever made for them."""
