"""Set up, start and stop the course's JupyterHub on this machine (``make hub``).

One instructor and a few students, each a real local Unix user, log in with their passwords
(PAM); every user gets their own JupyterLab server (``LocalProcessSpawner``), and nbgrader's
exchange is a shared folder between them. Needs root: it creates the users.

Set-up, each step skipped when already done:

1. **The hub's environment**: the course's pinned ``environment.yml`` installed with Debian's
   ``/usr/bin/python3`` into ``/opt/mlpath-hub/env-<hash of environment.yml>`` (the machine's
   default Python lives under ``/root``, which other users cannot read), the course package
   non-editable, bytecode compiled. Its ``etc/jupyter`` holds what every user shares: the
   course id and the exchange for nbgrader, and the formgrader switched off.
2. **The proxy**: configurable-http-proxy from npm (``hub/package-lock.json``, ``npm ci``).
3. **The users**: ``<prefix>-instructor`` and ``<prefix>-student1..N`` with random passwords,
   kept in a root-only file and printed at start; homes are 700, so no student can read the
   instructor's solutions or gradebook, or a classmate's work.
4. **The exchange** (mode 1777, as ``/tmp``: everyone may write, nobody may delete another
   user's files) and **the instructor's course**: a copy of ``source/``, ``release/`` and the
   course's ``nbgrader_config.py`` in ``~/mlpath``, with every assignment generated and
   released, and the formgrader switched on for the instructor alone. Each student gets a
   copy of the lessons in ``~/notebooks``.

Run ``python hub/mlpath_hub.py --help`` for the commands; ``tests/test_hub.py`` uses the same
functions on its own users, ports and exchange.
"""

from __future__ import annotations

import argparse
import grp
import hashlib
import importlib.util
import json
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HUB_DIR = REPO / "hub"
#: Where environments and the default hub's state live (world-readable except ``state``).
HUB_HOME = Path(os.environ.get("MLPATH_HUB_HOME", "/opt/mlpath-hub"))
DEBIAN_PYTHON = Path("/usr/bin/python3")
COURSE_ID = "mlpath"
#: nbgrader's front-end pieces only an instructor should see (Unix permissions protect the
#: course itself; this keeps students' menus to what they can use).
INSTRUCTOR_LAB_PLUGINS = ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
                          "@jupyter/nbgrader:course-list")
INSTRUCTOR_SERVER_EXTENSIONS = ("nbgrader.server_extensions.formgrader",
                                "nbgrader.server_extensions.course_list")
# The hub sends `frame-ancestors 'none'`, which leaves Lab's Formgrader panel (an iframe of
# the same server) blank: the instructor's server allows its own pages to frame it.
INSTRUCTOR_CSP = "frame-ancestors 'self'"
# Students' servers read this (the instructor's also loads the course's own nbgrader_config.py).
SHARED_NBGRADER_CONFIG = '''\
"""nbgrader settings every user of the mlpath hub shares (written by hub/mlpath_hub.py)."""
import os

from mlpath.feedback import concise_check_errors

c = get_config()  # noqa: F821
c.CourseDirectory.course_id = "mlpath"
c.Exchange.root = os.environ.get("MLPATH_EXCHANGE", "/srv/nbgrader/exchange")
# Validate shows a failed check's teaching message, not a traceback (as in the course config).
c.Validator.Execute.on_cell_error = concise_check_errors
'''
# Run as the instructor in the course folder: one process for every assignment, where the
# command line would pay nbgrader's ~4.5 s start-up twice per assignment.
# The students go into the gradebook with names, or the Formgrader lists them as "None, None".
GENERATE_AND_RELEASE = """
import json
import sys
from nbgrader.apps import NbGraderAPI
from nbgrader.apps.baseapp import NbGrader

plan = json.loads(sys.argv[1])
app = NbGrader()
app.load_config_file()  # as the formgrader does: ~/.jupyter, then the course folder's
app.config.ExchangeReleaseAssignment.force = True
api = NbGraderAPI(config=app.config)
for assignment in plan["assignments"]:
    for step in (api.generate_assignment, api.release_assignment):
        result = step(assignment)
        if not result["success"]:
            sys.exit(f"{step.__name__} {assignment}: {result.get('error')}\\n{result.get('log')}")
with api.gradebook as gradebook:
    for student, (first, last) in plan["students"].items():
        gradebook.update_or_create_student(student, first_name=first, last_name=last)
"""
#: Names the demo students get in the gradebook (then "Student <n>").
DEMO_NAMES = (("Ada", "Lovelace"), ("Alan", "Turing"), ("Grace", "Hopper"), ("Katherine", "Johnson"))
INSTRUCTOR_NBGRADER_CONFIG = '''\
"""The instructor's course directory: its own nbgrader_config.py says the rest."""
c = get_config()  # noqa: F821
load_subconfig({config!r})  # noqa: F821
'''


