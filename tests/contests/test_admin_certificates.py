"""A round's certificates: the round's rule chooses who gets one when its prizes are confirmed; the
worker issues them as a class's; the same verification page, lookup and downloads find them."""

import datetime
from types import SimpleNamespace
from unittest import mock

import pytest
from django.urls import reverse

from contests import certificates as contest_certificates
from contests.models import ContestCertificate, Prize, Round
from contests.tasks import issue_contest_certificate
from tests.contests.factories import EntryFactory, RoundFactory
from tests.factories import CertificateTemplateFactory, OrganizerFactory, UserFactory
from tests.pdf import qr_codes, text_of
from training.certificates import issuing
from training.models import SerialCounter

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path, certificate_files):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def queued():
    with mock.patch.object(issue_contest_certificate, "delay") as delay:
        yield delay


def standings(round, rows):
    """What the ranking gives: (name, score, prize) per entrant, best first, as Standing-like objects."""
    result = []
    for full_name, score, prize in rows:
        entry = EntryFactory(
            round=round, entrant__contest=round.contest, entrant__full_name=full_name, score=score
        )
        result.append(SimpleNamespace(entrant_id=entry.entrant_id, entry=entry, prize=prize))
    return result


@pytest.fixture
def round():
    round = RoundFactory(
        bank=False,
        title="Tuần thi thứ nhất",
        contest__name="Cuộc thi trực tuyến tìm hiểu công tác dân vận",
        contest__organizing_unit__name="Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi",
        opens_at=datetime.datetime(2026, 11, 2, 1, tzinfo=datetime.UTC),
        closes_at=datetime.datetime(2026, 11, 8, 13, tzinfo=datetime.UTC),
    )
    CertificateTemplateFactory(
        organizing_unit=round.contest.organizing_unit,
        name="Mẫu",
        issuing_body="TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
        place="Quảng Ngãi",
        signer_title="TRƯỞNG BAN",
        signer_name="Lê Thị Mai",
    )
    return round


RANKING = [
    ("Nguyễn Thị Nhất", 100, Prize.FIRST),
    ("Trần Văn Nhì", 100, Prize.SECOND),
    ("Lê Thị Khuyến Khích", 90, Prize.CONSOLATION),
    ("Phạm Văn Tám Mươi", 80, ""),
    ("Hoàng Thị Năm Mươi", 50, ""),
]


def issued_for(round):
    return {c.entrant.full_name: (c.prize, c.serial) for c in ContestCertificate.objects.filter(round=round)}


def test_every_winner_rule_gives_the_winners_a_prize_certificate_queued_after_the_commit(
    round, queued, django_capture_on_commit_callbacks
):
    round.certificates = Round.Certificates.WINNERS
    with django_capture_on_commit_callbacks(execute=True):
        assert contest_certificates.issue_round_certificates(round, standings(round, RANKING)) == 3

    prefix = f"CT{round.contest_id}-2026"
    assert issued_for(round) == {
        "Nguyễn Thị Nhất": ("first", f"{prefix}-000001"),
        "Trần Văn Nhì": ("second", f"{prefix}-000002"),
        "Lê Thị Khuyến Khích": ("consolation", f"{prefix}-000003"),
    }
    assert sorted(call.args[0] for call in queued.call_args_list) == sorted(
        ContestCertificate.objects.values_list("pk", flat=True)
    )
    assert set(ContestCertificate.objects.values_list("status", flat=True)) == {"pending"}


def test_a_score_rule_gives_winners_theirs_and_others_at_or_above_it_participation(round, queued):
    round.certificates, round.certificate_score = Round.Certificates.THRESHOLD, 80

    contest_certificates.issue_round_certificates(round, standings(round, RANKING))

    assert {name: prize for name, (prize, _serial) in issued_for(round).items()} == {
        "Nguyễn Thị Nhất": "first",
        "Trần Văn Nhì": "second",
        "Lê Thị Khuyến Khích": "consolation",
        "Phạm Văn Tám Mươi": "",
    }


