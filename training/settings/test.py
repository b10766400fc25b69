"""Settings for the test suite: the embedded default, or PostgreSQL and Redis when the environment says so."""

import os

os.environ.setdefault(
    "CELERY_BROKER_FOLDER", os.path.join(os.path.dirname(__file__), "..", "..", "var", "test-broker")
)

from .dev import *  # noqa: F403
from .dev import CACHES, DATABASES, VAR_DIR

DEBUG = False
ALLOWED_HOSTS = ["*"]
# Hashing with Argon2 on every test login would dominate the run time; production hashing is tested apart.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "certificates": {
        "BACKEND": "training.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": str(VAR_DIR / "test-certificates")},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CERTIFICATES_ACCEL_REDIRECT_PREFIX = ""
MEDIA_ROOT = VAR_DIR / "test-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SMS_BACKEND = "contests.sms.LocmemBackend"
# A queue of its own, so that a `make run` worker on the same broker never takes the tests' tasks.
CELERY_TASK_DEFAULT_QUEUE = "dvk-test"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so that a worker process started by a test sees the same database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
# A cache of its own, never the one `make run` uses.
if CACHES["default"]["BACKEND"].endswith("FileBasedCache"):
    CACHES["default"]["LOCATION"] = str(VAR_DIR / "test-cache")
# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The suite starts quizzes faster than any class would: it is never a hall pressing start, except in the
# tests of that (tests/quizzes/test_load_shedding.py).
QUIZ_HALL_STARTS = 1_000_000
