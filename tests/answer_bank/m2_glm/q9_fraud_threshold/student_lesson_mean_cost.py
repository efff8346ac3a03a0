# verdict: correct
# misconception: statement ambiguity: follows Lesson 5 and minimises the cost PER CLAIM (c·mean(p≥t) + L·mean(fraud & p<t)); same argmin as the total cost in exact arithmetic, but division by n can split exact ties by rounding so a larger tied candidate may win
import numpy as np


def choose_threshold(fraud, p, cost_investigation: float, loss_per_fraud: float, candidates) -> float:
    y = np.asarray(fraud).astype(bool)
    p = np.asarray(p, dtype=float)
    grid = np.asarray(candidates, dtype=float)
    investigate = p[:, None] >= grid
    cost = cost_investigation * investigate.mean(axis=0) + loss_per_fraud * (y[:, None] & ~investigate).mean(axis=0)
    return float(grid[cost.argmin()])
