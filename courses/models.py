import math

from django.apps import apps
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Substr
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from common.text import fold

from .blocks import LessonStreamBlock
from .document_codes import KIND_CHOICES, find_document_codes
from .panels import UnrecognisedCodesPanel
from .text import stream_text, word_count

# Words per minute for reading a lesson carefully, as a trainee does to pass a quiz.
READING_SPEED = 180


class HomePage(Page):
    """The site root: what the platform is, and the way in for each role."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "contests.ContestPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = CourseIndexPage.objects.child_of(self).live().first()
        return context


class CourseIndexPage(Page):
    """The catalogue of courses."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]
    page_description = _("The catalogue: lists the published courses.")

    class Meta:
        verbose_name = _("course catalogue")

    def courses(self):
        return CoursePage.objects.child_of(self).live().select_related("cover_image").order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = self.courses()
        return context


class ObjectivesMixin:
    """A page whose ``objectives`` field holds one learning objective per line."""

    @property
    def objective_list(self):
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]


class CoursePage(ObjectivesMixin, Page):
    summary = models.TextField(_("summary"))
    objectives = models.TextField(_("learning objectives"), help_text=_("One objective per line."))
    audience = models.CharField(_("audience"), max_length=255, help_text=_("Who the course is for."))
    duration_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("duration_minutes")], heading=_("Audience and duration")
        ),
        FieldPanel("cover_image"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("search_text"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    page_description = _("A course: its lessons are its child pages, in the order of the page tree.")

    class Meta:
        verbose_name = _("course")

    def lessons(self):
        return LessonPage.objects.child_of(self).live().order_by("path")

    def search_text(self):
        return fold(f"{self.title} {self.summary} {self.objectives} {self.audience}")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = list(
            self.lessons().only("id", "title", "slug", "path", "url_path", "reading_minutes", "intro")
        )
        return context


class LessonPage(ObjectivesMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    objectives = models.TextField(_("objectives"), blank=True, help_text=_("One objective per line."))
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))
    reading_minutes = models.PositiveSmallIntegerField(_("reading time (minutes)"), default=1, editable=False)
    cited_documents = ParentalManyToManyField(
        "courses.ReferenceDocument", verbose_name=_("cited documents"), blank=True, related_name="lessons"
    )
    unrecognised_codes = models.JSONField(
        _("document codes not in the register"), default=list, blank=True, editable=False
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("objectives"),
        UnrecognisedCodesPanel(),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("search_text"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []
    page_description = _("A lesson of a course: text, quotations, key points and the documents it cites.")

    class Meta:
        verbose_name = _("lesson")

    @cached_property
    def full_text(self):
        return f"{self.title} {self.intro} {self.objectives} {stream_text(self.body)}"

    def search_text(self):
        return fold(self.full_text)

    def clean(self):
        super().clean()
        self.reading_minutes = max(1, math.ceil(word_count(self.full_text) / READING_SPEED))
        self.link_cited_documents()

    def link_cited_documents(self):
        """Link every document the lesson cites, by citation block or by a code written in its text.

        A code written in the text links its entry when the register has exactly one with that code;
        when several bodies issued that code, the one chosen in a citation block is meant. Codes
        with no (or no unambiguous) register entry are kept in ``unrecognised_codes`` and shown to
        the trainer.
        """
        self.__dict__.pop("full_text", None)
        chosen = {
            block.value["document"].pk: block.value["document"]
            for block in self.body
            if block.block_type == "document_citation" and block.value["document"]
        }
        codes = list(dict.fromkeys(reference.code for reference in find_document_codes(self.full_text)))
        entries_by_code = {}
        for document in ReferenceDocument.objects.filter(code__in=codes):
            entries_by_code.setdefault(document.code, []).append(document)
        linked, unrecognised = dict(chosen), []
        for code in codes:
            entries = entries_by_code.get(code, [])
            if len(entries) == 1:
                linked[entries[0].pk] = entries[0]
            elif not any(entry.pk in chosen for entry in entries):
                unrecognised.append(code)
        self.cited_documents = list(linked.values())
        self.unrecognised_codes = unrecognised

    def register_addresses(self):
        """{code: register page} for the codes in this lesson's text, from one query: each code of a
        document it cites, unless it cites two documents with that code."""
        by_code = {}
        for document in self.cited_documents.all():
            by_code.setdefault(document.code, []).append(document)
        return {code: found[0].get_absolute_url() for code, found in by_code.items() if len(found) == 1}

    def can_be_read_by(self, user):
        return LessonPage.readable_by(user).filter(pk=self.pk).exists()

    @classmethod
    def readable_by(cls, user):
        """The lessons ``user`` may read: those of the courses of their classes, or all of them for
        the people who work in the admin; and, for anyone, the reference material of a published
        contest page (its entrants are the public). Search and document downloads follow the same rule."""
        ReferenceLesson = apps.get_model("contests", "ReferenceLesson")
        referenced = Q(pk__in=ReferenceLesson.objects.filter(page__live=True).values("lesson_id"))
        if not user.is_authenticated:
            return cls.objects.filter(referenced)
        if user.has_perm("wagtailadmin.access_admin"):
            return cls.objects.all()
        Enrollment = apps.get_model("training", "Enrollment")
        course_paths = Enrollment.objects.filter(trainee=user).values("training_class__course__path")
        # A lesson's course is its parent: its tree path minus one step.
        return cls.objects.annotate(course_path=Substr("path", 1, (F("depth") - 1) * cls.steplen)).filter(
            Q(course_path__in=course_paths) | referenced
        )

    def enrollments_of(self, user):
        """The user's enrolments in the classes of this lesson's course."""
        Enrollment = apps.get_model("training", "Enrollment")
        return Enrollment.objects.filter(
            trainee=user, training_class__course__path=self.path[: -self.steplen]
        )

    def serve(self, request, *args, **kwargs):
        if not self.can_be_read_by(request.user):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            context = {"page": self, "course": self.get_parent()}
            return TemplateResponse(request, "courses/lesson_locked.html", context, status=403)
        return super().serve(request, *args, **kwargs)

    def siblings_in_order(self):
        """The course's published lessons, lightly loaded: for "Bài n / m" and previous/next."""
        return list(
            LessonPage.objects.sibling_of(self)
            .live()
            .only("id", "title", "url_path", "path")
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lessons = self.siblings_in_order()
        position = next((i for i, lesson in enumerate(lessons) if lesson.pk == self.pk), None)
        context.update(
            lessons=lessons,
            position=None if position is None else position + 1,
            previous_lesson=lessons[position - 1] if position else None,
            next_lesson=lessons[position + 1]
            if position is not None and position + 1 < len(lessons)
            else None,
            course=self.get_parent(),
            register_addresses=self.register_addresses(),
        )
        if request.user.is_authenticated and self.pk:
            enrolled = self.enrollments_of(request.user)
            context["enrolled"] = enrolled.exists()
            context["is_done"] = enrolled.filter(lesson_completions__lesson_id=self.pk).exists()
        return context

    def passage_url(self, block_id):
        return f"{self.url}#doan-{block_id}"


class ReferenceDocument(index.Indexed, ClusterableModel):
    """An entry of the register of documents (Văn bản): a directive, resolution, conclusion, decision …

    The same code is issued by different bodies (every provincial Party committee has its own
    "03-CT/TU"), so a code is unique only together with its issuing body.
    """

    code = models.CharField(
        _("code"), max_length=64, help_text=_("As written on the document, e.g. 114-KL/TW, 16/CT-TTg.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES)
    date = models.DateField(_("date issued"), null=True, blank=True)
    issuer = models.CharField(
        _("issuing body"),
        max_length=255,
        blank=True,
        help_text=_(
            "As the source names it, even if the body has since been renamed; empty when it names none."
        ),
    )
    title = models.CharField(_("title"), max_length=500, blank=True)

    panels = [
        FieldPanel("code"),
        FieldPanel("kind"),
        FieldPanel("date"),
        FieldPanel("issuer"),
        FieldPanel("title"),
    ]
    search_fields = [
        index.SearchField("code"),
        index.SearchField("title"),
        index.SearchField("issuer"),
        index.AutocompleteField("code"),
    ]

    class Meta:
        verbose_name = _("reference document")
        verbose_name_plural = _("register of documents")
        ordering = ["-date", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "issuer"], name="unique_document_code_per_issuer")
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.code}"

    def get_absolute_url(self):
        return reverse("reference_document", args=[self.pk])
