"""The student kernel's end of the bridge: answer the checker's requests with data.

The relay runs :func:`serve_loop` in the student kernel as a silent execution (no history, no
``In`` entry, no result shown). Whatever the student's code does to this module only changes
the student's own answers: the checker trusts nothing it receives beyond its being data.
"""

from __future__ import annotations

import base64
import builtins
import importlib
import os
import pickle
import warnings
from pathlib import Path
from typing import Any

from mlpath.bridge import codec

#: The first prompt of :func:`serve_loop`: ready for a request.
READY_PROMPT = "\x00mlpath-bridge-ready\x00"
#: A prompt carrying the reply to a request.
REPLY_PROMPT = "\x00mlpath-bridge-reply\x00"
#: A prompt carrying a call back into the checker (the answer is its result).
CALLBACK_PROMPT = "\x00mlpath-bridge-callback\x00"
#: The line that ends :func:`serve_loop`.
END = "\x00mlpath-bridge-end\x00"
#: Tags of arguments a function could change in place (the checker's copy is updated to match).
MUTABLE = ("dict", "set", "ndarray", "objarray", "frame", "series")
#: Files larger than this are not copied to the checker.
MAX_FILE_BYTES = 50 * 2**20
#: Nor, in all, more than this.
MAX_FILES_BYTES = 200 * 2**20

_objects: dict[int, Any] = {}  # what the checker holds handles to, by handle id


def serve_loop() -> None:
    """Answer the checker's requests until it says the test cell is over.

    The relay runs this in the student kernel as one silent execution per test cell. Every
    exchange is an ``input()``: the prompt carries the reply to the last request (or says the
    loop is ready), and the line the relay answers with is the next request.
    """
    message = input(READY_PROMPT)
    while message != END:
        message = input(REPLY_PROMPT + reply_to(message))


def reply_to(request: str) -> str:
    """The reply to one request of the checker's, as JSON."""
    try:
        reply = _answer(codec.loads(request))
    except BaseException as error:  # noqa: BLE001 -- the checker decides what an error means
        reply = {"raise": describe_exception(error)}
    try:
        return codec.dumps(reply)
    except (TypeError, ValueError) as error:
        return codec.dumps({"raise": describe_exception(codec.BridgeError(f"the reply could not be sent: {error}"))})


def _answer(request: dict) -> dict:
    op = request["op"]
    if op == "names":
        namespace = _namespace()
        return {"values": {name: _encode(namespace[name]) for name in request["names"] if name in namespace}}
    if op == "call":
        return _call(request)
    if op == "getattr":
        return {"ok": _encode(getattr(_objects[request["target"]], request["name"]))}
    if op == "files":
        return _files(request.get("wanted", []))
    raise codec.BridgeError(f"unknown request {op!r}")


def _namespace() -> dict[str, Any]:
    from IPython import get_ipython

    return get_ipython().user_ns


def _call(request: dict) -> dict:
    target = _objects[request["target"]]
    args = [codec.decode(tree, _resolve) for tree in request["args"]]
    kwargs = {name: codec.decode(tree, _resolve) for name, tree in request["kwargs"].items()}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            reply: dict[str, Any] = {"ok": _encode(target(*args, **kwargs))}
        except Exception as error:  # noqa: BLE001 -- the checker turns it into feedback
            reply = {"raise": describe_exception(error)}
    reply["warnings"] = [[exception_bases(w.category), w.category.__name__, str(w.message)] for w in caught]
    reply["changed"] = {
        "args": {str(i): now for i, (tree, value) in enumerate(zip(request["args"], args))
                 if (now := _changed(tree, value)) is not None},
        "kwargs": {name: now for name, tree in request["kwargs"].items()
                   if (now := _changed(tree, kwargs[name])) is not None},
    }
    return reply


def _changed(sent: Any, value: Any) -> Any:
    """The new encoding of an argument the call changed in place, else ``None``."""
    if not (isinstance(sent, list) or isinstance(sent, dict) and sent.get(codec.TAG) in MUTABLE):
        return None
    try:
        now = codec.encode(value, _handle)
    except codec.BridgeError:
        return None
    return now if codec.dumps(now) != codec.dumps(sent) else None


def _encode(value: Any) -> Any:
    try:
        return codec.encode(value, _handle)
    except codec.BridgeError:
        return _handle(value)


