# verdict: wrong
# misconception: hard-coded to the worked example: always returns 8.0, whatever the orders, paths and prices
# feedback: worked example
# score: 0
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    return 8.0
