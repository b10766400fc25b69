"""The public results page of a round and the organizers' pages and workbooks of its results."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from contests.models import Disqualification
from contests.ranking import close_round, confirm_prizes
from contests.results import mask_phone
from tests.contests.factories_rank import make_entrant, make_entry, make_round
from tests.factories import OrganizerFactory, TrainerFactory
from tests.xlsx import sheet_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def round():
    round = make_round(first_prizes=1, second_prizes=1, third_prizes=0, consolation_prizes=0)
    make_entry(
        make_entrant(round, "Nguyễn Thị An", phone="0912345678"), round, 100, prediction=1, seconds=400
    )
    make_entry(make_entrant(round, "Trần Văn Bình", phone="0987654321"), round, 90, prediction=3)
    make_entry(make_entrant(round, '=HYPERLINK("http://x")', phone="0911111111"), round, 10, prediction=1)
    return round


@pytest.fixture
def organizer(round):
    organizer = OrganizerFactory()
    round.contest.organizing_unit.organizers.add(organizer)
    return organizer


def results_url(round):
    return reverse("contests:round_results", kwargs={"round_id": round.pk})


def test_phones_are_masked_as_091x_xxx_678():
    assert mask_phone("0912345678") == "091x xxx 678"


def test_a_round_has_no_results_page_before_it_closes(client, round):
    assert client.get(results_url(round)).status_code == 404


def test_the_results_page_names_the_winners_with_masked_phones_and_the_unit_table(client, round):
    close_round(round)

    page = client.get(results_url(round)).content.decode()

    assert 'id="all-correct">1<' in page
    assert "Nguyễn Thị An" in page and "091x xxx 678" in page
    assert "Trần Văn Bình" in page and "098x xxx 321" in page
    assert "0912345678" not in page and "0987654321" not in page
    assert "HYPERLINK" not in page  # not a winner
    assert "Sở Y tế" in page and "Sở Công Thương" in page
    assert "Kết quả chưa chính thức" in page
    assert "Tỷ lệ tham gia (%)" in page


def test_once_the_prizes_are_confirmed_the_page_says_so(client, round):
    close_round(round)
    confirm_prizes(round)

    page = client.get(results_url(round)).content.decode()

    assert f"ngày {timezone.localdate():%d/%m/%Y}" in page


def test_an_organizer_closes_confirms_and_reads_the_round_in_the_admin(client, round, organizer):
    client.force_login(organizer)
    url = reverse("contests_round", args=[round.pk])

    response = client.post(reverse("contests_round_action", args=[round.pk, "close"]), follow=True)
    assert "Đã đóng tuần thi và xếp hạng." in response.content.decode()
    page = client.get(url).content.decode()
    assert 'id="all-correct">1<' in page and "0912345678" in page  # organizers see the phones

    response = client.post(reverse("contests_round_action", args=[round.pk, "close"]), follow=True)
    assert "Tuần thi này đã đóng." in response.content.decode()

    client.post(reverse("contests_round_action", args=[round.pk, "confirm"]))
    round.refresh_from_db()
    assert round.prizes_confirmed_at is not None
    assert "Mở lại xếp hạng" in client.get(url).content.decode()


def test_organizers_of_another_unit_and_trainers_find_no_round(client, round):
    for user in (OrganizerFactory(), TrainerFactory()):
        client.force_login(user)
        assert client.get(reverse("contests_round", args=[round.pk])).status_code == 404
        assert client.post(reverse("contests_round_action", args=[round.pk, "close"])).status_code == 404
        assert client.get(reverse("contests_round_export", args=[round.pk, "winners"])).status_code == 404
    round.refresh_from_db()
    assert round.closed_at is None


def test_a_provisional_ranking_shows_the_count_to_organizers_only(client, round, organizer):
    round.closes_at = timezone.now() + datetime.timedelta(days=1)
    round.save()
    client.force_login(organizer)

    client.post(reverse("contests_round_action", args=[round.pk, "rank"]))

    assert (
        "tạm tính, không công khai" in client.get(reverse("contests_round", args=[round.pk])).content.decode()
    )
    client.logout()
    assert client.get(results_url(round)).status_code == 404


def test_the_winners_workbook_is_ready_for_the_decision_on_prizes(client, round, organizer):
    close_round(round)
    client.force_login(organizer)

    response = client.get(reverse("contests_round_export", args=[round.pk, "winners"]))

    assert response["Content-Disposition"].startswith('attachment; filename="danh-sach-doat-giai-')
    rows = sheet_rows(response.content, "Danh sách đoạt giải")
    assert rows[0][:8] == [
        "STT",
        "Hạng",
        "Giải",
        "Họ và tên",
        "Ngày sinh",
        "Số điện thoại",
        "Email",
        "Đơn vị",
    ]
    assert [row[1:4] for row in rows[1:]] == [
        [1, "Giải Nhất", "Nguyễn Thị An"],
        [2, "Giải Nhì", "Trần Văn Bình"],
    ]
    assert rows[1][5] == "0912345678"
    assert rows[1][8:10] == [100, 1] and rows[1][11] == 400


def test_the_ranking_workbook_keeps_typed_text_from_becoming_a_formula(client, round, organizer):
    close_round(round)
    client.force_login(organizer)

    response = client.get(reverse("contests_round_export", args=[round.pk, "ranking"]))

    rows = sheet_rows(response.content, "Xếp hạng")
    assert len(rows) == 4
    assert rows[3][3] == '=HYPERLINK("http://x")'
    cell = openpyxl.load_workbook(io.BytesIO(response.content))["Xếp hạng"]["D4"]
    assert cell.data_type == "s"


def test_the_unit_workbook_has_the_unit_table(client, round, organizer):
    close_round(round)
    client.force_login(organizer)

    response = client.get(reverse("contests_round_export", args=[round.pk, "units"]))

    rows = sheet_rows(response.content, "Đơn vị")
    assert rows[1][1:4] == ["Sở Y tế", 100, 3]


def test_an_organizer_disqualifies_an_entrant_with_a_reason(client, round, organizer):
    close_round(round)
    client.force_login(organizer)
    winner = round.standings.get(rank=1).entrant
    url = reverse("contests_disqualify", args=[round.pk, winner.pk])

    response = client.post(url, {"reason": ""})
    assert response.status_code == 200 and Disqualification.objects.count() == 0

    client.post(url, {"reason": "Một người dùng nhiều số điện thoại"})

    assert Disqualification.objects.get().entrant == winner
    assert round.standings.get(rank=1).entrant.full_name == "Trần Văn Bình"
    assert (
        "Một người dùng nhiều số điện thoại"
        in client.get(reverse("contests_round", args=[round.pk])).content.decode()
    )


def test_the_contest_unit_page_and_the_index_list_the_organizers_rounds(client, round, organizer):
    close_round(round)
    client.force_login(organizer)

    assert "Tuần thi thứ nhất" in client.get(reverse("contests_rounds")).content.decode()
    page = client.get(reverse("contests_contest_units", args=[round.contest_id])).content.decode()
    assert "Sở Y tế" in page


def test_after_changing_the_prizes_of_a_closed_round_an_organizer_ranks_it_again(client, round, organizer):
    close_round(round)
    round.consolation_prizes = 1
    round.save()
    client.force_login(organizer)

    response = client.post(reverse("contests_round_action", args=[round.pk, "rerank"]), follow=True)

    assert "Đã xếp hạng lại tuần thi." in response.content.decode()
    assert round.standings.get(rank=3).prize == "consolation"
