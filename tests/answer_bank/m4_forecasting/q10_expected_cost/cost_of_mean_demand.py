# verdict: wrong
# misconception: costs the orders against the average demand of each day instead of averaging the costs over the futures (the cost of the mean is not the mean cost)
# feedback: AVERAGE demand
# score: 0
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    orders = np.asarray(orders, dtype=float)
    mean_demand = np.asarray(demand_paths, dtype=float).mean(axis=0)
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    return float(np.sum(underage * np.maximum(mean_demand - orders, 0) + overage * np.maximum(orders - mean_demand, 0)))
