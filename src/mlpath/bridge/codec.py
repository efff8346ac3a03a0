"""Values as data: what crosses between the student kernel and the checker.

:func:`encode` turns a value into a tree of JSON values; :func:`decode` builds the value again.
Data crosses by value: ``None``, booleans, numbers, strings, bytes, lists, tuples (named ones
too), dicts, sets, NumPy scalars and arrays, pandas frames, series, indexes and categoricals,
dates and paths. Anything else is handed to the ``fallback`` of the side that encodes: the
student's side sends a handle (the object stays in the student kernel); the checker's side sends
its callables as handles too, and other objects of its own (a fitted model) pickled, which only
the student's side accepts. Decoding builds nothing but these types: NumPy arrays are read with
``allow_pickle=False``, and a tag the decoder does not know is refused.
"""

from __future__ import annotations

import base64
import collections
import datetime as dt
import decimal
import fractions
import io
import json
from collections.abc import Callable
from pathlib import PurePath
from typing import Any

import numpy as np
import pandas as pd

#: The key naming the type of an encoded value that JSON cannot carry as it is.
TAG = "$t"
#: Deepest nesting encoded or decoded (a list inside a dict inside ... ).
MAX_DEPTH = 60

#: NumPy kinds whose scalars cross as a number and a dtype: booleans, integers, floats.
_PLAIN_KINDS = "biuf"

Fallback = Callable[[Any], dict]
Resolver = Callable[[dict], Any]


class BridgeError(Exception):
    """A value could not cross: too deep, an unknown tag, or malformed data."""


def dumps(tree: Any) -> str:
    """The encoded tree as compact JSON (NaN and infinities allowed)."""
    return json.dumps(tree, separators=(",", ":"))


def loads(text: str) -> Any:
    """Parse JSON written by :func:`dumps`."""
    return json.loads(text)


