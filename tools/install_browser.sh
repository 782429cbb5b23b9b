#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (tests/test_views_browser.py) and the views
# benchmark (benchmarks/bench_views.py). Playwright (PyPI, test extra) drives this browser through
# executable_path=/usr/bin/chromium; it never downloads a browser of its own.
#
# Idempotent: does nothing when /usr/bin/chromium is already there.
# Needs root (or passwordless sudo) and Debian's package archive.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    echo "install_browser: $CHROMIUM already installed ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "install_browser: $CHROMIUM is missing and installing it needs root." >&2
    echo "install_browser: run as root:  apt-get update && apt-get install -y --no-install-recommends chromium" >&2
    echo "install_browser: (without it the browser tests skip themselves)" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_browser: apt-get not found: this script installs Debian's chromium package only." >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "install_browser: apt-get update"
if ! $SUDO apt-get update -q; then
    echo "install_browser: 'apt-get update' failed: is Debian's package archive reachable?" >&2
    exit 1
fi
echo "install_browser: apt-get install chromium"
if ! $SUDO apt-get install -y -q --no-install-recommends chromium; then
    echo "install_browser: 'apt-get install chromium' failed (see apt's messages above)." >&2
    exit 1
fi
if [ ! -x "$CHROMIUM" ]; then
    echo "install_browser: the chromium package installed but $CHROMIUM is not there." >&2
    exit 1
fi
echo "install_browser: installed $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
