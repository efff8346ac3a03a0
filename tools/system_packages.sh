#!/usr/bin/env bash
# Debian packages the tests need beyond Python's: bubblewrap (the grading sandbox's namespaces)
# and chromium (the browser tests drive it; no browser is ever downloaded by a test tool).
# Installs only what is missing, and only as root on a Debian-like machine; elsewhere it says
# what to install and leaves it to the tests to report what they could not do.
set -euo pipefail
wanted=(bubblewrap:/usr/bin/bwrap chromium:/usr/bin/chromium)
missing=()
for entry in "${wanted[@]}"; do
    [ -x "${entry#*:}" ] || missing+=("${entry%%:*}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "note: not installing ${missing[*]} (needs root and apt-get); install them for the sandbox and browser tests." >&2
    exit 0
fi
echo "+ apt-get install ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
