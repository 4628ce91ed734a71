#!/bin/sh
# /usr/local/bin/edge-agent on an installed board: the command line with the service's
# configuration (which names the data folder), run as the service user so that files it writes
# in /var/lib/edge-agent stay the service's. EDGE_AS_ROOT=1 keeps root.
set -eu
program=/opt/edge-agent/current/edge-agent
# The same variables as the service (secrets, globalization mode).
if [ -r /etc/edge-agent/environment ]; then
  set -a
  # shellcheck source=/dev/null
  . /etc/edge-agent/environment
  set +a
fi
case " $* " in
  *" --config "*|*" --config="*) ;;
  *) set -- "$@" --config /etc/edge-agent/appsettings.json ;;
esac
if [ "$(id -u)" = 0 ] && [ "${EDGE_AS_ROOT:-0}" != 1 ] && id edge-agent >/dev/null 2>&1; then
  exec runuser -u edge-agent -- "$program" "$@"
fi
exec "$program" "$@"
