from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .forms import QuestionForm
from .models import Question, QuestionCategory, Quiz


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["__str__", "kind", "category", "difficulty", "lesson"]
    list_filter = ["course", "category", "kind", "difficulty"]
    list_select_related = ["category", "lesson"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("course"), FieldPanel("category")]),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("difficulty")]),
            FieldPanel("text"),
            InlinePanel("options", label=_("Options"), min_num=2),
            FieldPanel("explanation"),
            MultiFieldPanel(
                [FieldPanel("lesson"), FieldPanel("passage")], heading=_("Where the answer is stated")
            ),
        ],
        base_form_class=QuestionForm,
    )


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder"
    menu_label = _("Categories")
    list_display = ["name", "course"]
    list_filter = ["course"]


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quiz settings")
    list_display = ["title", "course", "pass_mark", "time_limit_minutes", "attempts_allowed"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("course"), FieldPanel("title")]),
            FieldRowPanel(
                [FieldPanel("pass_mark"), FieldPanel("time_limit_minutes"), FieldPanel("attempts_allowed")]
            ),
            FieldPanel("grading"),
            MultiFieldPanel(
                [
                    FieldPanel("questions_drawn"),
                    FieldPanel("draw_per_category"),
                    FieldPanel("shuffle_questions"),
                    FieldPanel("shuffle_options"),
                ],
                heading=_("Drawing the questions"),
            ),
            FieldPanel("review"),
            FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Open")),
        ]
    )


class QuestionBankViewSetGroup(SnippetViewSetGroup):
    items = (QuestionViewSet, QuestionCategoryViewSet, QuizViewSet)
    menu_icon = "help"
    menu_label = _("Question bank")
    menu_order = 210


register_snippet(QuestionBankViewSetGroup)
