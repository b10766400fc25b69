"""The demo contest that `load_demo` adds, once."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from contests import demo
from contests.models import Contest, ContestPage, ContestUnit, Entrant, Entry, EntryQuestion, Round

pytestmark = pytest.mark.django_db


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_adds_the_contest_with_its_page_units_and_two_rounds():
    output = load_demo()

    contest = Contest.objects.get(name="Cuộc thi trực tuyến tìm hiểu công tác dân vận")
    assert contest.organizing_unit.name == "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi"
    assert contest.organizing_unit.organizers.filter(username="bantochuc").exists()
    assert contest.page.live and "Cách xếp giải" in contest.page.rules
    assert contest.page.reference_lessons.count() >= 4
    assert [unit.name for unit in contest.units.all()][:2] == [
        "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi",
        "Sở Y tế tỉnh Quảng Ngãi",
    ]
    closed, current = contest.rounds.all()
    now = timezone.now()
    assert closed.closes_at < now and current.is_open(now)
    assert closed.course.questions.filter(pk__in=EntryQuestion.objects.values("question")).exists()
    assert "0905123456" in output and "thisinh" in output


def test_the_closed_round_has_a_dozen_entrants_finished_entries_with_predictions():
    load_demo()
    closed = Round.objects.get(title="Tuần thi thứ nhất")

    entries = Entry.objects.filter(round=closed)
    assert Entrant.objects.filter(contest=closed.contest).count() == 12
    assert not entries.filter(finished_at__isnull=True).exists()
    assert not entries.filter(prediction__isnull=True).exists()
    scores = set(entries.values_list("score", flat=True))
    assert 100 in scores and len(scores) > 3  # some with every answer right, and a spread
    entry = entries.filter(score=100).first()
    assert entry.slots.count() == closed.questions_drawn
    assert all(slot.fraction == 1 for slot in entry.slots.all())
    assert not Entry.objects.filter(round__title="Tuần thi thứ hai").exists()


def test_a_second_run_creates_nothing_twice():
    load_demo()
    counts = [model.objects.count() for model in (Contest, ContestPage, ContestUnit, Round, Entrant, Entry)]

    output = load_demo()

    assert [
        model.objects.count() for model in (Contest, ContestPage, ContestUnit, Round, Entrant, Entry)
    ] == counts
    assert "nothing changed" in output
    assert demo.ENTRANT_PHONE in output
