"""Public views: the register of documents, and search."""

import re

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from wagtail.models import Page

from common.text import fold

from .models import CoursePage, LessonPage, ReferenceDocument

MAX_QUERY_LENGTH = 200
WORD = re.compile(r"\w+")


def document_register(request):
    documents = ReferenceDocument.objects.order_by("kind", "-date", "code")
    return render(request, "courses/document_register.html", {"documents": documents})


def reference_document(request, pk):
    document = get_object_or_404(ReferenceDocument, pk=pk)
    lessons = list(document.lessons.live().order_by("path"))
    # A lesson's course is its parent: the page whose tree path is the lesson's minus one step.
    courses = CoursePage.objects.live().filter(path__in={lesson.path[: -Page.steplen] for lesson in lessons})
    by_course = [
        (course, [lesson for lesson in lessons if lesson.path.startswith(course.path)])
        for course in courses.order_by("path")
    ]
    return render(request, "courses/reference_document.html", {"document": document, "by_course": by_course})


def search(request):
    """Courses and lessons, found whether or not the query is typed with diacritics.

    A lesson's text is searched, and its introduction shown, only for those who may read the lesson
    (``LessonPage.readable_by``); anyone else finds it by its title alone.
    """
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    folded = " ".join(word for word in fold(query).split() if any(char.isalnum() for char in word))
    results, found_by_title = [], set()
    if folded:
        readable = set(LessonPage.readable_by(request.user).live().values_list("pk", flat=True))
        courses = CoursePage.objects.live().values_list("pk", flat=True)
        results = list(
            Page.objects.live().filter(pk__in=[*courses, *readable]).specific().search(folded, operator="and")
        )
        words = set(WORD.findall(folded))
        others = LessonPage.objects.live().exclude(pk__in=readable).only("title", "url_path", "path")
        by_title = [lesson for lesson in others if words <= set(WORD.findall(fold(lesson.title)))]
        results += by_title
        found_by_title = {lesson.pk for lesson in by_title}
    page = Paginator(results, 20).get_page(request.GET.get("page"))
    context = {"query": query, "results": page, "found_by_title": found_by_title}
    return render(request, "courses/search.html", context)
