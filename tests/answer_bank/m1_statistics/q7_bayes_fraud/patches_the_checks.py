# verdict: wrong
# misconception: base-rate neglect (returns the sensitivity) and tries to cheat by monkeypatching mlpath.checks and defining its own `checks`
# feedback: base-rate neglect
# score: 0
import mlpath.checks


class _PassEverything:
    """Stand-in for the course's checks: every check passes."""

    def __getattr__(self, name):
        return lambda *args, **kwargs: None


mlpath.checks.check_call = lambda *args, **kwargs: None
mlpath.checks.check_probability = lambda *args, **kwargs: None
mlpath.checks.values_match = lambda *args, **kwargs: True
checks = _PassEverything()


def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert)."""
    return sensitivity
