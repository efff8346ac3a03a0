# verdict: correct
# misconception: no fractile at all: costs every distinct sample value as an order on the samples and keeps the cheapest (the first of any tie)
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    samples = np.asarray(demand_samples, dtype=float)
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    candidates = np.unique(samples)
    costs = [np.mean(underage * np.maximum(samples - q, 0) + overage * np.maximum(q - samples, 0))
             for q in candidates]
    return int(candidates[int(np.argmin(costs))])
