"""The contest admin: an organizer sets up their own units' contests (units and rounds inline), never
sees another unit's, cannot remove what entrants hold, and corrects entrants with a logged change."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from contests.models import Contest, ContestUnit, Entrant, Round
from tests.contests.factories import (
    ContestFactory,
    ContestUnitFactory,
    EntrantFactory,
    EntryFactory,
)
from tests.factories import CoursePageFactory, OrganizerFactory, add_questions
from training import audit

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/contests/contest/add/"


def edit_url(contest):
    return f"/admin/snippets/contests/contest/edit/{contest.pk}/"


@pytest.fixture
def organizer():
    return OrganizerFactory(full_name="Phạm Thu Hà")


@pytest.fixture
def contest(organizer):
    contest = ContestFactory(name="Cuộc thi tìm hiểu công tác dân vận 2026")
    contest.organizing_unit.organizers.add(organizer)
    return contest


def round_data(course, **values):
    return {
        "title": "Tuần thi thứ nhất",
        "opens_at": "2026-12-07 08:00",
        "closes_at": "2026-12-13 20:00",
        "course": course.pk,
        "category": "",
        "questions_drawn": 20,
        "time_limit_minutes": 15,
        "tries_allowed": 3,
        "prediction_question": "Có bao nhiêu người trả lời đúng tất cả các câu hỏi?",
        "first_prizes": 1,
        "second_prizes": 2,
        "third_prizes": 3,
        "consolation_prizes": 10,
        "certificates": "winners",
        "certificate_score": "",
        **values,
    }


def contest_data(contest=None, unit_pk=None, units=(), rounds=(), **values):
    """The contest's form as the admin posts it; ``units`` and ``rounds`` are the inline rows (with
    ``id`` and ``DELETE`` for existing ones)."""
    return nested_form_data(
        {
            "name": contest.name if contest else "Cuộc thi trực tuyến tìm hiểu Luật Dân vận",
            "organizing_unit": unit_pk or contest.organizing_unit_id,
            "page": "",
            "registration_open": "on",
            "consent_purpose": "Để liên hệ trao giải.",
            "units": inline_formset(list(units), initial=sum(1 for unit in units if "id" in unit)),
            "rounds": inline_formset(list(rounds), initial=sum(1 for row in rounds if "id" in row)),
            **values,
        }
    )


def existing_rows(contest, delete_unit=None, delete_round=None):
    units = [
        {
            "id": unit.pk,
            "name": unit.name,
            "headcount": unit.headcount,
            "DELETE": "1" if unit == delete_unit else "",
        }
        for unit in contest.units.all()
    ]
    rounds = [
        {
            **round_data(round.course, title=round.title),
            "opens_at": timezone.localtime(round.opens_at).strftime("%Y-%m-%d %H:%M"),
            "closes_at": timezone.localtime(round.closes_at).strftime("%Y-%m-%d %H:%M"),
            "id": round.pk,
            "DELETE": "1" if round == delete_round else "",
        }
        for round in contest.rounds.all()
    ]
    return units, rounds


def test_an_organizer_creates_a_contest_with_its_units_and_rounds(client, organizer, contest):
    client.force_login(organizer)
    course = CoursePageFactory()

    response = client.post(
        ADD_URL,
        contest_data(
            unit_pk=contest.organizing_unit_id,
            units=[
                {"name": "Sở Y tế tỉnh Quảng Ngãi", "headcount": 350},
                {"name": "Sở Công Thương tỉnh Quảng Ngãi", "headcount": 120},
            ],
            rounds=[round_data(course)],
        ),
    )

    assert response.status_code == 302, response.context["form"].errors
    created = Contest.objects.get(name="Cuộc thi trực tuyến tìm hiểu Luật Dân vận")
    assert [(u.name, u.headcount) for u in created.units.all()] == [
        ("Sở Y tế tỉnh Quảng Ngãi", 350),
        ("Sở Công Thương tỉnh Quảng Ngãi", 120),
    ]
    [round] = created.rounds.all()
    assert (round.title, round.tries_allowed, round.course_id, round.certificates) == (
        "Tuần thi thứ nhất",
        3,
        course.pk,
        "winners",
    )


def test_an_organizer_sees_only_their_units_contests_and_gets_404_for_another(client, organizer, contest):
    other = ContestFactory(name="Cuộc thi của đơn vị khác")
    client.force_login(organizer)

    listing = client.get("/admin/snippets/contests/contest/").content.decode()

    assert contest.name in listing and other.name not in listing
    assert client.get(edit_url(other)).status_code == 404
    assert client.post(edit_url(other), contest_data(other)).status_code == 404


def test_an_organizer_cannot_give_a_contest_to_another_unit(client, organizer, contest):
    other_unit = ContestFactory().organizing_unit
    client.force_login(organizer)

    response = client.post(ADD_URL, contest_data(unit_pk=other_unit.pk, name="Cuộc thi lạ"))

    assert response.status_code == 200
    assert "organizing_unit" in response.context["form"].errors
    assert not Contest.objects.filter(name="Cuộc thi lạ").exists()


def test_fixed_questions_must_come_from_the_rounds_course(client, organizer, contest):
    course, other_course = CoursePageFactory(), CoursePageFactory()
    [foreign] = add_questions(other_course, 1)
    client.force_login(organizer)

    data = contest_data(contest, rounds=[round_data(course)])
    data["rounds-0-questions"] = [foreign.pk]  # a multiple choice, which nested_form_data would split

    response = client.post(edit_url(contest), data)

    assert response.status_code == 200
    assert "Chỉ chọn câu hỏi thuộc khóa học đã chọn cho tuần thi." in response.content.decode()
    assert not contest.rounds.exists()


def test_a_threshold_rule_needs_its_score(client, organizer, contest):
    client.force_login(organizer)

    response = client.post(
        edit_url(contest),
        contest_data(contest, rounds=[round_data(CoursePageFactory(), certificates="threshold")]),
    )

    assert response.status_code == 200
    assert not contest.rounds.exists()


def test_removing_a_unit_with_entrants_is_refused_with_a_message_and_nothing_is_saved(
    client, organizer, contest
):
    held = ContestUnitFactory(contest=contest, name="Sở Tư pháp")
    EntrantFactory(contest=contest, unit=held)
    client.force_login(organizer)
    units, rounds = existing_rows(contest, delete_unit=held)

    response = client.post(
        edit_url(contest), contest_data(contest, units=units, rounds=rounds, name="Tên mới")
    )

    assert response.status_code == 200
    assert (
        "Không thể bỏ đơn vị “Sở Tư pháp”: đã có 1 người dự thi đăng ký thuộc đơn vị này."
        in response.content.decode()
    )
    assert ContestUnit.objects.filter(pk=held.pk).exists()
    contest.refresh_from_db()
    assert contest.name != "Tên mới"


def test_removing_a_round_with_entries_is_refused_but_an_unused_unit_goes(client, organizer, contest):
    entry = EntryFactory(entrant__contest=contest)
    unused = ContestUnitFactory(contest=contest, name="Đơn vị chưa có ai")
    client.force_login(organizer)

    units, rounds = existing_rows(contest, delete_round=entry.round)
    response = client.post(edit_url(contest), contest_data(contest, units=units, rounds=rounds))
    assert response.status_code == 200
    assert f"Không thể bỏ tuần thi “{entry.round.title}”: đã có 1 lượt dự thi." in response.content.decode()
    assert Round.objects.filter(pk=entry.round.pk).exists()

    units, rounds = existing_rows(contest, delete_unit=unused)
    assert (
        client.post(edit_url(contest), contest_data(contest, units=units, rounds=rounds)).status_code == 302
    )
    assert not ContestUnit.objects.filter(pk=unused.pk).exists()


def test_deleting_a_contest_with_entrants_is_refused_with_a_message(client, organizer, contest):
    EntrantFactory(contest=contest)
    client.force_login(organizer)

    response = client.post(f"/admin/snippets/contests/contest/delete/{contest.pk}/", follow=True)

    assert Contest.objects.filter(pk=contest.pk).exists()
    assert "không thể xóa: đã có 1 người dự thi đăng ký." in response.content.decode()


# --- Entrants --------------------------------------------------------------------------------------


def test_the_entrants_listing_searches_by_name_and_phone_and_filters_by_unit(client, organizer, contest):
    health, justice = (
        ContestUnitFactory(contest=contest, name="Sở Y tế"),
        ContestUnitFactory(contest=contest, name="Sở Tư pháp"),
    )
    EntrantFactory(contest=contest, unit=health, full_name="Nguyễn Văn An", phone="0912345678")
    EntrantFactory(contest=contest, unit=justice, full_name="Lê Thị Bình", phone="0987654321")
    EntrantFactory(full_name="Người Ngoài Đơn Vị")
    client.force_login(organizer)
    listing = "/admin/snippets/contests/entrant/"

    everyone = client.get(listing).content.decode()
    assert "Nguyễn Văn An" in everyone and "Lê Thị Bình" in everyone and "Người Ngoài Đơn Vị" not in everyone
    by_phone = client.get(listing, {"q": "0987654321"}).content.decode()
    assert "Lê Thị Bình" in by_phone and "Nguyễn Văn An" not in by_phone
    by_name = client.get(listing, {"q": "Văn An"}).content.decode()
    assert "Nguyễn Văn An" in by_name and "Lê Thị Bình" not in by_name
    by_unit = client.get(listing, {"unit": health.pk}).content.decode()
    assert "Nguyễn Văn An" in by_unit and "Lê Thị Bình" not in by_unit


def test_an_organizer_corrects_an_entrant_and_the_change_is_logged(client, organizer, contest):
    health, justice = (
        ContestUnitFactory(contest=contest, name="Sở Y tế"),
        ContestUnitFactory(contest=contest, name="Sở Tư pháp"),
    )
    entrant = EntrantFactory(
        contest=contest, unit=health, full_name="Nguyen Van An", birth_date=datetime.date(1990, 1, 2)
    )
    EntryFactory(entrant=entrant)
    client.force_login(organizer)

    response = client.post(
        f"/admin/snippets/contests/entrant/edit/{entrant.pk}/",
        {"full_name": "Nguyễn Văn An", "birth_date": "1990-02-01", "unit": justice.pk},
    )

    assert response.status_code == 302
    entrant.refresh_from_db()
    assert (entrant.full_name, entrant.birth_date, entrant.unit) == (
        "Nguyễn Văn An",
        datetime.date(1990, 2, 1),
        justice,
    )
    [entry] = ModelLogEntry.objects.for_instance(entrant).filter(action=audit.CHANGED)
    assert entry.user == organizer
    assert abs(entry.timestamp - timezone.now()) < datetime.timedelta(minutes=1)
    assert entry.message == (
        "Đã thay đổi Họ và tên: Nguyen Van An → Nguyễn Văn An; Ngày sinh: 02/01/1990 → 01/02/1990; "
        "Đơn vị: Sở Y tế → Sở Tư pháp"
    )


def test_a_correction_refuses_a_future_birth_date_and_another_contests_unit(client, organizer, contest):
    entrant = EntrantFactory(contest=contest, full_name="Nguyễn Văn An")
    foreign_unit = ContestUnitFactory(name="Đơn vị cuộc thi khác")
    client.force_login(organizer)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = client.post(
        f"/admin/snippets/contests/entrant/edit/{entrant.pk}/",
        {"full_name": "Tên Khác", "birth_date": tomorrow.isoformat(), "unit": foreign_unit.pk},
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["birth_date"] == ["Ngày sinh không thể ở tương lai."]
    assert "unit" in errors
    assert Entrant.objects.get(pk=entrant.pk).full_name == "Nguyễn Văn An"
    assert not ModelLogEntry.objects.for_instance(entrant).filter(action=audit.CHANGED).exists()


def test_entrants_cannot_be_added_or_deleted_in_the_admin(client, organizer, contest):
    entrant = EntrantFactory(contest=contest)
    client.force_login(organizer)

    assert client.get("/admin/snippets/contests/entrant/add/").status_code == 302
    client.post(f"/admin/snippets/contests/entrant/delete/{entrant.pk}/")
    assert Entrant.objects.filter(pk=entrant.pk).exists()


def test_another_units_entrant_is_a_404(client, organizer, contest):
    client.force_login(organizer)
    assert client.get(f"/admin/snippets/contests/entrant/edit/{EntrantFactory().pk}/").status_code == 404
