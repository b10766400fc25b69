from django import forms
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import CoursePage, LessonPage

from . import rules

EXCERPT_WORDS = 14


class QuestionForm(WagtailAdminModelForm):
    """A question is saved only with options that follow ``quizzes.rules``, and a lesson of its own course.

    The passage is chosen from the lessons' passages, each shown by its first words, grouped by lesson;
    choosing one is enough, its lesson is filled in.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lesson_of_passage, choices = passage_choices(self.initial.get("passage"))
        field = self.fields["passage"]
        field.widget = forms.Select(choices=choices)
        field.help_text = _("The passage that states the answer; its lesson is filled in when left empty.")

    def clean(self):
        cleaned = super().clean()
        options = self.formsets.get("options")
        if options is not None and options.is_valid():
            weights = [
                form.cleaned_data["weight"]
                for form in options.forms
                if form.cleaned_data and not form.cleaned_data.get("DELETE")
            ]
            for problem in rules.problems_with(cleaned.get("kind"), weights):
                self.add_error(None, problem)
        passage, lesson = cleaned.get("passage"), cleaned.get("lesson")
        if passage:
            passage_lesson = self.lesson_of_passage.get(passage)
            if passage_lesson is None:
                self.add_error("passage", _("The lesson has no passage with this id."))
            elif lesson is None:
                cleaned["lesson"] = lesson = passage_lesson
            elif lesson.pk != passage_lesson.pk:
                self.add_error(
                    "passage",
                    _("This passage is in another lesson: “%(title)s”.") % {"title": passage_lesson.title},
                )
        course = cleaned.get("course")
        if course and lesson and not lesson.path.startswith(course.path):
            self.add_error("lesson", _("This lesson belongs to another course."))
        return cleaned


def passage_choices(current=None):
    """({passage id: its lesson}, choices grouped under "Course › Lesson", each passage shown by its number
    and first words). A ``current`` id that no lesson holds any more stays listed, so that the form says so
    instead of dropping it."""
    courses = dict(CoursePage.objects.values_list("path", "title"))
    lesson_of_passage, groups = {}, []
    for lesson in LessonPage.objects.order_by("path").only("title", "path", "depth", "body"):
        options = []
        for number, block in enumerate(lesson.body, start=1):
            lesson_of_passage[block.id] = lesson
            text = " ".join(block.block.get_searchable_content(block.value)).strip()
            excerpt = Truncator(text).words(EXCERPT_WORDS) if text else ""
            label = f"§{number} {block.block.label}" + (f": {excerpt}" if excerpt else "")
            options.append((block.id, label))
        course = courses.get(lesson.path[: -lesson.steplen], "")
        groups.append((f"{course} › {lesson.title}" if course else lesson.title, options))
    missing = [(current, _("A passage no longer in its lesson (%(id)s)") % {"id": current})]
    return lesson_of_passage, [
        ("", "---------"),
        *(missing if current and current not in lesson_of_passage else []),
        *groups,
    ]
