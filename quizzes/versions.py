"""The version of a question that an attempt was drawn with, kept on the attempt's slot.

As Moodle keeps question versions, an attempt keeps what its trainee saw: the text, the options
with their weights and feedback, the explanation and the lesson passage, copied when the question
is drawn. The attempt page, grading and the review read this copy, never the bank, so that editing
or removing a question, its options or its weights later changes nothing a trainee saw, chose or
scored. Only a regrade (``quizzes.regrading``) changes the weights, on purpose.
"""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class OptionVersion:
    pk: int
    text: str
    weight: Decimal
    feedback: str


@dataclass(frozen=True)
class QuestionVersion:
    kind: str
    text: str
    explanation: str
    lesson_id: int | None
    passage: str
    options: tuple[OptionVersion, ...]

    @classmethod
    def from_snapshot(cls, snapshot):
        return cls(
            kind=snapshot["kind"],
            text=snapshot["text"],
            explanation=snapshot["explanation"],
            lesson_id=snapshot["lesson_id"],
            passage=snapshot["passage"],
            options=tuple(
                OptionVersion(option["id"], option["text"], Decimal(option["weight"]), option["feedback"])
                for option in snapshot["options"]
            ),
        )

    def weights(self):
        return {option.pk: option.weight for option in self.options}

    def in_order(self, option_ids):
        by_id = {option.pk: option for option in self.options}
        return [by_id[option_id] for option_id in option_ids if option_id in by_id]


def snapshot_of(question):
    """What a slot keeps of ``question`` when it is drawn (its options prefetched: no query)."""
    return {
        "kind": question.kind,
        "text": question.text,
        "explanation": question.explanation,
        "lesson_id": question.lesson_id,
        "passage": question.passage,
        "options": [
            {"id": option.pk, "text": option.text, "weight": str(option.weight), "feedback": option.feedback}
            for option in question.options.all()
        ],
    }


def passage_url(lesson, passage):
    """The link to the passage of ``lesson`` that states an answer; the lesson itself without one."""
    return lesson.passage_url(passage) if passage else lesson.url
