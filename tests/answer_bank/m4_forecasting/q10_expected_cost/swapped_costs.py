# verdict: wrong
# misconception: swaps the two unit costs: a unit short costs cost - salvage and a unit left over costs the margin
# feedback: the costs are swapped
# score: 0
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    orders, paths = np.asarray(orders, dtype=float), np.asarray(demand_paths, dtype=float)
    underage, overage = unit_cost - salvage, unit_price - unit_cost
    daily = underage * np.maximum(paths - orders, 0) + overage * np.maximum(orders - paths, 0)
    return float(daily.sum(axis=1).mean())
