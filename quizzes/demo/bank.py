"""The demo course's quiz and question bank, from ``questions.py``. Idempotent."""

from html import escape

from courses.demo.course import block_id
from courses.demo.lessons import LESSONS
from courses.models import LessonPage
from quizzes.bank import add_question
from quizzes.models import Question, Quiz

from .questions import QUESTIONS


def load_bank(course):
    """Create the course's quiz settings and bank if it has none; return what was created."""
    created = []
    if not Quiz.objects.filter(course=course).exists():
        Quiz.objects.create(
            course=course, pass_mark=70, time_limit_minutes=20, attempts_allowed=3, questions_drawn=15
        )
        created.append("quiz settings")
    if Question.objects.filter(course=course).exists():
        return created
    lessons = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(course)}
    titles = {
        lesson["slug"]: f"Bài {number}: {lesson['title']}" for number, lesson in enumerate(LESSONS, start=1)
    }
    for question in QUESTIONS:
        add_question(
            course,
            kind=question["type"],
            text=f"<p>{escape(question['text'])}</p>",
            options=[(text, weight, "") for text, weight in question["options"]],
            explanation=f"<p>{escape(question['explanation'])}</p>",
            category=titles[question["lesson"]],
            difficulty=question["difficulty"],
            lesson=lessons[question["lesson"]],
            passage=block_id(question["lesson"], question["passage"]),
        )
    created.append(f"{len(QUESTIONS)} questions")
    return created