def encode(value: Any, fallback: Fallback, depth: int = 0) -> Any:
    """Encode ``value`` as a tree of JSON values.

    Parameters
    ----------
    value : Any
    fallback : callable
        Called with a value that is not data; returns its encoding (a handle or a pickle).
    depth : int
        Nesting so far.

    Returns
    -------
    Any
        ``None``, a bool, a number, a string, a list or a dict with :data:`TAG`.
    """
    if depth > MAX_DEPTH:
        raise BridgeError(f"a value nested more than {MAX_DEPTH} levels deep cannot be passed")
    again = lambda v: encode(v, fallback, depth + 1)
    if value is None or type(value) in (bool, str, int, float):
        return value
    if isinstance(value, np.generic):  # before float: np.float64 is a float, and tests ask which it is
        if value.dtype.kind in _PLAIN_KINDS:
            return {TAG: "npscalar", "dtype": value.dtype.str, "v": value.item()}
        return {TAG: "npscalar", "a": _encode_array(np.asarray(value), again)}
    if isinstance(value, (bool, str, int, float)):  # subclasses (an IntEnum, say) cross as the base type
        return next(base(value) for base in (bool, str, int, float) if isinstance(value, base))
    if type(value) is list:
        if value and isinstance(value[0], np.generic) and value[0].dtype.kind in _PLAIN_KINDS and all(
                isinstance(v, np.generic) and v.dtype == value[0].dtype for v in value):
            return {TAG: "scalarlist", "a": _encode_array(np.array(value), again)}  # list(array) of NumPy numbers
        return [again(v) for v in value]
    if isinstance(value, tuple):
        if hasattr(value, "_fields") and type(value).__module__ != "builtins":
            return {TAG: "namedtuple", "name": type(value).__name__, "fields": list(value._fields),
                    "v": [again(v) for v in value]}
        return {TAG: "tuple", "v": [again(v) for v in value]}
    if isinstance(value, dict) and type(value) in (dict, collections.OrderedDict, collections.defaultdict):
        return {TAG: "dict", "k": [again(k) for k in value], "v": [again(v) for v in value.values()]}
    if isinstance(value, (set, frozenset)):
        return {TAG: type(value).__name__, "v": [again(v) for v in value]}
    if isinstance(value, complex):
        return {TAG: "complex", "re": value.real, "im": value.imag}
    if isinstance(value, bytes):
        return {TAG: "bytes", "b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, range):
        return {TAG: "range", "v": [value.start, value.stop, value.step]}
    if isinstance(value, slice):
        return {TAG: "slice", "v": [again(value.start), again(value.stop), again(value.step)]}
    if isinstance(value, PurePath):
        return {TAG: "path", "v": str(value)}
    if isinstance(value, (fractions.Fraction, decimal.Decimal)):
        return {TAG: type(value).__name__, "v": str(value)}
    if isinstance(value, np.ndarray):
        return _encode_array(value, again)
    encoded = _encode_pandas(value, again)
    if encoded is not None:
        return encoded
    if isinstance(value, dt.datetime):
        return {TAG: "datetime", "v": value.isoformat()}
    if isinstance(value, dt.date):
        return {TAG: "date", "v": value.isoformat()}
    if isinstance(value, dt.time):
        return {TAG: "time", "v": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {TAG: "timedelta", "v": [value.days, value.seconds, value.microseconds]}
    return fallback(value)


def _encode_array(array: np.ndarray, again: Callable[[Any], Any]) -> dict:
    if array.dtype.kind in "biufcmMSU" and array.dtype.fields is None:
        buffer = io.BytesIO()
        np.save(buffer, np.ascontiguousarray(array) if array.ndim else array, allow_pickle=False)
        return {TAG: "ndarray", "npy": base64.b64encode(buffer.getvalue()).decode("ascii")}
    if array.dtype.kind == "O":
        return {TAG: "objarray", "shape": list(array.shape), "v": [again(v) for v in array.ravel()]}
    raise BridgeError(f"arrays of dtype {array.dtype} cannot be passed")


def _encode_pandas(value: Any, again: Callable[[Any], Any]) -> dict | None:
    """Encode a pandas object, or return ``None`` when ``value`` is not one."""
    if value is pd.NaT:
        return {TAG: "nat"}
    if value is pd.NA:
        return {TAG: "na"}
    if isinstance(value, pd.DataFrame):
        return {TAG: "frame", "columns": again(value.columns), "index": again(value.index),
                "data": [_encode_values(value.iloc[:, i], again) for i in range(value.shape[1])]}
    if isinstance(value, pd.Series):
        return {TAG: "series", "v": _encode_values(value, again), "index": again(value.index),
                "name": again(value.name)}
    if isinstance(value, pd.RangeIndex):
        return {TAG: "rangeindex", "v": [value.start, value.stop, value.step], "name": again(value.name)}
    if isinstance(value, pd.MultiIndex):
        return {TAG: "multiindex", "levels": [again(level) for level in value.levels],
                "codes": [again(np.asarray(c)) for c in value.codes], "names": [again(n) for n in value.names]}
    if isinstance(value, pd.Index):
        return {TAG: "index", "v": _encode_values(value, again), "name": again(value.name)}
    if isinstance(value, pd.Categorical):
        return _encode_values(pd.Series(value), again)
    if isinstance(value, pd.Timestamp):
        return {TAG: "timestamp", "v": value.isoformat()}
    if isinstance(value, pd.Timedelta):
        return {TAG: "pdtimedelta", "ns": int(value.value)}
    return None


def _encode_values(values: pd.Series | pd.Index, again: Callable[[Any], Any]) -> dict:
    """The values of a series or an index, keeping their dtype."""
    dtype = values.dtype
    if isinstance(dtype, np.dtype):
        return _encode_array(values.to_numpy(), again)
    if isinstance(dtype, pd.CategoricalDtype):
        categorical = pd.Categorical(values)
        return {TAG: "categorical", "codes": again(np.asarray(categorical.codes)),
                "categories": again(categorical.categories), "ordered": bool(categorical.ordered)}
    if isinstance(dtype, pd.DatetimeTZDtype):
        return {TAG: "datetimetz", "i8": again(np.asarray(values.array.asi8)), "tz": str(dtype.tz),
                "unit": dtype.unit}
    items = values.astype(object).to_numpy()
    return {TAG: "extarray", "dtype": str(dtype),
            "v": [None if v is pd.NA or v is None or v is pd.NaT else again(v) for v in items]}


def decode(tree: Any, resolve: Resolver, depth: int = 0) -> Any:
    """Build the value :func:`encode` encoded.

    Parameters
    ----------
    tree : Any
        The parsed JSON.
    resolve : callable
        Called with an encoded handle or pickle; returns the object it stands for, or raises
        :class:`BridgeError` when this side refuses it.
    depth : int
        Nesting so far.

    Returns
    -------
    Any
    """
    if depth > MAX_DEPTH:
        raise BridgeError(f"a value nested more than {MAX_DEPTH} levels deep was refused")
    again = lambda v: decode(v, resolve, depth + 1)
    if tree is None or isinstance(tree, (bool, int, float, str)):
        return tree
    if isinstance(tree, list):
        return [again(v) for v in tree]
    if not isinstance(tree, dict) or not isinstance(tree.get(TAG), str):
        raise BridgeError(f"malformed value: {type(tree).__name__}")
    tag = tree[TAG]
    builder = _BUILDERS.get(tag)
    if builder is None:
        if tag in ("handle", "pickle", "module", "exception_class"):
            return resolve(tree)
        raise BridgeError(f"unknown kind of value: {tag!r}")
    try:
        return builder(tree, again)
    except BridgeError:
        raise
    except (KeyError, TypeError, ValueError, OverflowError) as error:
        raise BridgeError(f"malformed {tag}: {error}") from None


def _decode_array(tree: dict, again: Callable[[Any], Any]) -> np.ndarray:
    if tree[TAG] == "objarray":
        shape = tuple(int(n) for n in tree["shape"])
        items = [again(v) for v in tree["v"]]
        array = np.empty(len(items), dtype=object)
        array[:] = items if items else array
        return array.reshape(shape)
    if tree[TAG] != "ndarray":
        raise BridgeError(f"expected an array, found {tree[TAG]!r}")
    return np.load(io.BytesIO(base64.b64decode(tree["npy"], validate=True)), allow_pickle=False)


def _decode_values(tree: dict, again: Callable[[Any], Any]) -> Any:
    """Values of a series or an index: an array, a categorical, or a pandas extension array."""
    tag = tree[TAG]
    if tag == "categorical":
        return pd.Categorical.from_codes(_decode_array(tree["codes"], again), categories=again(tree["categories"]),
                                         ordered=bool(tree["ordered"]))
    if tag == "datetimetz":
        naive = _decode_array(tree["i8"], again).view(f"M8[{tree['unit']}]")
        return pd.DatetimeIndex(naive).tz_localize("UTC").tz_convert(str(tree["tz"])).array
    if tag == "extarray":
        return pd.array([pd.NA if v is None else again(v) for v in tree["v"]], dtype=str(tree["dtype"]))
    return _decode_array(tree, again)


def _decode_frame(tree: dict, again: Callable[[Any], Any]) -> pd.DataFrame:
    index = again(tree["index"])
    columns = [_decode_values(c, again) for c in tree["data"]]
    frame = pd.DataFrame(dict(enumerate(columns)), index=index) if columns else pd.DataFrame(index=index)
    frame.columns = again(tree["columns"])
    return frame


def _decode_multiindex(tree: dict, again: Callable[[Any], Any]) -> pd.MultiIndex:
    return pd.MultiIndex(levels=[again(level) for level in tree["levels"]],
                         codes=[_decode_array(c, again) for c in tree["codes"]],
                         names=[again(n) for n in tree["names"]])


_NAMEDTUPLES: dict[tuple[str, tuple[str, ...]], type] = {}


def _decode_namedtuple(tree: dict, again: Callable[[Any], Any]) -> tuple:
    key = (str(tree["name"]), tuple(str(f) for f in tree["fields"]))
    if key not in _NAMEDTUPLES:
        _NAMEDTUPLES[key] = collections.namedtuple(key[0], key[1], rename=True)  # type: ignore[misc]
    return _NAMEDTUPLES[key](*[again(v) for v in tree["v"]])


def _decode_scalar(tree: dict, again: Callable[[Any], Any]) -> np.generic:
    if "dtype" in tree:
        dtype = np.dtype(str(tree["dtype"]))
        if dtype.kind not in _PLAIN_KINDS or not isinstance(tree["v"], (bool, int, float)):
            raise BridgeError(f"a NumPy scalar of dtype {dtype} must come as an array")
        return dtype.type(tree["v"])
    array = _decode_array(tree["a"], again)
    if array.shape != ():
        raise BridgeError("a NumPy scalar must have shape ()")
    return array[()]


_BUILDERS: dict[str, Callable[[dict, Callable[[Any], Any]], Any]] = {
    "tuple": lambda t, a: tuple(a(v) for v in t["v"]),
    "namedtuple": _decode_namedtuple,
    "dict": lambda t, a: {a(k): a(v) for k, v in zip(t["k"], t["v"], strict=True)},
    "set": lambda t, a: {a(v) for v in t["v"]},
    "frozenset": lambda t, a: frozenset(a(v) for v in t["v"]),
    "complex": lambda t, a: complex(float(t["re"]), float(t["im"])),
    "bytes": lambda t, a: base64.b64decode(t["b64"], validate=True),
    "range": lambda t, a: range(*(int(v) for v in t["v"])),
    "slice": lambda t, a: slice(*(a(v) for v in t["v"])),
    "path": lambda t, a: PurePath(str(t["v"])),
    "Fraction": lambda t, a: fractions.Fraction(str(t["v"])),
    "Decimal": lambda t, a: decimal.Decimal(str(t["v"])),
    "ndarray": _decode_array,
    "objarray": _decode_array,
    "npscalar": _decode_scalar,
    "scalarlist": lambda t, a: list(_decode_array(t["a"], a)),
    "nat": lambda t, a: pd.NaT,
    "na": lambda t, a: pd.NA,
    "frame": _decode_frame,
    "series": lambda t, a: pd.Series(_decode_values(t["v"], a), index=a(t["index"]), name=a(t["name"])),
    "rangeindex": lambda t, a: pd.RangeIndex(*(int(v) for v in t["v"]), name=a(t["name"])),
    "multiindex": _decode_multiindex,
    "index": lambda t, a: pd.Index(_decode_values(t["v"], a), name=a(t["name"])),
    "categorical": _decode_values,
    "datetimetz": _decode_values,
    "extarray": _decode_values,
    "timestamp": lambda t, a: pd.Timestamp(str(t["v"])),
    "pdtimedelta": lambda t, a: pd.Timedelta(int(t["ns"]), unit="ns"),
    "datetime": lambda t, a: dt.datetime.fromisoformat(str(t["v"])),
    "date": lambda t, a: dt.date.fromisoformat(str(t["v"])),
    "time": lambda t, a: dt.time.fromisoformat(str(t["v"])),
    "timedelta": lambda t, a: dt.timedelta(*(int(v) for v in t["v"])),
}