def _handle(value: Any) -> dict:
    """Keep ``value`` here and describe it for the checker."""
    if isinstance(value, type) and issubclass(value, BaseException):
        return {codec.TAG: "exception_class", "name": value.__name__, "module": str(value.__module__),
                "bases": exception_bases(value)}
    _objects[id(value)] = value
    tree = {codec.TAG: "handle", "owner": "student", "id": id(value), "callable": callable(value),
            "type": f"{type(value).__module__}.{type(value).__qualname__}", "repr": _short_repr(value)}
    name = getattr(value, "__name__", None)
    if isinstance(name, str):
        tree["name"] = name
    if type(value).__name__ == "module":
        tree[codec.TAG] = "module"
        tree["local"] = _is_local(value)
    return tree


def _is_local(module: Any) -> bool:
    """Whether a module comes from the notebook's folder (the student's own code)."""
    path = getattr(module, "__file__", None)
    return path is None or Path(path).resolve().is_relative_to(Path.cwd().resolve())


def _short_repr(value: Any, width: int = 200) -> str:
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 -- a broken __repr__ must not stop the call
        text = f"<{type(value).__name__}>"
    return text if len(text) <= width else text[: width - 1] + "…"


def exception_bases(kind: type) -> list[str]:
    """The built-in exception (or warning) classes ``kind`` derives from, nearest first."""
    return [c.__name__ for c in kind.__mro__ if getattr(builtins, c.__name__, None) is c
            and issubclass(c, BaseException)]


def describe_exception(error: BaseException) -> dict:
    """An exception as data: its class, the built-in classes it derives from, message, arguments."""
    try:
        message = str(error)
    except Exception:  # noqa: BLE001
        message = f"<{type(error).__name__}>"
    try:
        args = codec.encode(error.args, _handle)
    except Exception:  # noqa: BLE001 -- arguments that cannot cross are left out
        args = None
    return {"name": type(error).__name__, "module": str(type(error).__module__),
            "bases": exception_bases(type(error)), "message": message[:20_000], "args": args}


def _resolve(tree: dict) -> Any:
    """The checker's objects: its own pickles, modules by name, its callables as call-backs."""
    tag = tree[codec.TAG]
    if tag == "pickle":
        return pickle.loads(base64.b64decode(tree["b64"]))
    if tag == "module":
        return importlib.import_module(tree["name"])
    if tag == "handle" and tree.get("owner") == "student":
        return _objects[tree["id"]]
    if tag == "handle":
        return CheckerObject(tree)
    raise codec.BridgeError(f"cannot rebuild {tag!r} here")


class CheckerObject:
    """An object of the checker's (a test's forecaster, say): calling it calls into the checker."""

    def __init__(self, tree: dict) -> None:
        self._tree = tree
        if isinstance(tree.get("name"), str):
            self.__name__ = tree["name"]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._ask({"op": "call", "target": self._tree["id"], "args": [_encode(a) for a in args],
                          "kwargs": {k: _encode(v) for k, v in kwargs.items()}})

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._ask({"op": "getattr", "target": self._tree["id"], "name": name})

    def __repr__(self) -> str:
        return str(self._tree.get("repr", "<the checker's object>"))

    @staticmethod
    def _ask(request: dict) -> Any:
        reply = codec.loads(input(CALLBACK_PROMPT + codec.dumps(request)))
        if "raise" in reply:
            described = reply["raise"]
            kind = getattr(builtins, described["bases"][0] if described["bases"] else "RuntimeError", RuntimeError)
            raise kind(described["message"])
        return codec.decode(reply["ok"], _resolve)


def _files(wanted: list[str]) -> dict:
    """The notebook folder's regular files: sizes and times, and the contents asked for.

    Notebooks, checkpoints, caches and links are left out.
    """
    listing: dict[str, list[int]] = {}
    for folder, folders, names in os.walk("."):
        folders[:] = [f for f in folders if not f.startswith(".") and f != "__pycache__"]
        for name in names:
            path = os.path.join(folder, name)[2:]
            if name.endswith(".ipynb") or name.startswith(".") or os.path.islink(path):
                continue
            info = os.stat(path, follow_symlinks=False)
            if info.st_size <= MAX_FILE_BYTES and os.path.isfile(path):
                listing[path] = [info.st_size, info.st_mtime_ns]
    contents, total = {}, 0
    for path in wanted:
        if path in listing and total + listing[path][0] <= MAX_FILES_BYTES:
            with open(path, "rb") as file:
                contents[path] = base64.b64encode(file.read(MAX_FILE_BYTES)).decode("ascii")
            total += listing[path][0]
    return {"listing": listing, "contents": contents}
