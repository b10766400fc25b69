"""A contest certificate issued by a real worker process, as a class's is."""

from types import SimpleNamespace

import pytest
from django.db import transaction

from contests.certificates import issue_round_certificates
from contests.models import ContestCertificate, Prize, Round
from tests.conftest import wait_for
from tests.contests.factories import EntryFactory, RoundFactory
from tests.factories import UserFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_confirmed_rounds_winner_gets_a_certificate_from_the_worker(start_worker, client):
    worker = start_worker()
    round = RoundFactory(closed=True, bank=False, certificates=Round.Certificates.WINNERS)
    # No role: the groups are migrated data, which transactional tests do not keep.
    entry = EntryFactory(round=round, entrant__contest=round.contest, entrant__user=UserFactory(), score=100)

    with transaction.atomic():
        issue_round_certificates(
            round, [SimpleNamespace(entrant_id=entry.entrant_id, entry=entry, prize=Prize.FIRST)]
        )

    try:
        wait_for(lambda: ContestCertificate.objects.filter(status="issued").exists(), timeout=60)
    except AssertionError:
        raise AssertionError(f"certificate not issued; worker log:\n{worker.log()}") from None
    certificate = ContestCertificate.objects.get()
    assert certificate.file.read().startswith(b"%PDF")
    assert "Giải Nhất" in client.get(f"/xac-minh/{certificate.code}/").text
