"""A course's question bank out of the database: as GIFT, as an Excel workbook, and the Excel template.

Importing an export into an empty bank of the course gives the same questions: kind, category,
text, options with their weights and feedback in order, explanation, difficulty, lesson and passage.
"""

from courses.models import LessonPage

from .formats.gift import to_gift
from .formats.parsed import ParsedOption, ParsedQuestion
from .formats.workbook.writing import template_workbook, write_workbook
from .models import Question

EXPORT_FORMATS = ("gift", "xlsx")


def bank_questions(course):
    """The questions of ``course``'s bank as ParsedQuestions, by category, in the bank's order."""
    questions = (
        Question.objects.filter(course=course)
        .select_related("category", "lesson")
        .prefetch_related("options")
    )
    return [
        ParsedQuestion(
            line=0,
            title="",
            category=question.category.name if question.category else "",
            kind=question.kind,
            text=question.text,
            options=[
                ParsedOption(option.text, option.weight, option.feedback) for option in question.options.all()
            ],
            explanation=question.explanation,
            difficulty=question.difficulty,
            lesson=question.lesson.slug if question.lesson else "",
            passage=question.passage if question.lesson else "",
        )
        for question in questions
    ]


def lessons_of(course):
    return list(LessonPage.objects.child_of(course).only("id", "title", "slug", "body"))


def export_bank(course, format):
    """``(content, file name)`` of the bank of ``course`` in ``format`` ("gift" or "xlsx")."""
    name = f"ngan-hang-cau-hoi-{course.slug}.{format}"
    if format == "gift":
        return to_gift(bank_questions(course)).encode(), name
    return write_workbook(bank_questions(course), lessons_of(course)), name


def template(course=None):
    """``(content, file name)`` of the Excel template; with a course, its lessons and passages are listed."""
    if course is None:
        return template_workbook(), "mau-ngan-hang-cau-hoi.xlsx"
    return template_workbook(lessons_of(course)), f"mau-ngan-hang-cau-hoi-{course.slug}.xlsx"
