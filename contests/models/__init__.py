"""The contests app's models, a module for each part: the contest, its entries, its public page and its
results."""

from .contest import DEFAULT_PREDICTION, Contest, ContestUnit, Round
from .entries import Entrant, Entry, EntryQuestion, PhoneCode
from .page import ContestPage, ReferenceLesson
from .results import (
    PRIZE_PRINTED,
    ContestCertificate,
    ContestCertificateQuerySet,
    Disqualification,
    Prize,
    Standing,
    UnitStanding,
)

__all__ = [
    "DEFAULT_PREDICTION",
    "PRIZE_PRINTED",
    "Contest",
    "ContestCertificate",
    "ContestCertificateQuerySet",
    "ContestPage",
    "ContestUnit",
    "Disqualification",
    "Entrant",
    "Entry",
    "EntryQuestion",
    "PhoneCode",
    "Prize",
    "ReferenceLesson",
    "Round",
    "Standing",
    "UnitStanding",
]
