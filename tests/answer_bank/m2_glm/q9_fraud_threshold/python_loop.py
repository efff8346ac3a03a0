# verdict: correct
# misconception: a plain loop over the candidates keeping the first cheapest one (strict < keeps the smallest among ties)
def choose_threshold(fraud, p, cost_investigation: float, loss_per_fraud: float, candidates) -> float:
    """The cheapest candidate threshold, one candidate at a time."""
    best_t, best_cost = None, None
    for t in candidates:
        cost = 0.0
        for is_fraud, pi in zip(fraud, p):
            if pi >= t:
                cost += cost_investigation
            elif is_fraud:
                cost += loss_per_fraud
        if best_cost is None or cost < best_cost:
            best_t, best_cost = float(t), cost
    return best_t
