"""Lessons go through the "Duyệt bài giảng" workflow: trainers submit, organizers approve and publish."""

import pytest
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from tests.factories import CoursePageFactory, OrganizerFactory, TrainerFactory

pytestmark = pytest.mark.django_db


def lesson_form(title, action):
    return nested_form_data(
        {
            "title": title,
            "slug": "bai-moi",
            "intro": "",
            "objectives": "",
            "body": streamfield(
                [("paragraph", rich_text("<p>Dân vận khéo thì việc gì cũng thành công.</p>"))]
            ),
        }
    ) | {action: "1"}


@pytest.fixture
def course():
    return CoursePageFactory()


def test_a_trainer_cannot_publish_a_lesson(client, course):
    client.force_login(TrainerFactory())

    client.post(f"/admin/pages/add/courses/lessonpage/{course.pk}/", lesson_form("Bài mới", "action-publish"))

    lesson = LessonPage.objects.get(slug="bai-moi")
    assert not lesson.live


def test_a_trainer_submits_and_an_organizer_approves_and_publishes(client, course):
    client.force_login(TrainerFactory())
    client.post(f"/admin/pages/add/courses/lessonpage/{course.pk}/", lesson_form("Bài mới", "action-submit"))
    lesson = LessonPage.objects.get(slug="bai-moi")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(lesson.pk))
    assert state.workflow.name == "Duyệt bài giảng"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not lesson.live

    client.force_login(OrganizerFactory())
    response = client.post(
        f"/admin/pages/workflow/action/{lesson.pk}/approve/{state.current_task_state.pk}/", {"comment": "Đạt"}
    )

    assert (response.status_code, response["Location"]) == (302, f"/admin/pages/{lesson.pk}/edit/")
    lesson.refresh_from_db()
    assert lesson.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_only_organizers_may_approve(course):
    trainer, organizer = TrainerFactory(), OrganizerFactory()
    lesson = course.add_child(
        instance=LessonPage(title="Bài chờ duyệt", slug="cho-duyet", body=[], live=False)
    )
    lesson.save_revision(user=trainer)
    state = lesson.get_workflow().start(lesson, trainer)
    task = state.current_task_state.task.specific

    assert "approve" in {name for name, *_ in task.get_actions(lesson, organizer)}
    assert task.get_actions(lesson, trainer) == []
