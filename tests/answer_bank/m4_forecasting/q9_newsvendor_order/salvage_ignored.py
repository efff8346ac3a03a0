# verdict: wrong
# misconception: ignores the salvage value, co = cost: an unsold loaf is costed as if nothing came back for it
# feedback: the salvage value is ignored
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    underage, overage = unit_price - unit_cost, unit_cost
    fractile = underage / (underage + overage)
    return int(np.quantile(np.asarray(demand_samples), fractile, method="inverted_cdf"))
