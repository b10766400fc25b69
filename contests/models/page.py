"""A contest's public page: its rules and the lessons it draws on, with the contest's rounds, live
counts and results (``contests.public``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from ..public import contest_context
from .contest import Contest


class ContestPage(Page):
    """The contest's public page: its rules (Thể lệ) and reference lessons; the contest's rounds, live
    counts and results are shown on it from the ``Contest`` it belongs to."""

    introduction = models.TextField(_("introduction"), blank=True)
    rules = RichTextField(_("rules"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])

    parent_page_types = ["courses.HomePage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("rules"),
        InlinePanel("reference_lessons", label=_("Reference lessons")),
    ]

    class Meta:
        verbose_name = _("contest page")
        verbose_name_plural = _("contest pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        contest = Contest.objects.filter(page=self).first() if self.pk else None
        if contest is not None:
            context.update(contest_context(contest, request.user))
        context["references"] = [
            reference.lesson for reference in self.reference_lessons.select_related("lesson")
        ]
        return context


class ReferenceLesson(Orderable):
    """A lesson of a course offered as reference material (Tài liệu tham khảo) on a contest page."""

    page = ParentalKey(ContestPage, on_delete=models.CASCADE, related_name="reference_lessons")
    lesson = models.ForeignKey(
        "courses.LessonPage", verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta(Orderable.Meta):
        verbose_name = _("reference lesson")
        verbose_name_plural = _("reference lessons")
