#!/usr/bin/env bash
# Tests deploy/arm64/check-tarball.sh and pe-kind.sh on small fake tarballs: a clean arm64 one
# passes; x86-64 ELF files, foreign runtimes folders, .dylib files, native Windows DLLs, a missing
# Silero model and a wrong checksum are each reported. Ends with "tarball check tests: N ok, N failed".
set -euo pipefail

arm64="$(cd "$(dirname "${BASH_SOURCE[0]}")/../arm64" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ok=0 failed=0

elf() { # FILE MACHINE: a 64-byte ELF header stub for the machine number (183 aarch64, 62 x86-64)
  { printf '\177ELF\002\001\001'; head -c 9 /dev/zero; printf '\003\000'; printf '%b\000' "\\0$(printf '%03o' "$2")"; head -c 44 /dev/zero; } > "$1"
}
pe() { # FILE managed|native: a PE32+ stub with or without a CLI header entry
  { printf 'MZ'; head -c 58 /dev/zero; printf '\100\000\000\000'; printf 'PE\000\000'; head -c 20 /dev/zero; printf '\013\002'
    head -c 222 /dev/zero; if [ "$2" = managed ]; then printf '\000\040\000\000'; else printf '\000\000\000\000'; fi; head -c 16 /dev/zero; } > "$1"
}
release() { # NAME: a clean linux-arm64 release folder; prints it
  local dir="$work/$1/edge-agent-0.1.0-linux-arm64"
  mkdir -p "$dir/app/runtimes/linux-arm64" "$dir/docs"
  elf "$dir/app/edge-agent" 183
  elf "$dir/app/runtimes/linux-arm64/libwhisper.so" 183
  pe "$dir/app/Edge.Knowledge.dll" managed
  printf "onnx" > "$dir/app/silero_vad.onnx"
  touch "$dir/install.sh" "$dir/install-checks.sh" "$dir/install-steps.sh" "$dir/edge-agent-cli.sh" "$dir/edge-agent.service" "$dir/appsettings.example.json" "$dir/docs/DEPLOY.md"
  echo 0.1.0 > "$dir/VERSION"; echo linux-arm64 > "$dir/RID"
  echo "$dir"
}
pack() { # DIR: seal and pack a release folder; prints the tarball
  local dir="$1" tarball
  (cd "$dir" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > "$work/sums" && mv "$work/sums" SHA256SUMS)
  tarball="$(dirname "$dir")/edge-agent-0.1.0-linux-arm64.tar.gz"
  tar -C "$(dirname "$dir")" -czf "$tarball" "$(basename "$dir")"
  (cd "$(dirname "$tarball")" && sha256sum "$(basename "$tarball")" > "$(basename "$tarball").sha256")
  echo "$tarball"
}
expect() { # NAME STATUS TEXT TARBALL
  local output status=0
  output="$("$arm64/check-tarball.sh" "$4" linux-arm64 2>&1)" || status=$?
  if { [ "$2" = 0 ] && [ "$status" = 0 ]; } || { [ "$2" != 0 ] && [ "$status" != 0 ]; } && grep -qF -- "$3" <<< "$output"; then
    ok=$((ok + 1)); echo "ok: $1"
  else
    failed=$((failed + 1)); echo "FAILED: $1 (exit $status)"; printf '    %s\n' "$output"
  fi
}

expect clean_release_passes 0 "holds no foreign native libraries" "$(pack "$(release clean)")"

dir="$(release x86)"; elf "$dir/app/libonnxruntime.so" 62
expect x86_64_library_is_reported 1 "app/libonnxruntime.so is ELF machine 62, not aarch64" "$(pack "$dir")"

dir="$(release runtimes)"; mkdir -p "$dir/app/runtimes/win-x64"; pe "$dir/app/runtimes/win-x64/whisper.dll" native
expect foreign_runtime_folder_is_reported 1 "foreign runtime folder app/runtimes/win-x64" "$(pack "$dir")"

dir="$(release native-dll)"; pe "$dir/app/onnxruntime.dll" native
expect native_windows_dll_is_reported 1 "native Windows library app/onnxruntime.dll" "$(pack "$dir")"

dir="$(release dylib)"; touch "$dir/app/libwhisper.dylib"
expect dylib_is_reported 1 "foreign native app/libwhisper.dylib" "$(pack "$dir")"

dir="$(release no-vad)"; rm "$dir/app/silero_vad.onnx"
expect missing_silero_model_is_reported 1 "missing app/silero_vad.onnx" "$(pack "$dir")"

tarball="$(pack "$(release tampered)")"; echo "0000  edge-agent-0.1.0-linux-arm64.tar.gz" > "$tarball.sha256"
expect wrong_checksum_is_reported 1 "tarball checksum does not match" "$tarball"

for kind in managed native; do
  pe "$work/$kind.dll" "$kind"
  if [ "$("$arm64/pe-kind.sh" "$work/$kind.dll")" = "$kind" ]; then ok=$((ok + 1)); echo "ok: pe_kind_$kind"; else failed=$((failed + 1)); echo "FAILED: pe_kind_$kind"; fi
done

echo "tarball check tests: $ok ok, $failed failed"
[ "$failed" = 0 ]
