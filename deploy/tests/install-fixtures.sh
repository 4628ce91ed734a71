# shellcheck shell=bash disable=SC2154,SC2016  # work and source_dir come from install-tests.sh; fakes expand at their run
# Fixtures for install-tests.sh (sourced): fake releases, fake system commands, assertions.

# A fresh throwaway root and fake commands; every case starts from here.
fresh_root() {
  rm -rf "${work:?}/root" "${work:?}/bin" "${work:?}/releases"
  mkdir -p "$work/root" "$work/bin" "$work/releases"
  : > "$work/systemctl.log"
  export DESTDIR="$work/root" EDGE_INSTALL_NO_USER=1
  export SYSTEMCTL="$work/bin/systemctl" GETCONF="$work/bin/getconf" LDCONFIG="$work/bin/ldconfig"
  export UNAME="$work/bin/uname" GETENT="$work/bin/getent" DPKG="$work/bin/dpkg" APT_GET="$work/bin/apt-get"
  export FAKE_GLIBC=2.36 FAKE_ARCH=aarch64 FAKE_GOMP=1 FAKE_ICU=1
  fake systemctl "echo \"\$*\" >> '$work/systemctl.log'"
  fake getconf '[ "$1" = GNU_LIBC_VERSION ] && echo "glibc $FAKE_GLIBC"'
  fake uname 'echo "$FAKE_ARCH"'
  # Package installs are recorded; the board has no apt sources (offline).
  fake dpkg "echo \"dpkg \$*\" >> '$work/systemctl.log'"
  fake apt-get 'exit 100'
  # Only the audio group exists, like a Jetson without the GPIO group; no edge-agent user.
  fake getent '[ "$1" = group ] && [ "$2" = audio ] && echo "audio:x:29:" && exit 0; exit 2'
  fake ldconfig '
echo "42 libs found in cache"
[ "$FAKE_GOMP" = 1 ] && echo "	libgomp.so.1 (libc6,AArch64) => /lib/aarch64-linux-gnu/libgomp.so.1"
[ "$FAKE_ICU" = 1 ] && echo "	libicuuc.so.72 (libc6,AArch64) => /lib/aarch64-linux-gnu/libicuuc.so.72"
exit 0'
}

fake() {
  printf '#!/usr/bin/env bash\n%s\n' "$2" > "$work/bin/$1"
  chmod +x "$work/bin/$1"
}

# An unpacked release as publish.sh lays it out, with a stand-in program; prints its folder.
make_release() {
  local version="$1" dir="$work/releases/edge-agent-$1-linux-arm64"
  mkdir -p "$dir/app" "$dir/docs"
  printf '#!/bin/sh\necho "edge-agent %s"\n' "$version" > "$dir/app/edge-agent"
  chmod +x "$dir/app/edge-agent"
  echo "managed code of $version" > "$dir/app/edge-agent.dll"
  cp "$source_dir/install.sh" "$source_dir/install-checks.sh" "$source_dir/install-steps.sh" \
    "$source_dir/edge-agent.service" "$source_dir/appsettings.example.json" "$source_dir/edge-agent-cli.sh" "$dir/"
  echo "# Deploy" > "$dir/docs/DEPLOY.md"
  echo "$version" > "$dir/VERSION"
  echo linux-arm64 > "$dir/RID"
  (cd "$dir" && find . -type f -print0 | sort -z | xargs -0 sha256sum > "$work/sums" && mv "$work/sums" SHA256SUMS)
  echo "$dir"
}

# Runs install.sh of a release with arguments; output in $work/out, exit code in $status.
run_install() {
  local dir="$1"
  shift
  set +e
  bash "$dir/install.sh" "$@" > "$work/out" 2>&1
  status=$?
  set -e
  cat "$work/out"
}

fail_case() { echo "assertion failed: $*" >&2; return 1; }
expect_status() { [ "$status" = "$1" ] || fail_case "exit code $status, expected $1"; }
expect_file() { [ -e "$DESTDIR$1" ] || fail_case "missing $1"; }
expect_no_file() { [ ! -e "$DESTDIR$1" ] || fail_case "$1 should not exist"; }
expect_link() { [ "$(readlink "$DESTDIR$1")" = "$2" ] || fail_case "$1 -> $(readlink "$DESTDIR$1"), expected $2"; }
expect_line() { grep -qxF -- "$2" "$1" || fail_case "no line '$2' in ${1#"$work"/}"; }
expect_output() { grep -qF -- "$1" "$work/out" || fail_case "output lacks '$1'"; }
expect_called() { grep -qxF -- "$1" "$work/systemctl.log" || fail_case "systemctl $1 was not called"; }
