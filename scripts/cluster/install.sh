#!/usr/bin/env bash
# Installs what `npm run cluster`, its test and its benchmark run: Varnish with varnish-modules
# (xkey) and Redis, from Debian's packages. Needs root (CI runs it from .ci/run). The packages'
# own services are not started: the project starts its own copies, on loopback, when it needs them.
set -euo pipefail
need=()
command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ] || need+=(varnish)
ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1 || need+=(varnish-modules)
command -v redis-server >/dev/null || need+=(redis-server)
if [ ${#need[@]} -eq 0 ]; then
  echo "Varnish, varnish-modules and Redis are installed."
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "Run as root to install: apt-get install -y ${need[*]}" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# On a machine with systemd the packages start their own services on the default ports: we
# installed them only to run our own copies, so those are stopped again.
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
  systemctl disable --now varnish redis-server >/dev/null 2>&1 || true
fi
echo "Installed: ${need[*]}"
