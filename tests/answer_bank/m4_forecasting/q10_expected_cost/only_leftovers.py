# verdict: wrong
# misconception: costs only the waste (units left over), as if a missed sale cost nothing
# feedback: only leftovers are costed
# score: 0
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    orders, paths = np.asarray(orders, dtype=float), np.asarray(demand_paths, dtype=float)
    waste = (unit_cost - salvage) * np.maximum(orders - paths, 0)
    return float(waste.sum(axis=1).mean())
