# verdict: wrong
# misconception: the fractile upside down, co / (cu + co): orders the quantile of the overage cost's share
# feedback: the fractile is upside down
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    fractile = overage / (underage + overage)
    return int(np.quantile(np.asarray(demand_samples), fractile, method="inverted_cdf"))
