"""The entrant's pages: start, the entry with its prediction, the autosave, the result, and the public
contest page, which never shows nor lets anyone derive the all-correct count before the round closes."""

import datetime
import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from contests.entries import finish_entry, start_entry
from contests.models import Entry
from tests.contests.factories import EntrantFactory, RoundFactory, contest_page
from tests.factories import LessonPageFactory, TraineeFactory, paragraphs

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def round():
    round = RoundFactory(title="Tuần thi thứ nhất")
    lesson = LessonPageFactory(parent=round.course, title="Bài đọc thêm", body=paragraphs("Đúng là A."))
    for question in round.course.questions.all():
        question.lesson, question.passage = lesson, lesson.body[0].id
        question.save()
    contest_page(round.contest, lessons=[lesson])
    return round


@pytest.fixture
def entrant(client, round):
    entrant = EntrantFactory(contest=round.contest)
    client.force_login(entrant.user)
    return entrant


def start(client, round):
    return client.post(f"/cuoc-thi/tuan-thi/{round.pk}/vao-thi/")


def answer_right(client, entry):
    for sequence, slot in enumerate(entry.slots.all(), start=1):
        right = next(option for option in slot.shown_options if option.weight > 0)
        response = client.post(
            f"/cuoc-thi/bai-thi/{entry.pk}/tra-loi/",
            json.dumps({"answers": [{"slot": slot.pk, "options": [right.pk], "sequence": sequence}]}),
            content_type="application/json",
        )
        assert response.json()["answers"][0]["saved"] is True


def test_starting_opens_the_entry_page_with_its_questions_and_the_prediction(client, round, entrant):
    response = start(client, round)

    entry = Entry.objects.get()
    assert response.url == f"/cuoc-thi/bai-thi/{entry.pk}/"
    page = client.get(response.url).content.decode()
    assert page.count('class="question"') == 3
    assert "Câu hỏi dự đoán" in page and str(round.prediction_question) in page
    assert f'data-save-url="/cuoc-thi/bai-thi/{entry.pk}/tra-loi/"' in page
    assert f'data-deadline-url="/cuoc-thi/bai-thi/{entry.pk}/han-nop/"' in page
    assert f'data-attempt="entry-{entry.pk}"' in page


def test_a_double_click_on_start_lands_on_the_same_entry(client, round, entrant):
    assert start(client, round).url == start(client, round).url
    assert Entry.objects.count() == 1


def test_someone_not_registered_is_sent_to_the_registration(client, round):
    client.force_login(TraineeFactory())

    response = start(client, round)

    assert response.status_code == 302
    assert response.url.endswith(f"/cuoc-thi/{round.contest.pk}/dang-ky/") or "dang-ky" in response.url
    assert not Entry.objects.exists()


def test_a_try_after_the_round_closed_is_refused_with_a_message(client, round, entrant):
    Entry.objects.all().delete()
    round.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    round.opens_at = round.closes_at - datetime.timedelta(days=7)
    round.save()

    response = start(client, round)

    assert response.url == round.contest.page.url
    assert "Tuần thi đã đóng" in client.get(response.url).content.decode()
    assert not Entry.objects.exists()


@pytest.mark.parametrize("typed", ["abc", "-3", "1.5"])
def test_a_bad_prediction_is_refused_on_the_page_and_nothing_is_stored(client, round, entrant, typed):
    start(client, round)
    entry = Entry.objects.get()

    response = client.post(f"/cuoc-thi/bai-thi/{entry.pk}/", {"action": "submit", "prediction": typed})

    assert response.status_code == 400
    page = response.content.decode()
    assert 'aria-invalid="true"' in page and f'value="{typed}"' in page
    assert re.search("số nguyên|số âm", page)
    entry.refresh_from_db()
    assert entry.is_open and entry.prediction is None and entry.score is None


def test_submitting_shows_the_score_time_and_prediction_but_no_answers_before_the_close(
    client, round, entrant
):
    start(client, round)
    entry = Entry.objects.get()
    answer_right(client, entry)

    response = client.post(f"/cuoc-thi/bai-thi/{entry.pk}/", {"action": "submit", "prediction": "1200"})

    assert response.url == f"/cuoc-thi/bai-thi/{entry.pk}/ket-qua/"
    page = client.get(response.url).content.decode()
    assert "100%" in page and "1200" in page and "Thời gian làm bài" in page
    assert "Đáp án và giải thích được hiển thị sau khi tuần thi kết thúc" in page
    assert "Vì bài học nói vậy." not in page and "Bài đọc thêm" not in page


