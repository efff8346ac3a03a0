# verdict: wrong
# misconception: costs every unit of mismatch at the price, price · |D - Q|
# feedback: every unit of error is costed at the price
# score: 0
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    orders, paths = np.asarray(orders, dtype=float), np.asarray(demand_paths, dtype=float)
    return float((unit_price * np.abs(paths - orders)).sum(axis=1).mean())
