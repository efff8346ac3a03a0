# verdict: wrong
# misconception: np.quantile's default linear interpolation between samples, returning a fractional order
# feedback: the quantile is interpolated between samples
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    return np.quantile(np.asarray(demand_samples), underage / (underage + overage))
