#!/usr/bin/env bash
# Installs a real release tarball into a throwaway root (fake systemctl and an aarch64/glibc 2.36
# system as in install-tests.sh), to prove the tarball carries everything install.sh needs.
# Usage: deploy/tests/install-real-tarball.sh TARBALL
set -euo pipefail
tarball="${1:?usage: install-real-tarball.sh TARBALL}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/root"
for tool in systemctl getconf ldconfig uname getent dpkg apt-get; do
  case "$tool" in
    systemctl) body="echo \"\$*\" >> '$work/systemctl.log'" ;;
    getconf) body='echo "glibc 2.36"' ;;
    ldconfig) body='printf "\tlibgomp.so.1 => /lib/aarch64-linux-gnu/libgomp.so.1\n\tlibicuuc.so.72 => /lib/aarch64-linux-gnu/libicuuc.so.72\n"' ;;
    uname) body="echo $([ "$(basename "$tarball" .tar.gz | sed 's/.*-linux-//')" = arm64 ] && echo aarch64 || echo x86_64)" ;;
    getent) body='exit 2' ;;
    dpkg | apt-get) body='exit 100' ;;
  esac
  printf '#!/usr/bin/env bash\n%s\n' "$body" > "$work/bin/$tool"
  chmod +x "$work/bin/$tool"
done
tar -C "$work" -xzf "$tarball"
release="$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'edge-agent-*')"
DESTDIR="$work/root" EDGE_INSTALL_NO_USER=1 SYSTEMCTL="$work/bin/systemctl" GETCONF="$work/bin/getconf" \
  LDCONFIG="$work/bin/ldconfig" UNAME="$work/bin/uname" GETENT="$work/bin/getent" DPKG="$work/bin/dpkg" \
  APT_GET="$work/bin/apt-get" "$release/install.sh"
version="$(cat "$release/VERSION")"
[ "$(readlink "$work/root/opt/edge-agent/current")" = "$version" ]
[ -x "$work/root/opt/edge-agent/current/edge-agent" ]
[ -f "$work/root/opt/edge-agent/current/deploy/install-steps.sh" ]
[ -f "$work/root/etc/edge-agent/appsettings.json" ]
grep -qx "restart edge-agent.service" "$work/systemctl.log"
echo "ok: $(basename "$tarball") installs into a throwaway root"