def test_after_the_close_the_result_shows_the_right_answers_explanations_and_lessons(client, round, entrant):
    start(client, round)
    entry = finish_entry(Entry.objects.get(), prediction=3)
    round.closed_at = timezone.now()
    round.save()

    page = client.get(f"/cuoc-thi/bai-thi/{entry.pk}/ket-qua/").content.decode()

    assert page.count("Vì bài học nói vậy.") == 3
    assert "Đọc đoạn nêu đáp án trong bài “Bài đọc thêm”" in page
    assert "Tài liệu tham khảo" in page


def test_a_submitted_entry_takes_no_more_answers_and_its_page_shows_the_result(client, round, entrant):
    start(client, round)
    entry = finish_entry(Entry.objects.get(), prediction=3)
    slot = entry.slots.first()

    late = client.post(
        f"/cuoc-thi/bai-thi/{entry.pk}/tra-loi/",
        json.dumps({"answers": [{"slot": slot.pk, "options": slot.option_order[:1], "sequence": 9}]}),
        content_type="application/json",
    )

    assert late.status_code == 409 and late.json()["reason"] == "finished"
    assert client.get(f"/cuoc-thi/bai-thi/{entry.pk}/").url.endswith("/ket-qua/")


def test_an_entry_past_its_deadline_is_finished_when_its_page_is_opened(client, round, entrant, settings):
    start(client, round)
    entry = Entry.objects.get()
    Entry.objects.filter(pk=entry.pk).update(
        started_at=timezone.now() - datetime.timedelta(hours=1),
        deadline=timezone.now() - datetime.timedelta(minutes=30),
    )

    response = client.get(f"/cuoc-thi/bai-thi/{entry.pk}/")

    entry.refresh_from_db()
    assert response.url.endswith("/ket-qua/") and entry.ending == Entry.Ending.TIMED_OUT


def test_someone_elses_entry_is_a_404_on_every_page(client, round, entrant):
    other = start_entry(EntrantFactory(contest=round.contest), round)
    slot = other.slots.first()

    for url in ("", "ket-qua/", "han-nop/"):
        assert client.get(f"/cuoc-thi/bai-thi/{other.pk}/{url}").status_code == 404
    response = client.post(
        f"/cuoc-thi/bai-thi/{other.pk}/tra-loi/",
        json.dumps({"answers": [{"slot": slot.pk, "options": slot.option_order[:1], "sequence": 1}]}),
        content_type="application/json",
    )
    assert response.status_code == 404


def test_an_autosave_costs_three_queries_as_the_quizs(client, round, entrant, django_assert_num_queries):
    """The user, the slot with its entry, and the conditional UPDATE (the session is cached)."""
    start(client, round)
    entry = Entry.objects.get()
    slot = entry.slots.first()

    with django_assert_num_queries(3):
        response = client.post(
            f"/cuoc-thi/bai-thi/{entry.pk}/tra-loi/",
            json.dumps({"answers": [{"slot": slot.pk, "options": slot.option_order[:1], "sequence": 1}]}),
            content_type="application/json",
        )

    assert response.json()["answers"][0]["saved"] is True


def test_the_contest_page_shows_the_rules_references_rounds_and_live_counts(client, round):
    closed = RoundFactory(
        contest=round.contest,
        title="Tuần thi thử",
        opens_at=timezone.now() - datetime.timedelta(days=14),
        closes_at=timezone.now() - datetime.timedelta(days=7),
    )
    upcoming = RoundFactory(
        contest=round.contest,
        title="Tuần thi thứ hai",
        opens_at=timezone.now() + datetime.timedelta(days=7),
        closes_at=timezone.now() + datetime.timedelta(days=14),
    )
    for _ in range(3):
        finish_entry(start_entry(EntrantFactory(contest=round.contest), round), prediction=1)

    page = client.get(round.contest.page.url).content.decode()

    assert "Thể lệ" in page and "Mỗi người dự thi được làm bài một lần mỗi tuần." in page
    assert "Tài liệu tham khảo" in page and "Bài đọc thêm" in page
    assert "Đang mở" in page and "Đã đóng" in page and "Sắp mở" in page
    assert closed.title in page and upcoming.title in page
    assert re.search(r'live-counts__entrants">3<', page) and re.search(r'live-counts__entries">3<', page)
    assert "Đăng ký dự thi" in page


