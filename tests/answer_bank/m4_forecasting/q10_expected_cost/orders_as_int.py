# verdict: wrong
# misconception: passes the visible example (whole orders): reads the orders with dtype=int "because units are whole", which truncates fractional orders such as a quantile forecast of 62.4
# feedback: expected_cost(orders (30 days, ndarray)
# score: 0
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    orders = np.asarray(orders, dtype=int)
    demand = np.asarray(demand_paths, dtype=int)
    short = np.clip(demand - orders, 0, None)
    left = np.clip(orders - demand, 0, None)
    per_path = ((unit_price - unit_cost) * short + (unit_cost - salvage) * left).sum(axis=1)
    return float(per_path.mean())
