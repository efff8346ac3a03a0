# verdict: correct
# misconception: a plain Python loop over (outcome, lower, upper) triples, counting the covered ones
def interval_coverage(y, lower, upper) -> float:
    """Share of outcomes inside their interval, bounds included."""
    covered, n = 0, 0
    for value, low, high in zip(y, lower, upper):
        covered += low <= value <= high
        n += 1
    return covered / n
