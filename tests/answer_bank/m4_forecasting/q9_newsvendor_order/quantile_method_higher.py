# verdict: wrong
# misconception: passes the visible example: np.quantile(method="higher"), the sample just above the interpolated position (index ceil((n-1)·f)); on any sample either "lower" or "higher" gives the inverted-CDF order, and on the worked example it is "higher", but on (2, 6, 6, 8, 9, 11, 14) at fractile 0.517 it orders 9, not 8
# feedback: method='higher'
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    cu, co = unit_price - unit_cost, unit_cost - salvage
    return int(np.quantile(np.asarray(demand_samples), cu / (cu + co), method="higher"))
