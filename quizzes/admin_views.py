"""Admin views of the question banks: import a file with a preview, export a bank, download the template.

Banks are kept under model permissions, as the question listing is: whoever may add questions
(trainers) keeps the bank of every course and may import; whoever may only view them (organizers)
may export and download the template.
"""

from pathlib import PurePath

from django import forms
from django.apps import apps
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from common.uploads import PreviewedImportMixin
from courses.models import CoursePage

from .exporting import EXPORT_FORMATS, export_bank, template
from .formats.parsed import ImportFileError
from .importing import MAX_FILE_BYTES, import_file
from .models import Question, QuestionImport
from .regrading import PlanChanged, plan, regrade

ADD, CHANGE, VIEW = "quizzes.add_question", "quizzes.change_question", "quizzes.view_question"
UPLOAD_EXTENSIONS = (".gift", ".txt", ".xlsx")
CONTENT_TYPES = {
    "gift": "text/plain; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def banks_user_may_edit(user):
    return CoursePage.objects.order_by("title") if user.has_perm(ADD) else CoursePage.objects.none()


def questions_url(course=None):
    url = reverse("wagtailsnippets_quizzes_question:list")
    return f"{url}?course={course.pk}" if course else url


class QuestionImportForm(forms.Form):
    course = forms.ModelChoiceField(queryset=CoursePage.objects.none(), label=gettext_lazy("Course"))
    file = forms.FileField(
        label=gettext_lazy("Question file"),
        help_text=gettext_lazy("GIFT (.gift, .txt), Aiken (.txt) or Excel (.xlsx), at most 5 MB."),
    )
    skip_invalid = forms.BooleanField(
        label=gettext_lazy("Import only the valid questions"),
        required=False,
        help_text=gettext_lazy(
            "Without this, a file with any error imports nothing, so that you can fix it and import it whole."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = banks_user_may_edit(user)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() not in UPLOAD_EXTENSIONS:
            raise forms.ValidationError(
                _(
                    "“%(name)s” is not a question file: choose a GIFT or Aiken file (.gift, .txt) or an Excel workbook (.xlsx)."
                )
                % {"name": upload.name}
            )
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s MB. Split the bank into smaller files.")
                % {"limit": MAX_FILE_BYTES // (1024 * 1024)}
            )
        return upload


class BankAdminView(WagtailAdminTemplateMixin, TemplateView):
    permission = VIEW

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": questions_url(), "label": _("Questions")},
            {"url": "", "label": self.get_page_title()},
        ]


class ImportQuestionsView(PreviewedImportMixin, BankAdminView):
    """A bank file into a course's bank; the preview lists what will be imported and every problem."""

    permission = ADD
    template_name = "quizzes/admin/import_questions.html"
    page_title = gettext_lazy("Import questions")
    header_icon = "upload"
    file_error = ImportFileError

    def upload_form(self, data=None, files=None):
        initial = {"course": self.request.GET.get("course")}
        return QuestionImportForm(data, files, user=self.request.user, initial=initial)

    def preview(self, form):
        course, upload = form.cleaned_data["course"], form.cleaned_data["file"]
        skip_invalid = form.cleaned_data["skip_invalid"]
        report = import_file(course, upload, upload.name, dry_run=True, skip_invalid=skip_invalid)
        pending = QuestionImport(user=self.request.user, course=course, skip_invalid=skip_invalid)
        pending.keep(upload, MAX_FILE_BYTES)
        return self.render_step("preview", report=report, pending=pending, listed=report.questions)

    def find(self, token):
        return QuestionImport.find(token, user=self.request.user)

    def apply(self, pending, data):
        skip_invalid = pending.skip_invalid or "skip_invalid" in self.request.POST
        report = import_file(pending.course, data, pending.file_name, skip_invalid=skip_invalid)
        QuestionImport.objects.filter(pk=pending.pk).update(imported=report.imported)
        return self.render_step(
            "done",
            report=report,
            pending=pending,
            listed=report.to_import,
            questions_url=questions_url(pending.course),
        )

    def refuse(self, pending):
        if pending is not None:
            pending.refresh_from_db()
        if pending is not None and pending.imported_at is not None and pending.imported is not None:
            error = _(
                "This import was already done: %(count)s question(s) were imported from “%(name)s”. Nothing more was written."
            ) % {"count": pending.imported, "name": pending.file_name}
        else:
            error = _("This preview has expired or is unknown: nothing was written. Upload the file again.")
        form = QuestionImportForm(
            user=self.request.user, initial={"course": pending.course_id if pending else None}
        )
        return self.render_step(
            "upload", form=form, error=error, questions_url=questions_url(pending.course if pending else None)
        )

    def render_step(self, step, **context):
        return self.render_to_response(
            self.get_context_data(step=step, template_url=reverse("quizzes_question_template"), **context)
        )


class ExportQuestionsView(BankAdminView):
    template_name = "quizzes/admin/export_questions.html"
    page_title = gettext_lazy("Export questions")
    header_icon = "download"

    def get_context_data(self, **kwargs):
        courses = CoursePage.objects.annotate(question_count=Count("questions")).order_by("title")
        return super().get_context_data(
            courses=courses,
            formats=EXPORT_FORMATS,
            template_url=reverse("quizzes_question_template"),
            may_import=self.request.user.has_perm(ADD),
            **kwargs,
        )


def _download(content, name, content_type):
    return HttpResponse(
        content,
        content_type=content_type,
        headers={"Content-Disposition": content_disposition_header(as_attachment=True, filename=name)},
    )


def export_bank_file(request, pk, format):
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    if format not in EXPORT_FORMATS:
        raise Http404
    content, name = export_bank(get_object_or_404(CoursePage, pk=pk), format)
    return _download(content, name, CONTENT_TYPES[format])


def template_file(request):
    """The Excel template; ``?course=<id>`` adds the list of that course's lessons and passages."""
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    course = (
        get_object_or_404(CoursePage, pk=request.GET["course"])
        if request.GET.get("course", "").isdigit()
        else None
    )
    content, name = template(course)
    return _download(content, name, CONTENT_TYPES["xlsx"])


class RegradeQuestionView(BankAdminView):
    """Regrade the past attempts of a question against its current key: a preview of whose results
    change (nothing written), then a confirmation that writes it once (see ``quizzes.regrading``).

    Regrading is for whoever keeps banks (trainers). Trainees of classes the user does not follow are
    counted, not named.
    """

    permission = CHANGE
    template_name = "quizzes/admin/regrade_question.html"
    header_icon = "resubmit"

    def dispatch(self, request, pk):
        self.question = get_object_or_404(Question, pk=pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Regrade a question")

    def get_page_subtitle(self):
        return str(self.question)

    def get(self, request, pk):
        return self.render_step("preview", plan(self.question))

    def post(self, request, pk):
        try:
            regraded = regrade(self.question, request.user, request.POST.get("fingerprint", ""))
        except PlanChanged:
            messages.error(
                request,
                _(
                    "The question or its attempts changed since the preview: nothing was written. Check the preview again."
                ),
            )
            return redirect("quizzes_regrade_question", pk)
        if not regraded:
            messages.info(
                request,
                _("Nothing to regrade: every attempt already uses the current key. Nothing was written."),
            )
            return redirect("quizzes_regrade_question", pk)
        messages.success(
            request,
            ngettext(
                "Regraded: %(count)s trainee's result changed.",
                "Regraded: %(count)s trainees' results changed.",
                len(regraded.changes),
            )
            % {"count": len(regraded.changes)},
        )
        return self.render_step("done", regraded)

    def render_step(self, step, regrade_plan):
        TrainingClass = apps.get_model("training", "TrainingClass")
        followed = set(TrainingClass.objects.visible_to(self.request.user).values_list("pk", flat=True))
        listed = [
            change for change in regrade_plan.changes if change.enrollment.training_class_id in followed
        ]
        return self.render_to_response(
            self.get_context_data(
                step=step,
                plan=regrade_plan,
                listed=listed,
                not_listed=len(regrade_plan.changes) - len(listed),
                current_key=[option for option in self.question.options.all() if option.weight > 0],
                edit_url=reverse("wagtailsnippets_quizzes_question:edit", args=[self.question.pk]),
            )
        )
