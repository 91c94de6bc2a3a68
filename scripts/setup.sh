#!/usr/bin/env bash
# Sets up a fresh Debian machine with Node 20 for this project: pnpm 10 and the workspace's packages.
# With --all, also what the notebooks and the browser check need, from Debian: Jupyter (nbconvert,
# ipykernel) and Chromium. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--all" ]; then
  need=()
  if ! { [ -x /usr/bin/jupyter ] && /usr/bin/python3 -c "import nbconvert, ipykernel" 2>/dev/null; }; then
    need+=(jupyter-notebook jupyter-nbconvert python3-nbconvert python3-ipykernel jupyter-client)
  fi
  command -v chromium >/dev/null || need+=(chromium)
  if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

if ! command -v pnpm >/dev/null || [[ "$(pnpm --version)" != 10.* ]]; then
  npm install -g pnpm@10 >/dev/null
fi
pnpm install --frozen-lockfile
