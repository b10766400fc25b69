"""The questions of a finished attempt as its review shows them (a quiz attempt's or a contest entry's)."""

from courses.models import LessonPage

from .versions import passage_url


def review_slots(slots):
    """``slots`` with, on each, whether it was right, and the lesson and passage stating its answer.

    The lessons are read in one query; the question's text, options and explanation are the version
    drawn (the slot's snapshot).
    """
    slots = list(slots)
    lessons = LessonPage.objects.in_bulk({slot.version.lesson_id for slot in slots} - {None})
    for slot in slots:
        slot.is_right = slot.fraction == 1
        slot.lesson = lessons.get(slot.version.lesson_id)
        if slot.lesson is not None:
            slot.passage_url = passage_url(slot.lesson, slot.version.passage)
    return slots
