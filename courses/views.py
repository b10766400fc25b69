"""Public views: the register of documents, and search."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from wagtail.models import Page

from .models import CoursePage, LessonPage, ReferenceDocument
from .text import fold

MAX_QUERY_LENGTH = 200


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
    """Courses and lessons, found whether or not the query is typed with diacritics."""
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    folded = " ".join(word for word in fold(query).split() if any(char.isalnum() for char in word))
    results = Page.objects.none()
    if folded:
        results = Page.objects.live().type(CoursePage, LessonPage).specific().search(folded, operator="and")
    page = Paginator(results, 20).get_page(request.GET.get("page"))
    return render(request, "courses/search.html", {"query": query, "results": page})
