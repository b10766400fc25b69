from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import rules


class QuestionForm(WagtailAdminModelForm):
    """A question is saved only with options that follow ``quizzes.rules``, and a lesson of its own course."""

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
        course, lesson = cleaned.get("course"), cleaned.get("lesson")
        if course and lesson and not lesson.path.startswith(course.path):
            self.add_error("lesson", _("This lesson belongs to another course."))
        passage = cleaned.get("passage")
        if lesson and passage and passage not in {block.id for block in lesson.body}:
            self.add_error("passage", _("The lesson has no passage with this id."))
        return cleaned
