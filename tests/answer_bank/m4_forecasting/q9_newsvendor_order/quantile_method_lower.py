# verdict: wrong
# misconception: np.quantile(method="lower"), the sample just below the interpolated position (index floor((n-1)·f)): misses the smallest sample with a share f at or below it (e.g. [3, 5, 6, 8, 10] at 2.40/0.90/0.20 gives 6, not 8)
# feedback: method='lower'
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    return int(np.quantile(np.asarray(demand_samples), underage / (underage + overage), method="lower"))
