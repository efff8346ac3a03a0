# verdict: correct
# misconception: np.percentile with the fractile in percent and method="inverted_cdf"
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    margin = unit_price - unit_cost
    leftover = unit_cost - salvage
    return int(np.percentile(np.asarray(demand_samples), 100 * margin / (margin + leftover), method="inverted_cdf"))
