# verdict: wrong
# misconception: builds the fractile from the price and the cost, price / (price + cost), instead of the margin and the overage cost
# feedback: price / (price + cost)
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    fractile = unit_price / (unit_price + unit_cost)
    return int(np.quantile(np.asarray(demand_samples), fractile, method="inverted_cdf"))
