# PLACEHOLDER written by the lead so that the rest of the app imports; the helper writing the real
# renderer replaces this whole file (same API as in its brief).
import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class CertificateContent:
    issuing_body: str
    full_name: str
    unit: str
    position: str
    course: str
    training_class: str
    result: str
    place: str
    date: datetime.date
    signer_title: str
    signer_name: str
    serial: str
    verification_url: str
    signature: bytes | None = None
    seal: bytes | None = None
    background: bytes | None = None


def render_certificate(content):
    return b"%PDF-1.4 placeholder " + content.full_name.encode()
