# verdict: wrong
# misconception: hard-coded to the worked example: returns 1.5 whatever the series
# feedback: worked example
# score: 0
def mase(y_train, y_test, forecast, m: int) -> float:
    """The example's MASE."""
    return 1.5
