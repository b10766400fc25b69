"""Writing questions into a course's bank, from the demo data or from an import file."""

from django.db import transaction

from .models import Option, Question, QuestionCategory


@transaction.atomic
def add_question(
    course, *, kind, text, options, explanation="", category="", difficulty="medium", lesson=None, passage=""
):
    """Create a question of ``course`` with ``options`` [(text, weight, feedback), …]; the caller has validated them."""
    category_row = (
        QuestionCategory.objects.get_or_create(course=course, name=category)[0] if category else None
    )
    question = Question.objects.create(
        course=course,
        category=category_row,
        kind=kind,
        text=text,
        explanation=explanation,
        difficulty=difficulty,
        lesson=lesson,
        passage=passage,
    )
    Option.objects.bulk_create(
        Option(question=question, text=option_text, weight=weight, feedback=feedback, sort_order=index)
        for index, (option_text, weight, feedback) in enumerate(options)
    )
    return question
