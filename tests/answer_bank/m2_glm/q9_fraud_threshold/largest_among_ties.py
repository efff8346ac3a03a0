# verdict: wrong
# misconception: passes the visible example: keeps the LAST cheapest candidate (<= in the loop), so when two thresholds cost the same it returns the larger, not the smallest the statement asks for
# feedback: this is not the smallest of them
# score: 0
def choose_threshold(fraud, p, cost_investigation: float, loss_per_fraud: float, candidates) -> float:
    """The cheapest candidate threshold."""
    fraud = np.asarray(fraud, dtype=bool)
    p = np.asarray(p, dtype=float)
    best, best_cost = None, np.inf
    for t in candidates:
        cost = cost_investigation * np.sum(p >= t) + loss_per_fraud * np.sum(fraud & (p < t))
        if cost <= best_cost:
            best, best_cost = float(t), cost
    return best
