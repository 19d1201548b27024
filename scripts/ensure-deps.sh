#!/usr/bin/env bash
# Installs what the build needs from Debian's packages (GSL and pkg-config) when missing.
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists gsl; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi
echo "Installing libgsl-dev and pkg-config..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libgsl-dev pkg-config >/dev/null
