# verdict: correct
# misconception: another library: statsmodels' DescrStatsW.tconfint_mean with alpha = 1 - level
from statsmodels.stats.weightstats import DescrStatsW


def mean_ci(x, level: float = 0.95) -> tuple[float, float]:
    """t-interval for the mean, with statsmodels."""
    low, high = DescrStatsW(np.asarray(x, dtype=float)).tconfint_mean(alpha=1 - level)
    return float(low), float(high)
