"""An uploaded file: read up to a limit, and kept between the preview of its import and the confirmation
(``PendingImport``), by a view that takes people through those steps (``PreviewedImportMixin``)."""

import contextlib
import uuid
from datetime import timedelta
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.utils import timezone


def read_limited(file, max_bytes):
    """The bytes of an uploaded ``file`` from its start, or None when it holds more than ``max_bytes``
    (then no more than that is read)."""
    with contextlib.suppress(AttributeError, OSError, ValueError):
        file.seek(0)
    size = getattr(file, "size", None)
    if size is not None and size > max_bytes:
        return None
    data = file.read(max_bytes + 1)
    return data if len(data) <= max_bytes else None


class PendingImport(models.Model):
    """An uploaded file between its preview and its confirmation.

    The file waits in storage; the row makes the confirmation happen once: the request whose
    conditional update marks it imported does the import, a replay or a double submit finds it done.
    Concrete models add what the import needs and name the storage ``folder``.
    """

    PREVIEW_LIFETIME = timedelta(hours=1)  # how long a preview may be confirmed
    RECORD_LIFETIME = timedelta(days=1)  # how long the row, and an unconfirmed file, are kept
    folder = None

    token = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    file_name = models.CharField(max_length=255)
    path = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    imported_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.file_name

    @classmethod
    def find(cls, token, **filters):
        """The pending import whose preview posted back ``token``, matching ``filters``; else None."""
        try:
            return cls.objects.get(token=token, **filters)
        except (cls.DoesNotExist, ValueError, ValidationError):
            return None

    def keep(self, upload, max_bytes):
        """Store ``upload`` (at most ``max_bytes`` and one more, so that a check still sees it too large)
        and save the row; first clear the files of previews nobody confirmed."""
        self.forget_old()
        upload.seek(0)
        self.file_name = upload.name
        self.path = default_storage.save(
            f"{self.folder}/{self.token.hex}{PurePath(upload.name).suffix.lower()}",
            ContentFile(upload.read(max_bytes + 1)),
        )
        self.save()

    @classmethod
    def forget_old(cls):
        old = cls.objects.filter(created_at__lt=timezone.now() - cls.RECORD_LIFETIME)
        for path in old.filter(imported_at=None).values_list("path", flat=True):
            default_storage.delete(path)
        old.delete()

    def claim(self):
        """True for the one request that may import this file: the preview is fresh, its file is still
        there, and no other request has claimed it."""
        now = timezone.now()
        return default_storage.exists(self.path) and bool(
            type(self)
            .objects.filter(pk=self.pk, imported_at=None, created_at__gte=now - self.PREVIEW_LIFETIME)
            .update(imported_at=now)
        )

    def open(self):
        return default_storage.open(self.path, "rb")

    def delete_file(self):
        default_storage.delete(self.path)


class PreviewedImportMixin:
    """Upload → preview (a dry run: what will be imported, every problem) → confirm → result.

    Between preview and confirmation the file waits in storage and a ``PendingImport`` row remembers
    it, so that what is imported is exactly what was previewed, once. Views give ``upload_form(data,
    files)``, ``preview(form)`` (which raises ``file_error`` for a file it cannot read), ``find(token)``,
    ``apply(pending, data)``, ``refuse(pending)`` (already imported, expired or unknown) and
    ``render_step(step, **context)``.
    """

    file_error = None

    def get(self, request, *args, **kwargs):
        return self.render_step("upload", form=self.upload_form())

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self.confirm(request.POST["token"])
        form = self.upload_form(request.POST, request.FILES)
        if form.is_valid():
            try:
                return self.preview(form)
            except self.file_error as error:
                form.add_error("file", str(error))
        return self.render_step("upload", form=form)

    def confirm(self, token):
        pending = self.find(token)
        with transaction.atomic():
            if pending is None or not pending.claim():
                return self.refuse(pending)
            with pending.open() as data:
                response = self.apply(pending, data)
            transaction.on_commit(pending.delete_file)
        return response
