"""JupyterHub configuration for the ML Engineer's Path course (``make hub``).

``hub/mlpath_hub.py`` starts JupyterHub with this file and passes the machine-specific values
(paths, ports, user names) as ``MLPATH_HUB_*`` environment variables, so the file itself only
says *what* the course needs. Each block says what changes on the two usual ways to run a
hub for a real class (the README's "Teaching on a JupyterHub" has the steps):

- **The Littlest JupyterHub (TLJH)**, one server: TLJH owns authentication, spawning, the
  proxy and ports; copy the nbgrader blocks into ``/opt/tljh/config/jupyterhub_config.d/``.
- **Zero to JupyterHub (Z2JH)**, Kubernetes: the same blocks go into the Helm chart's
  ``hub.extraConfig``; users run in pods of their own (see the exchange below).
"""

import os

c = get_config()  # noqa: F821 -- injected by traitlets when JupyterHub loads this file

ENV = os.environ
PREFIX = ENV["MLPATH_HUB_PREFIX"]  # the hub's Python environment (Debian's python3, world-readable)
STATE = ENV["MLPATH_HUB_STATE"]    # root-only: database, cookie secret, proxy pid

# --- Network: loopback only. -------------------------------------------------------------
# A demo hub with generated passwords must not be reachable from other machines. For a
# class, put it behind HTTPS (TLJH: `tljh-config set https.enabled true`; Z2JH: the chart's
# `proxy.https`) and listen on the public interface.
c.JupyterHub.bind_url = f"http://127.0.0.1:{ENV['MLPATH_HUB_PORT']}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{ENV['MLPATH_HUB_API_PORT']}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{ENV['MLPATH_HUB_PROXY_API_PORT']}"
# configurable-http-proxy from npm (hub/package-lock.json). TLJH and Z2JH bring their own.
c.ConfigurableHTTPProxy.command = [ENV["MLPATH_HUB_PROXY"]]
c.ConfigurableHTTPProxy.pid_file = f"{STATE}/proxy.pid"
c.JupyterHub.db_url = f"sqlite:///{STATE}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = f"{STATE}/jupyterhub_cookie_secret"
c.JupyterHub.pid_file = f"{STATE}/jupyterhub.pid"
# Stopping the hub stops every user's server and the proxy: `make hub` leaves nothing behind.
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True

# --- Who may log in: local Unix users, by password (PAM). -----------------------------------
# nbgrader's exchange tells students apart by Unix user name, so every person is a user.
# TLJH: users are created on first login and named `jupyter-<name>` (those are then the
# student ids in the gradebook); pick an authenticator with `tljh-config set auth.type`.
# Z2JH: use your institution's OAuth/LTI authenticator; every pod runs as `jovyan`, so the
# student id must come from the hub user name (`JUPYTERHUB_USER`), not the Unix user.
INSTRUCTOR = ENV["MLPATH_HUB_INSTRUCTOR"]
STUDENTS = ENV["MLPATH_HUB_STUDENTS"].split(",")
c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allowed_users = {INSTRUCTOR, *STUDENTS}

# --- Each user's server: JupyterLab from the course environment, as that user. -------------
# LocalProcessSpawner runs `jupyterhub-singleuser` as the user, in their home folder.
# TLJH uses a systemd spawner with its own environment (/opt/tljh/user): install the same
# pins there (`python3 hub/mlpath_hub.py requirements`; the README says which lines to drop).
# Z2JH: build a single-user image from environment.yml (repo2docker reads it as is).
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [f"{PREFIX}/bin/jupyterhub-singleuser"]
c.Spawner.default_url = "/lab"
# Two cores shared by several users: a server can take 10-20 s to answer the first time.
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.environment = {
    # nbgrader's shared exchange (the course's nbgrader_config.py and the environment's
    # etc/jupyter/nbgrader_config.py both read it). On Z2JH a folder cannot be shared between
    # pods without a ReadWriteMany volume, and one uid for all means no per-student
    # permissions: use an exchange service there (ngshare, or nbexchange) instead.
    "MLPATH_EXCHANGE": ENV["MLPATH_EXCHANGE"],
    # The course's data sets, shipped read-only beside the environment.
    "MLPATH_DATASETS": ENV["MLPATH_DATASETS"],
    "OMP_WAIT_POLICY": "PASSIVE",
}
# The formgrader is switched on for the instructor alone in their ~/.jupyter (see
# hub/mlpath_hub.py); their course directory is ~/mlpath, in a home only they can read.
# On TLJH or Z2JH, give the instructor the same ~/.jupyter files and course folder; keep the
# instructor's home (or volume) unreadable by students, which is what protects solutions.
