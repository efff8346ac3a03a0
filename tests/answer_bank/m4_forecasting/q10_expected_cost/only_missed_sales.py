# verdict: wrong
# misconception: costs only the lost sales, as if leftovers were free
# feedback: only missed sales are costed
# score: 0
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    orders, paths = np.asarray(orders, dtype=float), np.asarray(demand_paths, dtype=float)
    lost = (unit_price - unit_cost) * np.maximum(paths - orders, 0)
    return float(lost.sum(axis=1).mean())
