# verdict: correct
# misconception: walks up the distinct sample values, counting the share at or below each, and stops at the first that reaches the fractile
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    from collections import Counter
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    fractile = underage / (underage + overage)
    counts = Counter(float(d) for d in demand_samples)
    n = sum(counts.values())
    below = 0
    for value in sorted(counts):
        below += counts[value]
        if below >= fractile * n:
            return int(value)
    return int(max(counts))
