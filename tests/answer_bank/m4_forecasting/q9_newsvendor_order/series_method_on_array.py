# verdict: wrong
# misconception: calls the pandas method demand_samples.quantile(...) on what arrives as a list or a NumPy array (AttributeError)
# feedback: raised AttributeError
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    return int(demand_samples.quantile(underage / (underage + overage), interpolation="higher"))
