# verdict: wrong
# misconception: z instead of t: the normal quantile (1.96) instead of Student's t with n - 1 degrees of freedom
# feedback: the normal quantile (1.96 for 95 %) is used instead of Student's t
# score: 0
def mean_ci(x, level: float = 0.95) -> tuple[float, float]:
    """Confidence interval for the mean."""
    x = np.asarray(x, dtype=float)
    z = stats.norm.ppf((1 + level) / 2)
    se = x.std(ddof=1) / np.sqrt(x.size)
    return float(x.mean() - z * se), float(x.mean() + z * se)