def test_no_rule_gives_no_certificate_and_confirming_twice_gives_none_twice(round, queued):
    ranking = standings(round, RANKING)
    assert contest_certificates.issue_round_certificates(round, ranking) == 0

    round.certificates = Round.Certificates.WINNERS
    contest_certificates.issue_round_certificates(round, ranking)
    assert contest_certificates.issue_round_certificates(round, ranking) == 0
    assert ContestCertificate.objects.count() == 3
    assert SerialCounter.objects.get(prefix=f"CT{round.contest_id}-2026").last_number == 3


@pytest.fixture
def prize_certificate(round, queued):
    round.certificates = Round.Certificates.WINNERS
    contest_certificates.issue_round_certificates(round, standings(round, RANKING[:1]))
    certificate = ContestCertificate.objects.get()
    assert issue_contest_certificate.apply(args=[certificate.pk]).get() is True
    certificate.refresh_from_db()
    return certificate


def test_the_task_renders_the_prize_certificate_with_its_qr_code(prize_certificate):
    assert prize_certificate.status == "issued" and prize_certificate.issued_at
    pdf = prize_certificate.file.read()
    text = text_of(pdf)
    for printed in (
        "BAN TUYÊN GIÁO VÀ DÂN VẬN",
        "Nguyễn Thị Nhất",
        "Đã đạt giải tại",
        "Cuộc thi trực tuyến tìm hiểu công tác dân vận",
        "Tuần thi thứ nhất",
        "Kết quả: Giải Nhất",
        prize_certificate.serial,
    ):
        assert printed in text
    [qr_code] = qr_codes(pdf)
    assert qr_code.endswith(reverse("certificate_verify", args=[prize_certificate.code]))
    assert issue_contest_certificate.apply(args=[prize_certificate.pk]).get() is False  # issued once


def test_a_participation_certificate_prints_the_score(round, queued):
    round.certificates, round.certificate_score = Round.Certificates.THRESHOLD, 50
    contest_certificates.issue_round_certificates(round, standings(round, [("Hoàng Văn Tham Gia", 87.5, "")]))
    certificate = ContestCertificate.objects.get()

    contest_certificates.issue(certificate.pk)
    certificate.refresh_from_db()

    text = text_of(certificate.file.read())
    assert "Đã tham gia" in text and "Kết quả: 87,5%" in text


def test_the_public_verification_and_lookup_find_a_contest_certificate(client, prize_certificate):
    verified = client.get(reverse("certificate_verify", args=[prize_certificate.code]))
    assert verified.status_code == 200
    for shown in (
        "Giấy chứng nhận này hợp lệ",
        "Nguyễn Thị Nhất",
        "Cuộc thi trực tuyến tìm hiểu công tác dân vận",
        "Tuần thi thứ nhất",
        "Giải Nhất",
    ):
        assert shown in verified.text

    found = client.get(reverse("certificate_lookup"), {"serial": prize_certificate.serial.lower()})
    assert found.status_code == 200 and "Nguyễn Thị Nhất" in found.text


def test_the_entrant_finds_it_in_my_certificates_and_downloads_it(client, prize_certificate):
    client.force_login(prize_certificate.entrant.user)
    download = reverse("certificate_download", args=[prize_certificate.serial])

    page = client.get(reverse("my_certificates")).text
    assert "Cuộc thi trực tuyến tìm hiểu công tác dân vận" in page and download in page

    response = client.get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_the_contests_organizer_downloads_it_and_anyone_else_gets_a_404(client, prize_certificate):
    download = reverse("certificate_download", args=[prize_certificate.serial])
    organizer = OrganizerFactory()
    prize_certificate.round.contest.organizing_unit.organizers.add(organizer)
    client.force_login(organizer)
    assert client.get(download).status_code == 200

    client.force_login(UserFactory())
    assert client.get(download).status_code == 404


def test_the_sweep_queues_a_contest_certificate_the_broker_never_got(round, queued):
    round.certificates = Round.Certificates.WINNERS
    contest_certificates.create_round_certificates(round, standings(round, RANKING[:1]))  # never queued
    certificate = ContestCertificate.objects.get()

    assert issuing.sweep() == 1

    queued.assert_called_once_with(certificate.pk)
    certificate.refresh_from_db()
    assert certificate.queued_at is not None
