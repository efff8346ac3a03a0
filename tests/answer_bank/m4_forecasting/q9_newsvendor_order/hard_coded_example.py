# verdict: wrong
# misconception: hard-coded to the worked example: always orders 17, whatever the samples and the prices
# feedback: worked example
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    return 17
