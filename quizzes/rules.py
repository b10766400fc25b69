"""The rules a choice question must follow, and how an answer to it is scored (as Moodle does).

Weights are percentages. A single-choice or true/false question has exactly one option worth 100
and the others 0. A multiple-choice question's correct options have positive weights summing to
100; a wrong option carries a negative weight that a trainee loses by choosing it, and a question
never scores below zero.
"""

from decimal import Decimal

from django.utils.translation import gettext as _

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"
FULL = Decimal(100)


def problems_with(kind, weights):
    """What is wrong with a question of ``kind`` whose options carry ``weights``; [] when it is valid."""
    weights = [Decimal(weight) for weight in weights]
    if len(weights) < 2:
        return [_("A choice question needs at least two options.")]
    if any(not -FULL <= weight <= FULL for weight in weights):
        return [_("Option weights must be between -100 % and 100 %.")]
    correct = [weight for weight in weights if weight > 0]
    if kind in (SINGLE, TRUE_FALSE):
        problems = []
        if kind == TRUE_FALSE and len(weights) != 2:
            problems.append(_("A true/false question has exactly two options."))
        if len(correct) != 1 or correct[0] != FULL or any(weight < 0 for weight in weights):
            problems.append(
                _("A single-choice question needs exactly one correct option (100 %), the others 0 %.")
            )
        return problems
    if len(correct) < 2:
        return [
            _("A multiple-choice question needs at least two correct options; use single choice otherwise.")
        ]
    if abs(sum(correct) - FULL) > Decimal("0.01"):
        return [
            _("The weights of the correct options add up to %(total)s %%, not 100 %%.")
            % {"total": sum(correct)}
        ]
    if not any(weight < 0 for weight in weights):
        return [_("A multiple-choice question needs at least one wrong option with a negative weight.")]
    return []


def score(weights_by_option, chosen):
    """The fraction (0 to 1) earned by choosing the options ``chosen`` among ``weights_by_option``."""
    earned = sum(
        (Decimal(weights_by_option[option]) for option in chosen if option in weights_by_option), Decimal(0)
    )
    return max(Decimal(0), min(FULL, earned)) / FULL
