#!/usr/bin/env bash
# Removes from a publish folder what cannot run on the target RID: the packages' .targets copy
# every platform's natives in (Whisper.net.Runtime: runtimes/win-*, macos-*, linux-arm, linux-x64;
# the Metal shader; onnxruntime Windows DLLs in some versions) whatever RID is published.
# Usage: prune-natives.sh PUBLISH_DIR RID
set -euo pipefail

dir="${1:?usage: prune-natives.sh PUBLISH_DIR RID}"
rid="${2:?usage: prune-natives.sh PUBLISH_DIR RID}"
[ -d "$dir" ] || { echo "error: no such folder: $dir" >&2; exit 2; }

removed=0
drop() {
  local path="$1"
  [ -e "$path" ] || return 0
  removed=$((removed + $(du -sb "$path" | cut -f1)))
  rm -rf "$path"
}

# runtimes/<other rid>: everything but the target's own folder.
if [ -d "$dir/runtimes" ]; then
  for sub in "$dir"/runtimes/*; do
    [ -e "$sub" ] || continue
    [ "$(basename "$sub")" = "$rid" ] || drop "$sub"
  done
fi

# macOS and Windows natives, debug symbols, and the Metal shader anywhere in the tree.
while IFS= read -r -d '' file; do
  drop "$file"
done < <(find "$dir" -type f \( -name '*.dylib' -o -name '*.metal' -o -name '*.so.dbg' -o -name '*.lib' \
  -o -iname 'onnxruntime*.dll' -o -iname '*whisper*.dll' -o -iname 'DirectML.dll' \) -print0)

# XML API docs of our own assemblies (IntelliSense only) and native debug symbols.
while IFS= read -r -d '' file; do
  [ -e "${file%.xml}.dll" ] && drop "$file"
done < <(find "$dir" -maxdepth 1 -type f -name '*.xml' -print0)

# Any other .dll that is a native PE file (managed assemblies carry a CLI header and stay).
while IFS= read -r -d '' file; do
  if ! "$(dirname "${BASH_SOURCE[0]}")/pe-kind.sh" "$file" managed; then
    drop "$file"
  fi
done < <(find "$dir" -type f -iname '*.dll' -print0)

awk -v b="$removed" 'BEGIN { printf "pruned %.1f MiB of other platforms'"'"' natives\n", b / 1048576 }'
