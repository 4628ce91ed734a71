#!/usr/bin/env bash
# Installs, upgrades, rolls back or removes edge-agent on a board. Offline: everything it needs
# is in the unpacked tarball beside this script. See docs/DEPLOY.md.
#
#   sudo ./install.sh [--force] [--no-start]   install or upgrade (configuration and data are kept)
#   sudo ./install.sh --check                  only check the prerequisites
#   sudo ./install.sh --rollback               switch back to the previously installed version
#   sudo ./install.sh --uninstall [--purge]    remove service and program; --purge also removes
#                                              /etc/edge-agent, /var/lib/edge-agent and the user
#
# Layout: /opt/edge-agent/<version> + /opt/edge-agent/current -> <version> (an upgrade is a
# symlink swap), /etc/edge-agent/appsettings.json (never overwritten), /var/lib/edge-agent (data,
# models), /etc/systemd/system/edge-agent.service, /usr/local/bin/edge-agent (command line).
#
# For tests and image builds: DESTDIR (root prefix), SYSTEMCTL, GETCONF, LDCONFIG, UNAME, GETENT,
# DPKG, APT_GET
# (commands to call instead of the system's), EDGE_INSTALL_NO_USER=1 (no useradd/chown).
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DESTDIR="${DESTDIR:-}"
SYSTEMCTL="${SYSTEMCTL:-systemctl}"
GETCONF="${GETCONF:-getconf}"
LDCONFIG="${LDCONFIG:-ldconfig}"
UNAME="${UNAME:-uname}"
GETENT="${GETENT:-getent}"
DPKG="${DPKG:-dpkg}"
APT_GET="${APT_GET:-apt-get}"
NO_USER="${EDGE_INSTALL_NO_USER:-0}"

service_user=edge-agent
opt="$DESTDIR/opt/edge-agent"
etc="$DESTDIR/etc/edge-agent"
var="$DESTDIR/var/lib/edge-agent"
unit="$DESTDIR/etc/systemd/system/edge-agent.service"
cli="$DESTDIR/usr/local/bin/edge-agent"

say() { echo "edge-agent: $*"; }
warn() { echo "warning: $*" >&2; }
fail() { echo "error: $1" >&2; exit "${2:-1}"; }

action=install force=0 start=1 purge=0
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=1 ;;
    --no-start) start=0 ;;
    --check) action=check ;;
    --rollback) action=rollback ;;
    --uninstall) action=uninstall ;;
    --purge) purge=1 ;;
    -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option '$1' (see --help)" 2 ;;
  esac
  shift
done
[ "$purge" = 0 ] || [ "$action" = uninstall ] || fail "--purge goes with --uninstall" 2
if [ -z "$DESTDIR" ] && [ "$(id -u)" != 0 ]; then
  fail "run as root: sudo $0 $*" 2
fi

# shellcheck source=install-checks.sh
. "$here/install-checks.sh"
# shellcheck source=install-steps.sh
. "$here/install-steps.sh"

case "$action" in
  check) check_prerequisites "$(cat "$here/RID")" ;;
  install) install_release ;;
  rollback) rollback_release ;;
  uninstall) uninstall_release ;;
esac
