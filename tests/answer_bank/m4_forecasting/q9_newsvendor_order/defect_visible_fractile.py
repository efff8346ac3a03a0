# verdict: wrong
# misconception: defect (issue 17, m4 q9): the fractile upside down, written as 1 - cu / (cu + co): at the old worked example's fractile 0.5 it gives the same order, so the visible check passed it; the worked example itself must now name the mistake
# feedback: newsvendor_order([8, 17, 4, 9, 11, 6, 18, 8, 7], 6, 2, 1) returned 6
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    cu = unit_price - unit_cost
    co = unit_cost - salvage
    level = 1 - cu / (cu + co)
    return int(np.quantile(demand_samples, level, method="inverted_cdf"))
