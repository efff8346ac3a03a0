# verdict: correct
# misconception: plain Python loops over the futures and the days, the cost of each day written with if/else
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    totals = []
    for path in demand_paths:
        total = 0.0
        for order, demand in zip(orders, path):
            if demand > order:
                total += underage * (demand - order)
            else:
                total += overage * (order - demand)
        totals.append(total)
    return sum(totals) / len(totals)
