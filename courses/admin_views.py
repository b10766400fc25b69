"""Admin view: import a Word file as a draft lesson of a course."""

import io
from pathlib import Path

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.files.images import ImageFile
from django.db import transaction
from django.shortcuts import redirect
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.images import get_image_model

from common.text import fold

from .docx_import import DocxImportError, Picture, convert
from .models import CoursePage, LessonPage

MAX_DOCX_BYTES = 20 * 1024 * 1024


class DocxImportForm(forms.Form):
    course = forms.ModelChoiceField(queryset=CoursePage.objects.none(), label=gettext_lazy("Course"))
    file = forms.FileField(label=gettext_lazy("Word file (.docx)"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.filter(
            pk__in=[
                course.pk
                for course in CoursePage.objects.all()
                if course.permissions_for_user(user).can_add_subpage()
            ]
        ).order_by("title")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_DOCX_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        return upload


class ImportDocxLessonView(WagtailAdminTemplateMixin, FormView):
    page_title = gettext_lazy("Import a lesson from Word")
    header_icon = "upload"
    template_name = "courses/admin/import_docx.html"
    form_class = DocxImportForm

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not form.fields["course"].queryset.exists():
            raise PermissionDenied
        return form

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            converted = convert(upload, fallback_title=Path(upload.name).stem)
        except DocxImportError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        lesson, warnings = create_draft_lesson(form.cleaned_data["course"], converted, self.request.user)
        messages.success(
            self.request, _("“%(title)s” was imported as a draft lesson.") % {"title": lesson.title}
        )
        for warning in warnings:
            messages.warning(self.request, warning)
        return redirect("wagtailadmin_pages:edit", lesson.pk)


@transaction.atomic
def create_draft_lesson(course, converted, user):
    """Store the pictures and a draft LessonPage at the end of ``course``; nothing is published."""
    warnings = list(converted.warnings)
    body = []
    for block_type, value in converted.blocks:
        if isinstance(value, Picture):
            value = {"image": _store_picture(value, converted.title, user), "caption": ""}
        body.append((block_type, value))
    lesson = LessonPage(
        title=converted.title, slug=_unique_slug(course, converted.title), body=body, live=False, owner=user
    )
    course.add_child(instance=lesson)
    lesson.save_revision(user=user, log_action=True)
    return lesson, warnings


def _store_picture(picture, lesson_title, user):
    """A picture that conversion checked (``docx_import.image_problem``) as a Wagtail image."""
    image = get_image_model()(title=f"{lesson_title} – {picture.filename}", uploaded_by_user=user)
    image.file = ImageFile(io.BytesIO(picture.blob), name=picture.filename)
    image.save()
    return image


def _unique_slug(course, title):
    base = slugify(fold(title))[:200] or "bai-hoc"
    taken = set(LessonPage.objects.child_of(course).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
