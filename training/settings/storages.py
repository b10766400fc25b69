"""Media and certificate storages, each chosen by environment variables alone.

``MEDIA_STORAGE`` and ``CERTIFICATES_STORAGE`` are ``filesystem`` (the default: a folder,
``MEDIA_ROOT`` and ``CERTIFICATES_ROOT``) or ``s3`` (an S3-compatible bucket, described by
``<NAME>_S3_BUCKET``, ``_S3_ENDPOINT_URL``, ``_S3_REGION``, ``_S3_ACCESS_KEY_ID``,
``_S3_SECRET_ACCESS_KEY``, ``_S3_PREFIX``, ``_S3_ADDRESSING_STYLE`` and ``_S3_ACL``).
Certificates are private in both: their folder must lie outside what a web server serves, and their
objects are written with a private ACL and never given a URL.
"""

from pathlib import Path, PurePosixPath

from django.core.exceptions import ImproperlyConfigured

from . import env

KINDS = ("filesystem", "s3")
ADDRESSING_STYLES = ("auto", "path", "virtual")
PRIVATE_FOLDER = "training.storage.PrivateFileSystemStorage"
ACLS = {"none": None, "private": "private", "public-read": "public-read"}


def media():
    if _kind("MEDIA_STORAGE") == "filesystem":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}  # MEDIA_ROOT, read lazily
    options = _s3_options("MEDIA", acls=("none", "public-read"), default_acl="none")
    options["file_overwrite"] = False  # two uploads of "anh.jpg" are two files, as on disk
    options["querystring_auth"] = False  # media are public: plain, cacheable URLs
    if domain := env.str_("MEDIA_S3_CUSTOM_DOMAIN", ""):
        options["custom_domain"] = domain.removeprefix("https://").removeprefix("http://").rstrip("/")
    return {"BACKEND": "training.s3_storage.S3Storage", "OPTIONS": options}


def certificates(default_root, media_storage, served_roots):
    """The private storage of certificate PDFs; ``served_roots`` are the folders a web server may
    serve (MEDIA_ROOT, STATIC_ROOT), which must not hold it."""
    if _kind("CERTIFICATES_STORAGE") == "filesystem":
        root = Path(env.str_("CERTIFICATES_ROOT", str(default_root)))
        for served in served_roots:
            if root.resolve().is_relative_to(Path(served).resolve()):
                raise ImproperlyConfigured(
                    f"Environment variable CERTIFICATES_ROOT={str(root)!r} lies inside {served}, which a web "
                    "server may serve; certificates must be in a folder of their own."
                )
        return {"BACKEND": PRIVATE_FOLDER, "OPTIONS": {"location": str(root)}}
    options = _s3_options("CERTIFICATES", acls=("private", "none"), default_acl="private")
    options["file_overwrite"] = False
    media_options = media_storage.get("OPTIONS", {})
    if _same_place(options, media_options):
        raise ImproperlyConfigured(
            f"Environment variable CERTIFICATES_S3_BUCKET={options['bucket_name']!r} is the media bucket; give "
            "certificates a bucket of their own, or a CERTIFICATES_S3_PREFIX outside MEDIA_S3_PREFIX."
        )
    return {"BACKEND": "training.s3_storage.PrivateS3Storage", "OPTIONS": options}


def accel_redirect_prefix(certificates_storage):
    """CERTIFICATES_ACCEL_REDIRECT_PREFIX: where nginx serves the certificates folder from an
    ``internal`` location; when set, downloads answer with X-Accel-Redirect and no body."""
    prefix = env.str_("CERTIFICATES_ACCEL_REDIRECT_PREFIX", "")
    if not prefix:
        return ""
    if not (prefix.startswith("/") and prefix.endswith("/")):
        raise ImproperlyConfigured(
            f"Environment variable CERTIFICATES_ACCEL_REDIRECT_PREFIX={prefix!r} must start and end with / "
            "(e.g. /_protected/certificates/)."
        )
    if certificates_storage["BACKEND"] != PRIVATE_FOLDER:
        raise ImproperlyConfigured(
            "Environment variable CERTIFICATES_ACCEL_REDIRECT_PREFIX only works with CERTIFICATES_STORAGE=filesystem "
            "(nginx serves a folder); unset it with object storage."
        )
    return prefix


def _kind(name):
    kind = env.str_(name, "filesystem").lower()
    if kind not in KINDS:
        raise ImproperlyConfigured(f"Environment variable {name}={kind!r} must be filesystem or s3.")
    return kind


def _required(name, kind_variable):
    value = env.str_(name, "")
    if not value:
        raise ImproperlyConfigured(f"Environment variable {name} is required when {kind_variable}=s3.")
    return value


def _choice(name, choices, default):
    value = env.str_(name, default).lower()
    if value not in choices:
        raise ImproperlyConfigured(
            f"Environment variable {name}={value!r} must be one of: {', '.join(choices)}."
        )
    return value


def _s3_options(name, acls, default_acl):
    kind_variable = f"{name}_STORAGE"
    options = {
        "bucket_name": _required(f"{name}_S3_BUCKET", kind_variable),
        "endpoint_url": env.url(f"{name}_S3_ENDPOINT_URL", None),
        "region_name": env.str_(f"{name}_S3_REGION", "") or None,
        "location": env.str_(f"{name}_S3_PREFIX", "").strip("/"),
        "addressing_style": _choice(f"{name}_S3_ADDRESSING_STYLE", ADDRESSING_STYLES, "auto"),
        "default_acl": ACLS[_choice(f"{name}_S3_ACL", acls, default_acl)],
    }
    access_key = env.str_(f"{name}_S3_ACCESS_KEY_ID", "")
    secret_key = env.str_(f"{name}_S3_SECRET_ACCESS_KEY", "")
    if bool(access_key) != bool(secret_key):
        missing = f"{name}_S3_SECRET_ACCESS_KEY" if access_key else f"{name}_S3_ACCESS_KEY_ID"
        raise ImproperlyConfigured(
            f"Environment variable {missing} is required with {name}_S3_"
            f"{'ACCESS_KEY_ID' if access_key else 'SECRET_ACCESS_KEY'} (or set neither, to use the "
            "machine's own credentials)."
        )
    if access_key:
        options["access_key"] = access_key
        options["secret_key"] = secret_key
    return options


def _same_place(certificates, media):
    """True when the certificates' objects would sit among the media's (same bucket, overlapping prefixes)."""
    if not media or (media["bucket_name"], media["endpoint_url"]) != (
        certificates["bucket_name"],
        certificates["endpoint_url"],
    ):
        return False
    ours, theirs = (PurePosixPath("/", options["location"]) for options in (certificates, media))
    return ours.is_relative_to(theirs) or theirs.is_relative_to(ours)
