# verdict: wrong
# misconception: orders the median of the samples (right only when cu = co, as in the worked example)
# feedback: it is the best order only when cu = co
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    return int(np.median(np.asarray(demand_samples)))
