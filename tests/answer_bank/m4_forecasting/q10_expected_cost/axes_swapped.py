# verdict: wrong
# misconception: sums over the paths (axis 0) and averages over the days: the two axes swapped (right only when there are as many paths as days, as in the example)
# feedback: axes are swapped
# score: 0
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    orders, paths = np.asarray(orders, dtype=float), np.asarray(demand_paths, dtype=float)
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    daily = underage * np.maximum(paths - orders, 0) + overage * np.maximum(orders - paths, 0)
    return float(daily.sum(axis=0).mean())
