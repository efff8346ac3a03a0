# verdict: wrong
# misconception: np.asarray kept the integer dtype of whole-unit demand and the loss was accumulated into np.zeros_like(y), an int array, so every fractional loss is truncated
# feedback: stored in an INTEGER array
# score: 0
import numpy as np


def pinball_loss(y, q_pred, alpha: float) -> float:
    y = np.asarray(y)
    q = np.asarray(q_pred)
    loss = np.zeros_like(y)
    for i in range(len(y)):
        d = y[i] - q[i]
        loss[i] = alpha * d if d >= 0 else (alpha - 1) * d
    return float(loss.mean())
