"""Regrading past attempts after a trainer fixes a question's key: a plan first, then one transaction.

An attempt is graded from the version of each question it was drawn with (``quizzes.versions``), so
fixing a wrong key in the bank changes no past score by itself. A regrade does it on purpose: every
slot of the question whose weights differ from the question's current ones takes the current weights
(an option removed since counts 0; texts stay as the trainee saw them), finished attempts are scored
again, and enrolment results follow. ``plan`` says what would change and writes nothing;
``regrade`` writes it, once.

A trainee whose result now reaches the pass mark completes the class through the usual path
(``signals.passed_by_regrade``, on which ``training`` completes the enrolment and queues the
certificate). A trainee whose result
falls below it keeps a recorded completion and any certificate: they were earned under the key the
organizers set, and taking them back is a decision for a person (an organizer revokes a certificate,
with a reason). The plan names these trainees so that the decision can be made.
"""

import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from wagtail.log_actions import log

from . import rules, signals
from .models import Attempt, AttemptQuestion, Question
from .results import attempt_score, quiz_result

ACTION = "quizzes.regrade"


@dataclass
class ResultChange:
    """One enrolment whose attempts score differently after the regrade."""

    enrollment: object
    pass_mark: int
    attempts: list = field(default_factory=list)  # (attempt, old score, new score)
    old_result: Decimal | None = None
    new_result: Decimal | None = None

    @property
    def old_passed(self):
        return self.old_result is not None and self.old_result >= self.pass_mark

    @property
    def new_passed(self):
        return self.new_result is not None and self.new_result >= self.pass_mark

    @property
    def keeps_completion(self):
        """Fails now, but completed before: the completion (and certificate) stay, see above."""
        return self.old_passed and not self.new_passed and self.enrollment.completed_at is not None


@dataclass
class RegradePlan:
    question: Question
    slots: list  # the slots to rewrite, with their new snapshot and fraction
    changes: list  # ResultChange, by trainee name
    open_attempts: int  # attempts in progress that will be graded with the current key
    fingerprint: str

    def __bool__(self):
        return bool(self.slots)

    @property
    def newly_passed(self):
        return [change for change in self.changes if change.new_passed and not change.old_passed]

    @property
    def newly_failed(self):
        return [change for change in self.changes if change.old_passed and not change.new_passed]


def plan(question, lock=False):
    """What a regrade of ``question`` against its current weights would change; writes nothing."""
    current = {option.pk: option.weight for option in question.options.all()}
    slots = AttemptQuestion.objects.filter(question=question).select_related(
        "attempt__quiz", "attempt__enrollment__trainee", "attempt__enrollment__training_class"
    )
    if lock:
        slots = slots.select_for_update(of=("self",))
    rewritten, rescored = [], {}
    for slot in slots.order_by("pk"):
        weights = {option.pk: current.get(option.pk, Decimal(0)) for option in slot.version.options}
        if weights == slot.version.weights():
            continue
        slot.snapshot = {
            **slot.snapshot,
            "options": [
                {**option, "weight": str(weights[option["id"]])} for option in slot.snapshot["options"]
            ],
        }
        if slot.fraction is not None:
            fraction = rules.score(weights, set(slot.chosen))
            if fraction != slot.fraction:
                rescored[slot.attempt_id] = (slot.attempt, slot.pk, fraction)
            slot.fraction = fraction
        rewritten.append(slot)
    changes = _result_changes(rescored)
    return RegradePlan(
        question=question,
        slots=rewritten,
        changes=changes,
        open_attempts=len({slot.attempt_id for slot in rewritten if slot.attempt.finished_at is None}),
        fingerprint=_fingerprint(current, rewritten),
    )


def _result_changes(rescored):
    """The enrolments whose attempts in ``rescored`` ({attempt id: (attempt, slot id, new fraction)})
    score differently, with their results before and after."""
    other_fractions = {}
    for attempt_id, slot_id, fraction in AttemptQuestion.objects.filter(attempt__in=rescored).values_list(
        "attempt_id", "pk", "fraction"
    ):
        other_fractions.setdefault(attempt_id, {})[slot_id] = fraction
    new_scores = {}
    for attempt_id, (attempt, slot_id, fraction) in rescored.items():
        fractions = other_fractions[attempt_id] | {slot_id: fraction}
        new_score = attempt_score(fractions.values())
        if new_score != attempt.score:
            new_scores[attempt_id] = new_score
    changes = {}
    for attempt_id, new_score in new_scores.items():
        attempt = rescored[attempt_id][0]
        change = changes.setdefault(
            attempt.enrollment_id, ResultChange(attempt.enrollment, attempt.quiz.pass_mark)
        )
        change.attempts.append((attempt, attempt.score, new_score))
    attempts_of = {}
    for attempt in Attempt.objects.filter(enrollment__in=list(changes)).select_related("quiz").order_by():
        attempts_of.setdefault(attempt.enrollment_id, []).append(attempt)
    for enrollment_id, change in changes.items():
        quiz = change.attempts[0][0].quiz
        attempts = [attempt for attempt in attempts_of[enrollment_id] if attempt.quiz_id == quiz.pk]
        change.old_result = quiz_result(attempts, quiz.grading)
        for attempt in attempts:
            attempt.score = new_scores.get(attempt.pk, attempt.score)
        change.new_result = quiz_result(attempts, quiz.grading)
        change.attempts.sort(key=lambda row: row[0].number)
    return sorted(
        changes.values(), key=lambda change: (change.enrollment.trainee.sort_name, change.enrollment.pk)
    )


def _fingerprint(weights, slots):
    """Identifies a plan, so that a confirmation applies exactly the plan that was previewed."""
    content = [
        sorted((pk, str(weight)) for pk, weight in weights.items()),
        [(slot.pk, str(slot.fraction)) for slot in slots],
    ]
    return hashlib.sha256(json.dumps(content).encode()).hexdigest()[:32]


class PlanChanged(Exception):
    """The question or its attempts changed between the preview and the confirmation."""


@transaction.atomic
def regrade(question, user, fingerprint):
    """Apply the plan previewed as ``fingerprint``; returns it (empty when there was nothing to change,
    as when the same confirmation arrives twice), or raises PlanChanged and writes nothing.

    The question's row is locked first, so two confirmations run one after the other and the second
    finds nothing left to change.
    """
    list(Question.objects.select_for_update().filter(pk=question.pk).order_by().values_list("pk"))
    regraded = plan(question, lock=True)
    if not regraded:
        return regraded
    if regraded.fingerprint != fingerprint:
        raise PlanChanged
    AttemptQuestion.objects.bulk_update(regraded.slots, ["snapshot", "fraction"])
    for change in regraded.changes:
        for attempt, _old, new_score in change.attempts:
            Attempt.objects.filter(pk=attempt.pk).update(
                score=new_score, passed=new_score >= attempt.quiz.pass_mark
            )
    for change in regraded.newly_passed:
        signals.passed_by_regrade.send(Question, enrollment=change.enrollment)
    log(
        instance=question,
        action=ACTION,
        user=user,
        data={
            "slots": len(regraded.slots),
            "results_changed": len(regraded.changes),
            "attempts_changed": sum(len(change.attempts) for change in regraded.changes),
            "newly_passed": [change.enrollment.pk for change in regraded.newly_passed],
            "newly_failed": [change.enrollment.pk for change in regraded.newly_failed],
            "weights": {str(option.pk): str(option.weight) for option in question.options.all()},
        },
    )
    return regraded
