"""Where files live: media in Django's default storage, certificate PDFs in a private storage that no
URL serves (``STORAGES["certificates"]``, chosen by environment variables in settings/storages.py).

Every backend here reports a storage it cannot reach as an ``OSError`` (``StorageUnavailable`` for
object storage), and a missing file as ``FileNotFoundError``, so that callers tell "not there" (404)
from "cannot be reached now" (503, or a retry) the same way on disk and on S3.
"""

from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty

CERTIFICATES_ALIAS = "certificates"


class StorageUnavailable(OSError):
    """The storage could not be reached or refused the request (network, credentials, server error)."""


class NoURLMixin:
    """Private files are read through a view that checks who asks; a direct URL would bypass it."""

    def url(self, name):
        raise NotImplementedError("Private files have no URL; serve them through a view that checks access.")


class PrivateFileSystemStorage(NoURLMixin, FileSystemStorage):
    """A folder outside MEDIA_ROOT that no web server serves (nginx reaches it only by X-Accel-Redirect)."""

    def __init__(self, location, **kwargs):
        super().__init__(location=location, base_url=None, **kwargs)


class _CertificateStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages[CERTIFICATES_ALIAS]


_certificate_storage = _CertificateStorage()


def certificate_storage():
    """The storage of certificate PDFs; a callable, so that migrations name it rather than a setting."""
    return _certificate_storage


@receiver(setting_changed)
def _forget_certificate_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        _certificate_storage._wrapped = empty
