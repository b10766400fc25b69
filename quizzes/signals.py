from django.dispatch import Signal

# Sent once per attempt, by the call that finished it (submitted, or its time ran out), with
# ``attempt``, graded. ``training`` records it and completes the enrolment when the class's rule is met.
attempt_finished = Signal()

# Sent by a regrade for each enrolment whose result it raised to a pass, with ``enrollment``: the
# enrolment completes through the usual path, as if the trainee had passed then.
passed_by_regrade = Signal()
