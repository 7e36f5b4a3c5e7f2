#!/usr/bin/env bash
# Installs whatever is missing for shelfwatch on Debian 12 / Python 3.11, and nothing that is already there.
# Called by `make install` (and so by `make demo` and `make test`). Needs only the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PY=${PYTHON:-python3}

need_apt=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
# PostgreSQL: the province's shared database, and the server the store tests start on 127.0.0.1 (Debian keeps its
# binaries under /usr/lib/postgresql/VERSION/bin, off PATH; the package's own cluster is not used).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
# A CJK font, or Chromium draws Chinese as empty boxes in the browser tests' screenshots.
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need_apt+=(fonts-wqy-microhei)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo ">> apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo ">> creating $VENV"
  if ! "$PY" -m venv "$VENV" 2>/dev/null; then
    # Debian's python3 ships venv without ensurepip until python3-venv is installed.
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
    rm -rf "$VENV"; "$PY" -m venv "$VENV"
  fi
fi

stamp="$VENV/.shelfwatch-installed"
if [ -f "$stamp" ] && [ "$stamp" -nt requirements.txt ] && [ "$stamp" -nt constraints.txt ] && [ "$stamp" -nt pyproject.toml ]; then
  exit 0
fi
PIP=("$VENV/bin/python" -m pip install -q --disable-pip-version-check)
# torch first, pinned to the local CPU wheel: otherwise sentence-transformers pulls a multi-GB CUDA build.
"$VENV/bin/python" -c "import torch" 2>/dev/null || { echo ">> pip install torch==2.13.0 (CPU)"; "${PIP[@]}" torch==2.13.0; }
echo ">> pip install -r requirements.txt (pinned by constraints.txt)"
"${PIP[@]}" -r requirements.txt -c constraints.txt
"${PIP[@]}" --no-deps -e .
touch "$stamp"
echo ">> environment ready in $VENV"
