"""The demo course's quiz and question bank, from ``questions.py``. Idempotent: a second run changes
nothing, and a bank loaded by an earlier demo has the questions this one corrects brought up to date."""

from html import escape

from courses.demo.course import block_id
from courses.demo.lessons import LESSONS
from courses.models import LessonPage
from quizzes.bank import add_question
from quizzes.models import Question, Quiz

from .questions import EARLIER_TEXTS, QUESTIONS


def load_bank(course):
    """Create the course's quiz settings and bank if it has none; return what was created or corrected."""
    created = []
    if not Quiz.objects.filter(course=course).exists():
        Quiz.objects.create(
            course=course, pass_mark=70, time_limit_minutes=20, attempts_allowed=3, questions_drawn=15
        )
        created.append("quiz settings")
    if Question.objects.filter(course=course).exists():
        corrected = correct_earlier_questions(course)
        return created + ([f"{corrected} question(s) corrected"] if corrected else [])
    lessons = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(course)}
    for question in QUESTIONS:
        add_question(
            course,
            **stored(question),
            options=[(text, weight, "") for text, weight in question["options"]],
            category=category_of(question),
            difficulty=question["difficulty"],
            lesson=lessons[question["lesson"]],
        )
    created.append(f"{len(QUESTIONS)} questions")
    return created


def correct_earlier_questions(course):
    """Bring the demo questions of an earlier demo's bank up to date: a question found by its text, or by
    the text an earlier demo gave it, takes this bank's text, explanation, passage and option texts.
    The options keep their rows and order (answers already given point at them), so a question whose
    number of options changed is left as it is. Returns how many questions changed."""
    bank = {question.text: question for question in Question.objects.filter(course=course)}
    changed = 0
    for question in QUESTIONS:
        text = paragraph(question["text"])
        earlier = EARLIER_TEXTS.get(question["text"])
        row = bank.get(text) or (bank.get(paragraph(earlier)) if earlier else None)
        if row is None:
            continue
        options = list(row.options.order_by("sort_order"))
        if len(options) != len(question["options"]):
            continue
        fields = stored(question)
        updated = [name for name, value in fields.items() if getattr(row, name) != value]
        for name in updated:
            setattr(row, name, fields[name])
        if updated:
            row.save(update_fields=updated)
        for option, (option_text, weight) in zip(options, question["options"], strict=True):
            if (option.text, option.weight) != (option_text, weight):
                option.text, option.weight = option_text, weight
                option.save(update_fields=["text", "weight"])
                updated.append("options")
        changed += bool(updated)
    return changed


def stored(question):
    """A demo question's fields as the bank stores them."""
    return {
        "kind": question["type"],
        "text": paragraph(question["text"]),
        "explanation": paragraph(question["explanation"]),
        "passage": block_id(question["lesson"], question["passage"]),
    }


def paragraph(text):
    return f"<p>{escape(text)}</p>"


def category_of(question):
    """The category of a demo question: its lesson, "Bài n: title"."""
    number, lesson = next(
        (number, lesson)
        for number, lesson in enumerate(LESSONS, start=1)
        if lesson["slug"] == question["lesson"]
    )
    return f"Bài {number}: {lesson['title']}"
