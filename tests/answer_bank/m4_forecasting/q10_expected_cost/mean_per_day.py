# verdict: wrong
# misconception: averages over days and paths alike (np.mean of the whole matrix): the mean cost of one day, not the total over the days
# feedback: this is the mean cost per day
# score: 0
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    orders, paths = np.asarray(orders, dtype=float), np.asarray(demand_paths, dtype=float)
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    return float(np.mean(underage * np.maximum(paths - orders, 0) + overage * np.maximum(orders - paths, 0)))
