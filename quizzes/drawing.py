"""The questions of an attempt, drawn from the course's bank (evenly per category when asked), and the
order their options are shown in. Each attempt draws its own, so neighbours in a hall see different
papers."""

import random

from . import rules
from .models import Question


def load_bank(quiz):
    return list(Question.objects.filter(course_id=quiz.course_id).prefetch_related("options"))


def draw_questions(quiz, bank=None):
    """The questions of one attempt at ``quiz`` (see ``draw``).

    ``bank`` is the course's bank (``load_bank``), when drawing for many attempts at once.
    """
    bank = load_bank(quiz) if bank is None else bank
    return draw(bank, quiz.questions_drawn, quiz.draw_per_category, quiz.shuffle_questions)


def draw(bank, wanted, per_category, shuffle):
    """``wanted`` questions of ``bank`` (all of it when 0 or more than it holds), evenly per category
    when ``per_category``; shuffled, or in the bank's order of category and question."""
    wanted = wanted or len(bank)
    if wanted >= len(bank):
        drawn = list(bank)
    elif per_category:
        by_category = {}
        for question in bank:
            by_category.setdefault(question.category_id, []).append(question)
        pools = [random.sample(pool, len(pool)) for pool in by_category.values()]
        drawn = []
        while len(drawn) < wanted:
            for pool in pools:
                if pool and len(drawn) < wanted:
                    drawn.append(pool.pop())
    else:
        drawn = random.sample(bank, wanted)
    if shuffle:
        random.shuffle(drawn)
    else:
        drawn.sort(key=lambda question: (question.category_id or 0, question.pk))
    return drawn


def option_order(question, shuffle):
    """The order ``question``'s options are shown in: shuffled when asked, but never true/false's."""
    ids = [option.pk for option in question.options.all()]
    if shuffle and question.kind != rules.TRUE_FALSE:
        random.shuffle(ids)
    return ids