def test_the_live_counts_are_cached_briefly(client, round):
    url = round.contest.page.url
    client.get(url)
    finish_entry(start_entry(EntrantFactory(contest=round.contest), round), prediction=1)

    page = client.get(url).content.decode()

    assert 'live-counts__entries">0<' in page


def test_the_contest_page_never_shows_the_all_correct_count_before_the_close(client, round, entrant):
    right, wrong = (EntrantFactory(contest=round.contest) for _ in range(2))
    for person, score in ((right, 100), (wrong, 0)):
        entry = start_entry(person, round)
        Entry.objects.filter(pk=entry.pk).update(finished_at=timezone.now(), score=score, prediction=1)
    round.all_correct_count = 7919  # as if computed: it must still appear nowhere before the close
    round.save()

    page = client.get(round.contest.page.url).content.decode()

    assert "7919" not in page
    assert "100%" not in page and "điểm tuyệt đối" not in page.lower()
    counts = re.findall(r'live-counts__\w+">(\d+)<', page)
    assert counts == ["2", "2"]  # entrants and entries: nothing per score


def test_a_registered_entrant_sees_the_start_button_then_continue_then_tries_used(client, round, entrant):
    url = round.contest.page.url
    assert "Vào thi" in client.get(url).content.decode()

    start(client, round)
    assert "Tiếp tục làm bài" in client.get(url).content.decode()

    finish_entry(Entry.objects.get(), prediction=2)
    page = client.get(url).content.decode()
    assert "Bạn đã dùng hết số lượt dự thi của tuần này." in page
    assert "Tuần thi thứ nhất, lượt 1" in page


def test_a_visitor_not_signed_in_is_offered_registration_and_sign_in(client, round):
    page = client.get(round.contest.page.url).content.decode()

    assert "Đăng ký dự thi" in page and "Đăng nhập" in page
    assert "Vào thi" not in page


def test_the_contest_page_renders_in_the_admin_preview(round):
    page = round.contest.page

    response = page.make_preview_request()

    assert response.status_code == 200
    assert "Thể lệ" in response.content.decode()


def test_while_tries_pour_in_the_contest_page_reads_no_entry_between_two_counts(client, round, entrant):
    """Within the counts' few seconds in the cache, a view of the page reads no entries: its queries are
    the page's, the visitor's and their own entries'."""
    url = round.contest.page.url
    client.get(url)
    for _ in range(5):
        finish_entry(start_entry(EntrantFactory(contest=round.contest), round), prediction=1)

    with CaptureQueriesContext(connection) as queries:
        client.get(url)

    assert not [query for query in queries if "COUNT(" in query["sql"] and "contests_entry" in query["sql"]]


def test_the_entry_page_costs_two_queries_besides_the_page(client, round, entrant, django_assert_num_queries):
    """The entry with its round and contest, and its slots with their questions, as the quiz's (on a
    reload: the header's administration link is cached by the first view)."""
    start(client, round)
    entry = Entry.objects.get()
    client.get(f"/cuoc-thi/bai-thi/{entry.pk}/")

    with django_assert_num_queries(1 + 2):
        response = client.get(f"/cuoc-thi/bai-thi/{entry.pk}/")

    assert response.status_code == 200


def test_the_reference_lessons_are_readable_by_entrants_and_the_public(client, round, entrant):
    lesson = round.contest.page.reference_lessons.get().lesson

    assert client.get(lesson.url).status_code == 200
    client.logout()
    assert client.get(lesson.url).status_code == 200


def test_a_lesson_of_the_course_not_given_as_reference_stays_locked_and_unlinked(client, round, entrant):
    hidden = LessonPageFactory(parent=round.course, title="Bài chỉ dành cho học viên")
    round.course.questions.update(lesson=hidden)
    start(client, round)
    entry = finish_entry(Entry.objects.get(), prediction=3)
    round.closed_at = timezone.now()
    round.save()

    page = client.get(f"/cuoc-thi/bai-thi/{entry.pk}/ket-qua/").content.decode()

    assert client.get(hidden.url).status_code == 403
    assert "Bài chỉ dành cho học viên" not in page and page.count("Vì bài học nói vậy.") == 3
