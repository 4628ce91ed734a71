#!/usr/bin/env bash
# Tells whether a .dll is a managed (.NET) assembly or a native PE library, from its headers.
# Usage: pe-kind.sh FILE [managed|native]
#   prints "managed", "native" or "not-pe"; with a second argument, exits 0 only when it matches.
# A managed assembly has a non-empty CLI header entry (data directory 14) in its optional header.
set -euo pipefail

file="${1:?usage: pe-kind.sh FILE [managed|native]}"
u() { od -An -t "u$1" -j "$2" -N "$1" -- "$file" 2>/dev/null | tr -d ' \n'; }

kind="not-pe"
if [ "$(head -c 2 -- "$file" 2>/dev/null)" = "MZ" ]; then
  pe=$(u 4 60)
  if [ -n "$pe" ] && [ "$(u 4 "$pe")" = "17744" ]; then   # "PE\0\0" little-endian
    optional=$((pe + 24))
    magic=$(u 2 "$optional")
    case "$magic" in
      267) directories=$((optional + 96)) ;;   # 0x10b PE32
      523) directories=$((optional + 112)) ;;  # 0x20b PE32+
      *) directories="" ;;
    esac
    if [ -n "$directories" ]; then
      cli=$(u 4 $((directories + 14 * 8)))
      if [ -n "$cli" ] && [ "$cli" != "0" ]; then kind="managed"; else kind="native"; fi
    fi
  fi
fi

if [ $# -ge 2 ]; then
  [ "$kind" = "$2" ]
else
  echo "$kind"
fi
