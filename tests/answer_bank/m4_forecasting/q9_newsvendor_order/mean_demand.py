# verdict: wrong
# misconception: orders the point forecast, the mean of the samples, whatever the costs
# feedback: this is the mean demand
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    return np.mean(demand_samples)
