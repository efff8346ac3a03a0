# verdict: wrong
# misconception: hard-coded to the worked example: returns (187.4, 2792.6) whatever x and level
# feedback: worked example's answer
# score: 0
def mean_ci(x, level: float = 0.95) -> tuple[float, float]:
    """Confidence interval for the mean."""
    return (187.43587581220754, 2792.5641241877925)
