"""Trainers keep the bank in the admin; a malformed question cannot be saved; organizers only look."""

import pytest
from wagtail.test.utils.form_data import rich_text

from quizzes.models import Question
from tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    OrganizerFactory,
    TraineeFactory,
    TrainerFactory,
)

pytestmark = pytest.mark.django_db

ADD = "/admin/snippets/quizzes/question/add/"


def question_form(course, weights, kind="single", lesson=None):
    data = {
        "course": course.pk,
        "category": "",
        "kind": kind,
        "difficulty": "easy",
        "text": rich_text("<p>Chỉ thị 16/CT-TTg ban hành ngày nào?</p>"),
        "explanation": rich_text("<p>Xem bài 1.</p>"),
        "lesson": lesson.pk if lesson else "",
        "passage": "",
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


def test_organizers_see_the_bank_but_cannot_change_it(client):
    client.force_login(OrganizerFactory())

    assert client.get("/admin/snippets/quizzes/question/").status_code == 200
    assert client.get(ADD).status_code in (302, 403)


def test_trainees_cannot_see_the_bank(client):
    client.force_login(TraineeFactory())

    assert client.get("/admin/snippets/quizzes/question/").status_code == 302
