"""The fairness report: one address for several accounts, one person on several phones, tries too fast."""

import datetime

import pytest
from django.urls import reverse

from contests import fairness
from tests.contests.factories_rank import make_entrant, make_entry, make_round
from tests.factories import OrganizerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def round():
    return make_round(questions_drawn=10)


def names(group):
    return [entrant.full_name for entrant in group.entrants]


def test_several_accounts_from_one_address_within_the_window_are_listed(round, settings):
    settings.CONTEST_SAME_ADDRESS_ENTRANTS = 3
    settings.CONTEST_SAME_ADDRESS_MINUTES = 60
    start = round.opens_at
    for index, minutes in enumerate((0, 10, 50)):
        make_entrant(
            round,
            f"Cùng máy {index}",
            address="10.0.0.1",
            registered_at=start + datetime.timedelta(minutes=minutes),
        )
    for index, hours in enumerate((0, 5, 10)):  # three from one office, hours apart: not listed
        make_entrant(
            round,
            f"Cùng cơ quan {index}",
            address="10.0.0.2",
            registered_at=start + datetime.timedelta(hours=hours),
        )
    make_entrant(round, "Một mình", address="10.0.0.3")

    groups = fairness.same_address(round.contest)

    assert [(group.key, names(group)) for group in groups] == [
        ("10.0.0.1", ["Cùng máy 0", "Cùng máy 1", "Cùng máy 2"])
    ]


def test_the_same_name_and_birth_date_on_several_phones_are_listed(round):
    born = datetime.date(1985, 3, 2)
    make_entrant(round, "Lê Văn Cường", birth_date=born, phone="0911000001")
    make_entrant(round, "lê văn cường ", birth_date=born, phone="0911000002")
    make_entrant(round, "Lê Văn Cường", birth_date=datetime.date(1985, 3, 3), phone="0911000003")

    groups = fairness.same_person(round.contest)

    assert len(groups) == 1
    assert sorted(entrant.phone for entrant in groups[0].entrants) == ["0911000001", "0911000002"]


def test_tries_faster_than_reading_the_questions_allows_are_listed(round, settings):
    settings.CONTEST_MIN_SECONDS_PER_QUESTION = 3  # 10 questions: 30 seconds at least
    fast = make_entry(make_entrant(round, "Nhanh"), round, 100, prediction=1, seconds=12)
    make_entry(make_entrant(round, "Vừa"), round, 100, prediction=1, seconds=30)

    assert fairness.min_seconds(round) == 30
    assert list(fairness.fast_tries(round)) == [fast]


def test_the_report_page_lists_them_with_a_way_to_disqualify(client, round):
    organizer = OrganizerFactory()
    round.contest.organizing_unit.organizers.add(organizer)
    entry = make_entry(make_entrant(round, "Nhanh"), round, 100, prediction=1, seconds=5)
    client.force_login(organizer)

    page = client.get(reverse("contests_round_fairness", args=[round.pk])).content.decode()

    assert "Nhanh" in page
    assert reverse("contests_disqualify", args=[round.pk, entry.entrant_id]) in page
