"""Trainers keep the bank in the admin; a malformed question cannot be saved; organizers only look."""

import pytest
from wagtail.test.utils.form_data import rich_text

from quizzes.bank import add_question
from quizzes.models import Question
from tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    OrganizerFactory,
    TraineeFactory,
    TrainerFactory,
    paragraphs,
)

pytestmark = pytest.mark.django_db

ADD = "/admin/snippets/quizzes/question/add/"


def question_form(course, weights, kind="single", lesson=None, passage=""):
    data = {
        "course": course.pk,
        "category": "",
        "kind": kind,
        "difficulty": "easy",
        "text": rich_text("<p>Chỉ thị 16/CT-TTg ban hành ngày nào?</p>"),
        "explanation": rich_text("<p>Xem bài 1.</p>"),
        "lesson": lesson.pk if lesson else "",
        "passage": passage,
        "options-TOTAL_FORMS": str(len(weights)),
        "options-INITIAL_FORMS": "0",
        "options-MIN_NUM_FORMS": "2",
        "options-MAX_NUM_FORMS": "1000",
    }
    for index, weight in enumerate(weights):
        data |= {
            f"options-{index}-text": f"Phương án {index + 1}",
            f"options-{index}-weight": str(weight),
            f"options-{index}-feedback": "",
            f"options-{index}-ORDER": str(index + 1),
            f"options-{index}-id": "",
            f"options-{index}-DELETE": "",
        }
    return data


def test_a_trainer_saves_a_well_formed_question_with_its_options(client):
    course = CoursePageFactory()
    client.force_login(TrainerFactory())

    response = client.post(ADD, question_form(course, [100, 0, 0]))

    assert response.status_code == 302
    assert list(Question.objects.get().options.values_list("weight", flat=True)) == [100, 0, 0]


@pytest.mark.parametrize(
    "weights, kind", [([100, 100, 0], "single"), ([0, 0], "single"), ([50, 40, -100], "multiple")]
)
def test_a_malformed_question_cannot_be_saved(client, weights, kind):
    course = CoursePageFactory()
    client.force_login(TrainerFactory())

    response = client.post(ADD, question_form(course, weights, kind))

    assert response.status_code == 200
    assert not Question.objects.exists()


def test_the_linked_lesson_must_belong_to_the_question_course(client):
    course, other = CoursePageFactory(), CoursePageFactory()
    client.force_login(TrainerFactory())

    client.post(ADD, question_form(course, [100, 0], lesson=LessonPageFactory(parent=other)))

    assert not Question.objects.exists()


def test_the_passage_is_chosen_by_its_first_words_under_its_lesson_which_it_fills_in(client):
    course = CoursePageFactory(title="Dân vận khéo")
    lesson = LessonPageFactory(
        parent=course, title="Bài 1", body=paragraphs("Ngày 16/5/2016, Thủ tướng ban hành Chỉ thị 16.")
    )
    [block] = lesson.body
    client.force_login(TrainerFactory())

    form = client.get(ADD).content.decode()
    assert '<optgroup label="Dân vận khéo › Bài 1">' in form
    assert (
        f'<option value="{block.id}">§1 Đoạn văn: Ngày 16/5/2016, Thủ tướng ban hành Chỉ thị 16.</option>'
        in form
    )

    response = client.post(ADD, question_form(course, [100, 0], passage=block.id))

    assert response.status_code == 302
    question = Question.objects.get()
    assert question.lesson_id == lesson.pk
    assert question.passage_url() == f"{lesson.url}#doan-{block.id}"


def test_a_passage_of_another_lesson_or_no_lesson_cannot_be_saved(client):
    course = CoursePageFactory()
    lesson, other = LessonPageFactory(parent=course), LessonPageFactory(parent=course, title="Bài khác")
    [other_block] = other.body
    client.force_login(TrainerFactory())

    elsewhere = client.post(ADD, question_form(course, [100, 0], lesson=lesson, passage=other_block.id))
    unknown = client.post(ADD, question_form(course, [100, 0], passage="khong-co"))

    assert "Đoạn này thuộc bài khác: “Bài khác”." in elsewhere.content.decode()
    assert "Bài học không có đoạn nào mang mã này." in unknown.content.decode()
    assert not Question.objects.exists()


def test_a_passage_removed_from_its_lesson_stays_shown_until_the_trainer_chooses_another(client):
    lesson = LessonPageFactory()
    question = add_question(
        lesson.get_parent().specific, kind="single", text="<p>Câu hỏi</p>", options=[("A", 100, ""), ("B", 0, "")],
        lesson=lesson, passage="da-xoa",
    )  # fmt: skip
    client.force_login(TrainerFactory())

    form = client.get(f"/admin/snippets/quizzes/question/edit/{question.pk}/").content.decode()

    assert '<option value="da-xoa" selected>Đoạn không còn trong bài (da-xoa)</option>' in form


def test_organizers_see_the_bank_but_cannot_change_it(client):
    client.force_login(OrganizerFactory())

    assert client.get("/admin/snippets/quizzes/question/").status_code == 200
    refused = client.get(ADD)
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")  # Wagtail: "permission denied"


def test_trainees_cannot_see_the_bank(client):
    client.force_login(TraineeFactory())

    assert client.get("/admin/snippets/quizzes/question/").status_code == 302
