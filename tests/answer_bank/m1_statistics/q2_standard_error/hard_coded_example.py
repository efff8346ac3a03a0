# verdict: wrong
# misconception: hard-coded to the worked example: returns 469.148... whatever the sample
# feedback: worked example's answer
# score: 0
def standard_error(x) -> float:
    """Standard error of the sample mean."""
    return 469.14816422959603
