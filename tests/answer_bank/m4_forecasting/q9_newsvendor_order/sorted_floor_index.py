# verdict: correct
# misconception: sorts the samples and takes index floor(n · fractile): when n · fractile is whole this is the next sample up, whose expected cost ties with the smallest optimum (the cost is flat between them)
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    ranked = np.sort(np.asarray(demand_samples))
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    index = int(len(ranked) * underage / (underage + overage))
    return int(ranked[min(index, len(ranked) - 1)])
