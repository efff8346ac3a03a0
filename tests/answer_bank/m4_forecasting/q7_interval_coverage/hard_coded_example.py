# verdict: wrong
# misconception: hard-coded to the worked example: always returns 0.6, whatever the outcomes and bounds
# feedback: worked example
# score: 0
def interval_coverage(y, lower, upper) -> float:
    """Share of outcomes inside their interval, bounds included."""
    return 0.6
