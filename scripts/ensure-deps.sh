#!/usr/bin/env bash
# Installs what the build needs from Debian's packages when missing: GSL (statistics),
# libxlsxwriter (the Excel workbook; it brings zlib) and pkg-config, which finds them.
set -euo pipefail
have() { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$1"; }
if have gsl && have xlsxwriter && have zlib; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi
echo "Installing libgsl-dev, libxlsxwriter-dev and pkg-config..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libgsl-dev libxlsxwriter-dev zlib1g-dev pkg-config >/dev/null
