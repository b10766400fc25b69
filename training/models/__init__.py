"""The training app's models, a module for each part: people, classes, certificates and the log."""

from .certificates import (
    AbstractCertificate,
    Certificate,
    CertificateQuerySet,
    CertificateTemplate,
    SerialCounter,
)
from .classes import Enrollment, LessonCompletion, TraineeImport, TrainingClass, TrainingClassQuerySet
from .log import TrainingLogEntry, TrainingLogEntryManager
from .people import NAME_FIELDS, OrganizingUnit, User, UserManager

__all__ = [
    "NAME_FIELDS",
    "AbstractCertificate",
    "Certificate",
    "CertificateQuerySet",
    "CertificateTemplate",
    "Enrollment",
    "LessonCompletion",
    "OrganizingUnit",
    "SerialCounter",
    "TraineeImport",
    "TrainingClass",
    "TrainingClassQuerySet",
    "TrainingLogEntry",
    "TrainingLogEntryManager",
    "User",
    "UserManager",
]
