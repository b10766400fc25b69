"""Settings shared by every environment; values a deployment changes come from the environment.

With nothing set you get the embedded default: SQLite, a filesystem Celery broker and media, all
under ``var/``.
"""

from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF, UNSAFE_INLINE
from wagtail.embeds.oembed_providers import vimeo, youtube

from . import env, storages

BASE_DIR = Path(__file__).resolve().parents[2]
VAR_DIR = BASE_DIR / "var"

SECRET_KEY = env.str_("SECRET_KEY")
DEBUG = env.bool_("DEBUG", False)
ALLOWED_HOSTS = env.list_("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list_("CSRF_TRUSTED_ORIGINS", [])

# The public address of the site, used in e-mails and certificate QR codes.
SITE_URL = env.url("SITE_URL", "http://localhost:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_SITE_NAME = "Dân vận khéo"

INSTALLED_APPS = [
    "training",
    "courses",
    "quizzes",
    "contests",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "csp",
]

MIDDLEWARE = [
    # First, so that it counts every request this process serves (load shedding, quizzes/shedding.py).
    "quizzes.shedding.InFlightMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "training.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "training.middleware.LanguageCookieMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "training.middleware.OneTimePasswordMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "training.urls"
WSGI_APPLICATION = "training.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: DATABASE_URL (postgres://user:password@host:5432/name), else SQLite under var/.
DATABASES = {"default": env.database("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the Celery worker write at once: WAL lets readers through, IMMEDIATE
    # transactions and a busy timeout make writers queue instead of failing with "database is locked".
    DATABASES["default"].pop("CONN_HEALTH_CHECKS", None)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT: the dashboard's queries over thousands of trainees are estimated costly enough to be
    # compiled, which took seconds where running them takes tens of milliseconds (bench/dashboard.py).
    server_options = ["-c jit=off"]
    # Web processes (training/wsgi.py marks them) bound every statement, so that a query gone wrong
    # fails one request instead of holding a worker thread; workers and commands (migrate) are not bound.
    if env.bool_("DVK_WEB_PROCESS", False) and (timeout := env.int_("WEB_STATEMENT_TIMEOUT_MS", 15_000)):
        server_options.append(f"-c statement_timeout={timeout}")
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "options": " ".join(server_options),
            # A database that hangs instead of refusing fails a connection in seconds, not minutes
            # (libpq's minimum is 2).
            "connect_timeout": env.int_("DATABASE_CONNECT_TIMEOUT", 3),
            # An established connection whose packets go unanswered (the network or the server gone)
            # is given up by the kernel after this long, rather than after TCP's fifteen minutes.
            "tcp_user_timeout": env.int_("DATABASE_TCP_USER_TIMEOUT_MS", 10_000),
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "training.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "training.auth.UsernameEmailOrPhoneBackend",
]
PASSWORD_HASHERS = [
    "training.hashers.Argon2idPasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
# One sign-in page for everyone; the admin sends people there too.
WAGTAILADMIN_LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Lock out repeated failed logins by account and IP together, so that hundreds of trainees
# behind one office NAT are not locked out by one person's mistakes. Every identifier of an account
# (username in any case, e-mail, phone) counts against that account; the IP is the client's, read
# from X-Forwarded-For behind PROXY_COUNT trusted proxies (training/client_address.py).
AXES_FAILURE_LIMIT = env.int_("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int_("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "training.views.locked_out"
AXES_USERNAME_CALLABLE = "training.auth.lockout_username"
AXES_CLIENT_IP_CALLABLE = "training.client_address.client_address"
PROXY_COUNT = env.int_("PROXY_COUNT", 0)

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
# locale_wagtail completes Wagtail's own, very partial, Vietnamese catalogue for the admin.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_wagtail"]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str_("STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str_("MEDIA_ROOT", str(VAR_DIR / "media")))
# Media (images, documents, uploads) and certificate PDFs each in a folder (the default) or an
# S3-compatible bucket, by environment variables (settings/storages.py). Certificates are private
# everywhere: no URL serves them; the download view streams them or hands them to nginx
# (X-Accel-Redirect to CERTIFICATES_ACCEL_REDIRECT_PREFIX).
STORAGES = {
    "default": storages.media(),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
STORAGES["certificates"] = storages.certificates(
    VAR_DIR / "certificates", STORAGES["default"], served_roots=(MEDIA_ROOT, STATIC_ROOT)
)
CERTIFICATES_ACCEL_REDIRECT_PREFIX = storages.accel_redirect_prefix(STORAGES["certificates"])
# Django only serves media itself on the embedded default; a deployment puts a web server or
# object storage in front of MEDIA_ROOT (never in front of the certificates).
SERVE_MEDIA = env.bool_("SERVE_MEDIA", False)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = env.str_("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.str_("EMAIL_HOST", "localhost")
EMAIL_PORT = env.int_("EMAIL_PORT", 25)
EMAIL_HOST_USER = env.str_("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.str_("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env.bool_("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env.str_("DEFAULT_FROM_EMAIL", "Dân vận khéo <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Text messages (the one-time codes of contest entrants), through a backend chosen as e-mail's is
# (contests/sms.py): the HTTP gateway by default, the console in dev, memory in tests. The gateway takes
# a JSON POST with a bearer token; a message it does not accept within the timeout is not sent.
SMS_BACKEND = env.str_("SMS_BACKEND", "contests.sms.HttpBackend")
SMS_GATEWAY_URL = env.url("SMS_GATEWAY_URL", None) or ""
SMS_GATEWAY_TOKEN = env.str_("SMS_GATEWAY_TOKEN", "")
SMS_SENDER = env.str_("SMS_SENDER", "DVK")
SMS_GATEWAY_TIMEOUT_SECONDS = env.int_("SMS_GATEWAY_TIMEOUT_SECONDS", 10)
# One-time codes: how long one lives, how many a phone and a client address may ask for per hour, the
# least wait between two to one phone, and how long five wrong codes lock the phone.
PHONE_CODE_MINUTES = env.int_("PHONE_CODE_MINUTES", 5)
PHONE_CODES_PER_PHONE_PER_HOUR = env.int_("PHONE_CODES_PER_PHONE_PER_HOUR", 5)
PHONE_CODES_PER_ADDRESS_PER_HOUR = env.int_("PHONE_CODES_PER_ADDRESS_PER_HOUR", 60)
PHONE_CODE_RESEND_SECONDS = env.int_("PHONE_CODE_RESEND_SECONDS", 60)
PHONE_CODE_LOCK_MINUTES = env.int_("PHONE_CODE_LOCK_MINUTES", 30)

# Celery: CELERY_BROKER_URL (redis://…, amqp://…), else kombu's filesystem transport under var/.
CELERY_BROKER_URL = env.url(
    "CELERY_BROKER_URL",
    "filesystem://localhost/",
    schemes=("filesystem", "redis", "rediss", "amqp", "amqps", "memory"),
)
CELERY_BROKER_FOLDER = Path(env.str_("CELERY_BROKER_FOLDER", str(VAR_DIR / "broker")))
if CELERY_BROKER_URL.startswith("filesystem"):
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_BROKER_FOLDER / "queue"),
        "data_folder_out": str(CELERY_BROKER_FOLDER / "queue"),
        "control_folder": str(CELERY_BROKER_FOLDER / "control"),
        "polling_interval": 0.5,
    }
    for folder in ("queue", "control"):
        (CELERY_BROKER_FOLDER / folder).mkdir(parents=True, exist_ok=True)
elif CELERY_BROKER_URL.startswith("redis"):
    # Longer than a task may be held unacknowledged (a retry's countdown, at most 160 s, then its hard
    # time limit, 90 s), so that Redis does not redeliver a task a worker still holds. A task whose
    # worker was killed outright comes back after this long; the certificate sweep has long re-queued
    # it by then (CERTIFICATE_REQUEUE_AFTER_SECONDS), and issuing twice is harmless.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 600}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_TIMEOUT = 5
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Processes per worker; by default as many as the host has cores.
CELERY_WORKER_CONCURRENCY = env.int_("CELERY_WORKER_CONCURRENCY", 0) or None
# Celery closes the database connection after every task; here it only recycles it every thousand tasks,
# and training/celery.py closes it as Django does after a request (CONN_MAX_AGE, health checks).
CELERY_DB_REUSE_MAX = 1000
# Publishing must not hang a web request when the broker is down.
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "finish-overdue-quiz-attempts": {"task": "quizzes.tasks.finish_overdue_attempts", "schedule": 60.0},
    "prepare-opening-quiz-attempts": {"task": "quizzes.tasks.prepare_opening_attempts", "schedule": 300.0},
    "finish-overdue-contest-entries": {"task": "contests.tasks.sweep_overdue_entries", "schedule": 60.0},
    "sweep-certificates": {"task": "training.tasks.sweep_certificates", "schedule": 30.0},
}
# A pending certificate queued longer ago than this is queued again by the sweep (its message was
# lost with a killed worker or an emptied broker, or the broker was down when the trainee completed).
# As long as the issuing task's hard time limit (90 s): a certificate waits at most this plus the
# sweep's period (30 s) plus one render, about two minutes.
CERTIFICATE_REQUEUE_AFTER_SECONDS = env.int_("CERTIFICATE_REQUEUE_AFTER_SECONDS", 90)

# Sessions are read from the cache on every request and written through to the database, which keeps
# them when the cache is emptied: one query fewer on every page and every autosave (bench/exam_day.py).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# CACHE_URL (redis://…) shares the cache between machines; by default it is a folder under var/,
# shared by the processes of one machine (the rate limit of the certificate lookup counts there).
CACHES = {
    "default": (
        {
            "BACKEND": "training.cache.RedisCache",
            "LOCATION": env.url("CACHE_URL", schemes=("redis", "rediss")),
        }
        if env.str_("CACHE_URL", "")
        else {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    )
}
# Lookups of a certificate by serial number allowed per client address and hour.
CERTIFICATE_LOOKUPS_PER_HOUR = env.int_("CERTIFICATE_LOOKUPS_PER_HOUR", 30)

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Every document download goes through Wagtail's view, where courses.wagtail_hooks checks who may
# read a lesson that uses it; its files are never served straight from MEDIA_ROOT.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatar from Gravatar: nothing is loaded from another host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

# Content-Security-Policy (training/csp.py): the site's pages run only our own static files; lesson
# videos play in YouTube's or Vimeo's player, the only providers an editor can embed. The admin has its
# own policy: Wagtail writes inline scripts and styles.
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]}]
VIDEO_PLAYERS = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "frame-src": VIDEO_PLAYERS,
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF, *VIDEO_PLAYERS],
        "frame-ancestors": [SELF],
    }
}

# gunicorn's threads per process (gunicorn.conf.py reads the same variable): with all of them busy the
# process is saturated, and pressing start is turned away with 503 and Retry-After (quizzes/shedding.py).
WEB_THREADS = env.int_("WEB_THREADS", 8)

# How long a quiz page holds its next answers, to send them together, while the server is saturated
# (quizzes/shedding.py): at most this long an answer waits on the trainee's device, and the submit takes it.
QUIZ_AUTOSAVE_BUSY_HOLD_SECONDS = env.int_("QUIZ_AUTOSAVE_BUSY_HOLD_SECONDS", 10)
# A hall is pressing start when a web process is asked for this many starts within this many seconds:
# quiz pages then hold their answers too, so that those still starting get the server's time first.
QUIZ_HALL_STARTS = env.int_("QUIZ_HALL_STARTS", 20)
QUIZ_HALL_SECONDS = env.int_("QUIZ_HALL_SECONDS", 10)

# How late an answer may reach the server after a quiz's deadline (network delay) and still count.
QUIZ_ANSWER_GRACE_SECONDS = env.int_("QUIZ_ANSWER_GRACE_SECONDS", 60)

# A contest's fairness report (contests.fairness) lists this many entrants or more registered from one
# address within these minutes, and tries finished in fewer seconds per question than reading allows.
CONTEST_SAME_ADDRESS_ENTRANTS = env.int_("CONTEST_SAME_ADDRESS_ENTRANTS", 3)
CONTEST_SAME_ADDRESS_MINUTES = env.int_("CONTEST_SAME_ADDRESS_MINUTES", 60)
CONTEST_MIN_SECONDS_PER_QUESTION = env.int_("CONTEST_MIN_SECONDS_PER_QUESTION", 3)

# Demo accounts with a published password may only exist where this is True.
DEMO_DATA_ALLOWED = False

# Error monitoring, for web processes and workers alike (both read these settings): off unless set.
if SENTRY_DSN := env.str_("SENTRY_DSN", ""):
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env.str_("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,  # trainees' names, e-mails and addresses stay here
        traces_sample_rate=0.0,
    )

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str_("LOG_LEVEL", "INFO")},
    "loggers": {
        # Wagtail's page log and its background search-index tasks are noise on the console.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}
