# verdict: wrong
# misconception: counts only the paid frauds, loss_per_fraud * #{fraud and p < t}, so investigating everyone (the smallest threshold) always looks cheapest
# feedback: the cost of investigating is left out
# score: 0
def choose_threshold(fraud, p, cost_investigation: float, loss_per_fraud: float, candidates) -> float:
    """The candidate threshold that minimises the paid fraud."""
    fraud = np.asarray(fraud, dtype=bool)
    p = np.asarray(p, dtype=float)
    losses = [loss_per_fraud * np.sum(fraud & (p < t)) for t in candidates]
    return float(candidates[int(np.argmin(losses))])
