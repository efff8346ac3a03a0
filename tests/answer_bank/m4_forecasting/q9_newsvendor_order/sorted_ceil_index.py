# verdict: correct
# misconception: sorts the samples and takes the k-th smallest, k = ceil(n · fractile) (index k - 1): the smallest value with a share >= fractile at or below it
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    import math
    ranked = np.sort(np.asarray(demand_samples, dtype=float))
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    k = math.ceil(len(ranked) * underage / (underage + overage))
    return int(ranked[max(k, 1) - 1])
