# verdict: correct
# misconception: plain Python: the standard library's statistics.stdev (divisor n - 1) and math.sqrt, no NumPy
import math
import statistics


def standard_error(x) -> float:
    """Standard error of the mean with the standard library."""
    values = [float(v) for v in x]
    return statistics.stdev(values) / math.sqrt(len(values))
