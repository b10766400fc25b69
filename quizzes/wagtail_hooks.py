from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.widgets import Button, HeaderButton, ListingButton
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet, SnippetViewSetGroup

from . import admin_views, allowance_views, allowances, regrading
from .forms import QuestionForm
from .models import Question, QuestionCategory, Quiz


class QuestionIndexView(IndexView):
    """The question listing, with import and export in its header."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm(admin_views.ADD):
            buttons.append(
                HeaderButton(
                    _("Import"), url=reverse("quizzes_import_questions"), icon_name="upload", priority=1010
                )
            )
        return buttons

    @cached_property
    def header_more_buttons(self):
        return list(super().header_more_buttons) + [
            Button(_("Export questions"), url=reverse("quizzes_export_questions"), icon_name="download"),
            Button(
                _("Download the Excel template"),
                url=reverse("quizzes_question_template"),
                icon_name="doc-full",
            ),
        ]


class QuestionEditView(EditView):
    """The question editor, with the way to regrade past attempts once a wrong key is fixed."""

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.request.user.has_perm(admin_views.CHANGE):
            buttons.append(
                Button(
                    _("Regrade past attempts"),
                    url=reverse("quizzes_regrade_question", args=[self.object.pk]),
                    icon_name="resubmit",
                    priority=40,
                )
            )
        return buttons


class QuestionViewSet(SnippetViewSet):
    model = Question
    index_view_class = QuestionIndexView
    edit_view_class = QuestionEditView
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
    submenu_hook = "register_question_bank_menu_item"


register_snippet(QuestionBankViewSetGroup)


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_question_bank_menu_item")
def import_menu_item():
    return PermissionMenuItem(
        _("Import questions"),
        reverse("quizzes_import_questions"),
        icon_name="upload",
        order=10,
        permission=admin_views.ADD,
    )


@hooks.register("register_question_bank_menu_item")
def export_menu_item():
    return PermissionMenuItem(
        _("Export questions"),
        reverse("quizzes_export_questions"),
        icon_name="download",
        order=11,
        permission=admin_views.VIEW,
    )


@hooks.register("register_admin_urls")
def register_bank_urls():
    return [
        path(
            "question-bank/import/",
            admin_views.ImportQuestionsView.as_view(),
            name="quizzes_import_questions",
        ),
        path(
            "question-bank/export/",
            admin_views.ExportQuestionsView.as_view(),
            name="quizzes_export_questions",
        ),
        path(
            "question-bank/export/<int:pk>/<str:format>/",
            admin_views.export_bank_file,
            name="quizzes_export_bank",
        ),
        path("question-bank/template.xlsx", admin_views.template_file, name="quizzes_question_template"),
        path(
            "question-bank/questions/<int:pk>/regrade/",
            admin_views.RegradeQuestionView.as_view(),
            name="quizzes_regrade_question",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def regrade_button(snippet, user, next_url=None):
    if isinstance(snippet, Question) and user.has_perm(admin_views.CHANGE):
        yield ListingButton(
            _("Regrade past attempts"),
            reverse("quizzes_regrade_question", args=[snippet.pk]),
            icon_name="resubmit",
            priority=40,
        )


@hooks.register("register_log_actions")
def register_regrade_log_action(actions):
    @actions.register_action(regrading.ACTION)
    class RegradeFormatter(LogFormatter):
        label = _("Regrade past attempts")

        def format_message(self, log_entry):
            count = log_entry.data.get("results_changed", 0)
            return ngettext(
                "Regraded past attempts: %(count)s trainee's result changed",
                "Regraded past attempts: %(count)s trainees' results changed",
                count,
            ) % {"count": count}


@hooks.register("register_admin_urls")
def register_allowance_urls():
    return [
        path(
            "training/classes/<int:pk>/extra-time/",
            allowance_views.GrantAllowanceView.as_view(),
            name="quizzes_grant_allowance",
        )
    ]


@hooks.register("register_log_actions")
def register_allowance_log_action(actions):
    @actions.register_action(allowances.ACTION)
    class AllowanceFormatter(LogFormatter):
        label = _("Extra time")

        def format_message(self, log_entry):
            data = log_entry.data
            return _(
                "Extra time for %(trainees)s: × %(multiplier)s + %(minutes)s minutes, "
                "%(attempts)s extra attempts (%(reason)s)"
            ) % {
                "trainees": ", ".join(data.get("trainees", [])),
                "multiplier": data.get("time_multiplier"),
                "minutes": data.get("extra_minutes"),
                "attempts": data.get("extra_attempts"),
                "reason": data.get("reason"),
            }
