# verdict: wrong
# misconception: subtracts the arguments without np.asarray: a list of lists minus a list raises TypeError
# feedback: raised TypeError
# score: 0
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    daily = underage * np.maximum(demand_paths - orders, 0) + overage * np.maximum(orders - demand_paths, 0)
    return float(daily.sum(axis=1).mean())