def _bootstrap():
    """tools/bootstrap.py, the one reader of environment.yml (not a package: load it by path)."""
    spec = importlib.util.spec_from_file_location("bootstrap", REPO / "tools" / "bootstrap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Site:
    """One hub on this machine: who uses it, where it keeps its state, which ports it takes.

    Parameters
    ----------
    state : Path
        Root-only folder: the hub's database, cookie secret and the users' passwords.
    exchange : Path
        nbgrader's exchange, shared by all users.
    user_prefix : str
        Users are ``<prefix>-instructor`` and ``<prefix>-student1`` ... ``-studentN``.
    students : int
        How many students.
    port, hub_port, proxy_api_port : int
        The public port (students' browsers), the hub's internal API and the proxy's API,
        all on 127.0.0.1.
    assignments : tuple of str
        Assignments generated and released to the exchange at set-up; empty means all of
        ``source/``.
    """

    state: Path = HUB_HOME / "state"
    exchange: Path = Path("/srv/nbgrader/exchange")
    user_prefix: str = "mlpath"
    students: int = 2
    port: int = 8000
    hub_port: int = 8081
    proxy_api_port: int = 8001
    assignments: tuple[str, ...] = field(default_factory=tuple)

    @property
    def instructor(self) -> str:
        """The instructor's user name."""
        return f"{self.user_prefix}-instructor"

    @property
    def student_names(self) -> list[str]:
        """The students' user names."""
        return [f"{self.user_prefix}-student{i}" for i in range(1, self.students + 1)]

    @property
    def users(self) -> list[str]:
        """Every user, instructor first."""
        return [self.instructor, *self.student_names]

    @property
    def url(self) -> str:
        """Where users log in."""
        return f"http://127.0.0.1:{self.port}"

    def released(self) -> list[str]:
        """The assignments released at set-up."""
        return list(self.assignments) or sorted(p.name for p in (REPO / "source").iterdir() if p.is_dir())


def pinned_requirements() -> list[str]:
    """``environment.yml``'s pins without the editable course package (installed apart)."""
    return [r for r in _bootstrap().pip_requirements(REPO / "environment.yml") if r != "-e ."]


def environment_prefix() -> Path:
    """The hub environment's folder for the current ``environment.yml``."""
    digest = hashlib.sha256((REPO / "environment.yml").read_bytes()).hexdigest()[:12]
    return HUB_HOME / f"env-{digest}"


def _run(*args: str | Path, user: str | None = None, cwd: Path | None = None,
         env: dict[str, str] | None = None) -> None:
    """Run a command (as ``user`` through runuser when given), failing with its output."""
    command = [str(a) for a in args]
    if user is not None:
        extra = [f"{k}={v}" for k, v in (env or {}).items()]
        command = ["runuser", "-u", user, "--", "env", f"HOME={home(user)}", *extra, *command]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")


def home(user: str) -> Path:
    """A local user's home folder."""
    return Path(pwd.getpwnam(user).pw_dir)


def _write(path: Path, text: str, owner: str | None = None, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(mode)
    if owner is not None:
        for part in [path, *[p for p in path.parents if p.is_relative_to(home(owner)) and p != home(owner)]]:
            shutil.chown(part, owner, grp.getgrgid(pwd.getpwnam(owner).pw_gid).gr_name)


def build_environment() -> Path:
    """Create (or reuse) the hub's world-readable environment and return its folder.

    The pins are ``environment.yml``'s, read by ``tools/bootstrap.py``; the course package
    is installed non-editable (users cannot read the repository) and reinstalled whenever
    its source changes; the shared Jupyter and nbgrader settings are rewritten every time.
    """
    uv = Path(sys.executable).parent / "uv"
    if not uv.exists():
        raise SystemExit(f"{uv} is missing: run this with the course's .venv/bin/python (make hub does).")
    previous_umask = os.umask(0o022)  # every user must read what is installed
    try:
        return _build_environment(uv)
    finally:
        os.umask(previous_umask)


def _build_environment(uv: Path) -> Path:
    prefix = environment_prefix()
    python = prefix / "bin" / "python"
    bootstrap = _bootstrap()
    complete = prefix / ".mlpath-complete"
    if not complete.exists():
        _run(uv, "venv", "--quiet", "--allow-existing", "--python", DEBIAN_PYTHON, prefix)
        listed = prefix / "requirements-from-environment.txt"
        listed.write_text("\n".join(pinned_requirements()) + "\n")
        # Byte-compile at install: this machine sets PYTHONDONTWRITEBYTECODE=1.
        _run(uv, "pip", "install", "--quiet", "--python", python, "--compile-bytecode", "-r", listed)
        complete.touch()
    source = hashlib.sha256()
    for path in sorted((REPO / "src").rglob("*.py")) + [REPO / "pyproject.toml"]:
        source.update(path.read_bytes())
    stamp = prefix / ".mlpath-source"
    if not stamp.exists() or stamp.read_text() != source.hexdigest():
        # Built from a copy: setuptools would leave build/ and *.egg-info in the clone.
        with tempfile.TemporaryDirectory() as scratch:
            package = Path(scratch) / "mlpath"
            shutil.copytree(REPO / "src", package / "src", ignore=shutil.ignore_patterns("__pycache__"))
            for name in ("pyproject.toml", "README.md"):
                shutil.copy(REPO / name, package)
            _run(uv, "pip", "install", "--quiet", "--python", python, "--compile-bytecode", "--no-deps",
                 "--reinstall-package", "mlpath", package)
        stamp.write_text(source.hexdigest())
    etc = prefix / "etc" / "jupyter"
    _write(prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json",
           json.dumps(bootstrap.LAB_OVERRIDES, indent=2) + "\n")
    _write(etc / "nbgrader_config.py", SHARED_NBGRADER_CONFIG)
    _write(etc / "labconfig" / "page_config.json",
           json.dumps({"disabledExtensions": dict.fromkeys(INSTRUCTOR_LAB_PLUGINS, True)}, indent=2) + "\n")
    # jupyter_server_config.json is read after jupyter_server_config.d/nbgrader.json (which
    # turns every nbgrader extension on), so it has the last word for everyone but the
    # instructor, whose ~/.jupyter comes later still.
    _write(etc / "jupyter_server_config.json", json.dumps({"ServerApp": {"jpserver_extensions": dict.fromkeys(
        INSTRUCTOR_SERVER_EXTENSIONS, False)}}, indent=2) + "\n")
    # The grading kernelspec lives in the environment, which only root may write: install
    # it now, or the instructor's first autograde fails writing it.
    _run(python, "-c", "from mlpath.limits import ensure_grader_kernel; ensure_grader_kernel()")
    datasets = prefix / "share" / "mlpath" / "datasets"
    shutil.copytree(REPO / "datasets", datasets, dirs_exist_ok=True)
    return prefix


def install_proxy() -> Path:
    """Install configurable-http-proxy from the lock file (when missing) and return its path."""
    proxy = HUB_DIR / "node_modules" / ".bin" / "configurable-http-proxy"
    if not proxy.exists():
        _run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", cwd=HUB_DIR)
    return proxy


def passwords(site: Site) -> dict[str, str]:
    """Each user's password: made once, kept in the site's root-only state folder."""
    path = site.state / "passwords.json"
    known: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}
    made = {user: known.get(user) or secrets.token_urlsafe(12) for user in site.users}
    if made != known:
        _write(path, json.dumps(made, indent=1) + "\n", mode=0o600)
    return made


def create_users(site: Site) -> None:
    """Create the site's local users (when missing), set their passwords, close their homes."""
    for user in site.users:
        try:
            pwd.getpwnam(user)
        except KeyError:
            _run("useradd", "--create-home", "--shell", "/bin/bash", user)
        home(user).chmod(0o700)
    chpasswd = "".join(f"{user}:{password}\n" for user, password in passwords(site).items())
    result = subprocess.run(["chpasswd"], input=chpasswd, capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(f"chpasswd failed: {result.stderr}")


def user_environment(site: Site, prefix: Path) -> dict[str, str]:
    """What every user's server (and a command run as a user) needs in its environment."""
    return {"MLPATH_EXCHANGE": str(site.exchange),
            "MLPATH_DATASETS": str(prefix / "share" / "mlpath" / "datasets"),
            "PATH": f"{prefix / 'bin'}:/usr/local/bin:/usr/bin:/bin",
            # OpenMP threads wait passively (as `make test` sets): spinning ones starve a
            # classmate's kernel on a shared machine.
            "OMP_WAIT_POLICY": "PASSIVE"}


def _copy_for(user: str, sources: Sequence[Path], target: Path) -> None:
    """Copy files and folders into ``target`` (a new folder), owned by ``user``.

    Copied beside the target first and renamed at the end, so an interrupted set-up leaves
    no half copy that a later one would take for done.
    """
    staging = target.with_name(f".{target.name}-copying")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    for source in sources:
        if source.is_dir():
            shutil.copytree(source, staging / source.name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        else:
            shutil.copy(source, staging)
    _run("chown", "-R", f"{user}:", staging)
    staging.rename(target)


def give_lessons(site: Site) -> None:
    """Give every student their own copy of the lessons in ``~/notebooks`` (once).

    The assignments' "Where to look" names ``notebooks/...``; module 5's lessons write files
    beside themselves, so each student needs a copy they can write to.
    """
    for user in site.student_names:
        lessons = home(user) / "notebooks"
        if not lessons.exists():
            _copy_for(user, sorted((REPO / "notebooks").iterdir()), lessons)


def prepare_instructor(site: Site, prefix: Path) -> None:
    """Give the instructor a course directory (once) and the formgrader; release assignments.

    ``~/mlpath`` is created only when missing, so set-up never overwrites an instructor's
    grading; assignments are generated (which records them in the gradebook, as autograding
    needs) and released only then.
    """
    user = site.instructor
    course = home(user) / COURSE_ID
    _write(home(user) / ".jupyter" / "nbgrader_config.py",
           INSTRUCTOR_NBGRADER_CONFIG.format(config=str(course / "nbgrader_config.py")), owner=user)
    _write(home(user) / ".jupyter" / "jupyter_server_config.json", json.dumps({"ServerApp": {
        "jpserver_extensions": dict.fromkeys(INSTRUCTOR_SERVER_EXTENSIONS, True),
        "tornado_settings": {"headers": {"Content-Security-Policy": INSTRUCTOR_CSP}}}}, indent=2) + "\n",
        owner=user)
    _write(home(user) / ".jupyter" / "labconfig" / "page_config.json", json.dumps(
        {"disabledExtensions": dict.fromkeys(INSTRUCTOR_LAB_PLUGINS, False)}, indent=2) + "\n", owner=user)
    if course.exists():
        return
    _copy_for(user, [REPO / "source", REPO / "release", REPO / "nbgrader_config.py"], course)
    names = {student: DEMO_NAMES[i] if i < len(DEMO_NAMES) else ("Student", str(i + 1))
             for i, student in enumerate(site.student_names)}
    plan = json.dumps({"assignments": site.released(), "students": names})
    _run(prefix / "bin" / "python", "-c", GENERATE_AND_RELEASE, plan,
         user=user, cwd=course, env=user_environment(site, prefix))


def set_up(site: Site) -> Path:
    """Everything a hub needs before it starts; returns the environment's folder."""
    if os.geteuid() != 0:
        raise SystemExit("The hub creates local users: run it as root (sudo make hub).")
    for tool in (DEBIAN_PYTHON, shutil.which("npm"), shutil.which("runuser")):
        if tool is None or not Path(tool).exists():
            raise SystemExit(f"The hub needs {tool or 'npm and runuser'}; install it first.")
    HUB_HOME.mkdir(parents=True, exist_ok=True)
    HUB_HOME.chmod(0o755)
    site.state.mkdir(parents=True, exist_ok=True)
    site.state.chmod(0o700)
    prefix = build_environment()
    install_proxy()
    create_users(site)
    site.exchange.mkdir(parents=True, exist_ok=True)
    site.exchange.chmod(0o1777)
    give_lessons(site)
    prepare_instructor(site, prefix)
    return prefix


def start(site: Site, prefix: Path) -> subprocess.Popen[bytes]:
    """Start JupyterHub in its own process group and wait until it answers.

    Returns
    -------
    subprocess.Popen
        The hub; stop it with :func:`stop`. Its log is ``<state>/jupyterhub.log``.
    """
    # The spawner passes PATH, PYTHONPATH and VIRTUAL_ENV on to users' servers: only the hub
    # environment's may reach them.
    inherited = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env = dict(inherited, **user_environment(site, prefix),
               MLPATH_HUB_PREFIX=str(prefix), MLPATH_HUB_STATE=str(site.state),
               MLPATH_HUB_PROXY=str(install_proxy()), MLPATH_HUB_PORT=str(site.port),
               MLPATH_HUB_API_PORT=str(site.hub_port), MLPATH_HUB_PROXY_API_PORT=str(site.proxy_api_port),
               MLPATH_HUB_INSTRUCTOR=site.instructor, MLPATH_HUB_STUDENTS=",".join(site.student_names))
    log = (site.state / "jupyterhub.log").open("ab")
    hub = subprocess.Popen([str(prefix / "bin" / "jupyterhub"), "-f", str(HUB_DIR / "jupyterhub_config.py")],
                           cwd=site.state, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    log.close()
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if hub.poll() is not None:
            raise RuntimeError(f"JupyterHub exited with code {hub.returncode}:\n{_log_tail(site)}")
        try:
            urllib.request.urlopen(f"{site.url}/hub/api", timeout=5).close()
            return hub
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    stop(hub, site)
    raise TimeoutError(f"JupyterHub did not answer on {site.url} within 90 s:\n{_log_tail(site)}")


def _log_tail(site: Site, lines: int = 40) -> str:
    """The end of the hub's log: quoted in errors, since a test removes the state folder."""
    log = site.state / "jupyterhub.log"
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else "(no log)"


def _processes_of(users: Sequence[str]) -> list[int]:
    uids = {pwd.getpwnam(u).pw_uid for u in users if _exists(u)}
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid in uids:
                    found.append(int(entry.name))
            except FileNotFoundError:
                continue
    return found


def _exists(user: str) -> bool:
    try:
        pwd.getpwnam(user)
    except KeyError:
        return False
    return True


def stop(hub: subprocess.Popen[bytes], site: Site) -> None:
    """Stop the hub: it stops the users' servers and its proxy; then end any stragglers.

    SIGTERM lets JupyterHub shut every user's server down (they run in sessions of their
    own); whatever a site's users still run after that (a kernel whose server was killed) is
    ended by PID.
    """
    for signal_number, grace in ((signal.SIGTERM, 30), (signal.SIGKILL, 5)):
        try:
            os.killpg(hub.pid, signal_number)
        except ProcessLookupError:
            break
        try:
            hub.wait(timeout=grace)
            break
        except subprocess.TimeoutExpired:
            continue
    for pid in _processes_of(site.users):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            continue


def remove(site: Site) -> None:
    """Delete the site's users with their homes, its exchange and its state."""
    for pid in _processes_of(site.users):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            continue
    for user in site.users:
        if _exists(user):
            _run("userdel", "--remove", user)
    shutil.rmtree(site.exchange, ignore_errors=True)
    shutil.rmtree(site.state, ignore_errors=True)


def login_help(site: Site) -> str:
    """How to log in, with every user's name and password."""
    lines = [f"JupyterHub for the course is up: open {site.url} and log in as", ""]
    for user, password in passwords(site).items():
        role = "instructor (Formgrader: Nbgrader menu)" if user == site.instructor else "student"
        lines.append(f"  {user:<24} password {password:<18} {role}")
    lines += ["", f"Exchange: {site.exchange}; the instructor's course: {home(site.instructor) / COURSE_ID}.",
              "Ctrl-C stops the hub and every user's server."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """``make hub``: set up, start, print how to log in, and run until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["run", "setup", "remove", "requirements"], nargs="?",
                        default="run",
                        help="run (default): set up and serve until Ctrl-C; setup: only set up; "
                             "remove: delete the hub's users, exchange and state; requirements: "
                             "print the pinned packages (for another hub's user environment)")
    parser.add_argument("--port", type=int, default=Site.port)
    args = parser.parse_args(argv)
    site = Site(port=args.port)
    if args.command == "requirements":
        print("\n".join(pinned_requirements()))
        return
    if args.command == "remove":
        remove(site)
        return
    started = time.perf_counter()
    prefix = set_up(site)
    print(f"Hub set up in {time.perf_counter() - started:.0f} s (environment {prefix}).", flush=True)
    if args.command == "setup":
        return
    hub = start(site, prefix)
    print(login_help(site), flush=True)
    # Ctrl-C and a plain `kill` both end in stop(), so the users' servers go with the hub.
    # SIGINT is set explicitly: a shell starting `make hub &` leaves it ignored.
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signal_number, lambda *_: sys.exit(0))
    try:
        hub.wait()
    except SystemExit:
        pass
    finally:
        stop(hub, site)
        print("JupyterHub stopped.", flush=True)


if __name__ == "__main__":
    main()
