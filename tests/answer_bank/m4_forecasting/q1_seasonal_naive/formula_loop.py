# verdict: correct
# misconception: a plain loop over the statement's formula y[T+h-km], k = ceil(h / m), with 1-based h turned into 0-based positions
import math


def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """Forecast ``horizon`` steps by repeating the last observed season."""
    values = list(np.asarray(y, dtype=float))
    T = len(values)
    forecasts = []
    for h in range(1, horizon + 1):
        k = math.ceil(h / m)
        forecasts.append(values[T + h - k * m - 1])  # position of y_{T+h-km}, 1-based -> 0-based
    return np.array(forecasts)
