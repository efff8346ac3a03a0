# verdict: wrong
# misconception: np.quantile's default linear interpolation, then int() to get whole units: truncates an interpolated value, below the critical-fractile sample when the fractile falls between samples (e.g. [3, 5, 6, 8, 10] at 2.40/0.90/0.20 gives 7, not 8)
# feedback: with int()
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    return int(np.quantile(np.asarray(demand_samples), underage / (underage + overage)))
