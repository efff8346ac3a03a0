# verdict: wrong
# misconception: ignores the salvage value, co = cost
# feedback: the salvage value is ignored
# score: 0
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    orders, paths = np.asarray(orders, dtype=float), np.asarray(demand_paths, dtype=float)
    daily = (unit_price - unit_cost) * np.maximum(paths - orders, 0) + unit_cost * np.maximum(orders - paths, 0)
    return float(daily.sum(axis=1).mean())
