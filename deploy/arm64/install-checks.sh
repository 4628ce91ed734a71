# shellcheck shell=bash disable=SC2154,SC2034  # variables are set in install.sh and read in install-steps.sh
# Prerequisite checks of install.sh (sourced). Facts from the published natives (readelf -V):
#   .NET runtime needs glibc 2.27, ONNX Runtime (GenAI) 2.28, Whisper's arm64 native 2.34 with
#   GLIBCXX_3.4.29 and libgomp.so.1. So on glibc 2.28–2.33 (JetPack 5: 2.31) text questions work
#   and speech does not; install.sh refuses there unless --force.

# Prints the C library version ("2.36"), from getconf or ldd.
glibc_version() {
  local line
  line="$("$GETCONF" GNU_LIBC_VERSION 2>/dev/null || true)"
  [ -n "$line" ] || line="$(ldd --version 2>/dev/null | head -1 || true)"
  echo "$line" | grep -oE '[0-9]+\.[0-9]+' | tail -1
}

# True when version $1 is at least $2.
version_at_least() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -1)" = "$2" ]
}

# True when the dynamic linker knows a library (libgomp.so.1, libicuuc.so...).
has_library() {
  local cache
  # Read the whole list first: grep -q stopping early would fail the pipe under pipefail.
  cache="$("$LDCONFIG" -p 2>/dev/null || true)"
  grep -q -- "$1" <<< "$cache"
}

# A problem that only --force lets pass (the agent still serves what it can).
soft_problem() {
  if [ "$force" = 1 ]; then
    warn "$1 (continuing because of --force)"
  else
    echo "error: $1" >&2
    soft_failures=$((soft_failures + 1))
  fi
}

check_prerequisites() {
  local rid="$1" machine expected glibc
  soft_failures=0
  case "$rid" in
    linux-arm64) expected=aarch64 ;;
    linux-x64) expected=x86_64 ;;
    *) fail "unknown RID '$rid' in the release" 2 ;;
  esac
  machine="$("$UNAME" -m)"
  [ "$machine" = "$expected" ] || fail "this release is for $rid ($expected) but this machine is $machine" 3

  glibc="$(glibc_version)"
  [ -n "$glibc" ] || fail "cannot tell the glibc version (getconf GNU_LIBC_VERSION and ldd --version failed)" 3
  if ! version_at_least "$glibc" 2.28; then
    fail "glibc $glibc is too old: ONNX Runtime needs 2.28 and Whisper 2.34 (use Raspberry Pi OS Bookworm or JetPack 6)" 3
  elif ! version_at_least "$glibc" 2.34; then
    if [ "$glibc" = 2.31 ]; then
      soft_problem "JetPack 5 / Ubuntu 20.04 has glibc 2.31; Whisper needs ≥ 2.34: upgrade to JetPack 6 (--force installs anyway: text questions work, speech does not)"
    else
      soft_problem "glibc $glibc is older than 2.34, which Whisper needs (--force installs anyway: text questions work, speech does not)"
    fi
  fi

  has_library 'libgomp\.so\.1' ||
    soft_problem "libgomp.so.1 not found: Whisper cannot load without it (apt install libgomp1; --force installs anyway without speech)"
  icu_missing=0
  if ! has_library 'libicuuc\.so'; then
    icu_missing=1
    soft_problem "ICU (libicuuc) not found: .NET needs it for culture-aware text (apt install libicu72 on Bookworm, libicu70 on Ubuntu 22.04; --force runs with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1)"
  fi

  [ "$soft_failures" = 0 ] || fail "prerequisites not met; nothing was changed" 3
  say "prerequisites ok: $machine, glibc $glibc"
}
