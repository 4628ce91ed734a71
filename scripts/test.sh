#!/usr/bin/env bash
# Runs every test project and ends with one plain line: "N passed, N failed, N skipped".
# On a fresh Debian/Ubuntu machine it first installs the system packages the tests use
# (a real Mosquitto broker, espeak-ng speech, openssl for throwaway TLS certificates, chromium for
# the web panel's browser tests) and npm, which the build uses to fetch the Silero VAD model.
set -euo pipefail
cd "$(dirname "$0")/.."

needed=(mosquitto espeak-ng openssl libgomp1 file trans-de-en time chromium)
missing=()
for pkg in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# The build fetches the Silero VAD model with npm (src/Speech/SileroVadModel.targets).
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  echo "Installing system packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet build Edge.sln -c Release -nologo -clp:ErrorsOnly

status=0
# Test projects are named *.Tests; tests/TestSupport is the helper library they share.
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --logger "console;verbosity=minimal" || status=1
done

# The ARM64 deployment cannot run here (x86-64), but its publish and tarball can be checked.
echo "== deploy (publish linux-arm64, tarball check, install in a throwaway root)"
deploy_ok=1
./deploy/tests/run.sh linux-arm64 > "$results/deploy.log" 2>&1 || deploy_ok=0
tail -3 "$results/deploy.log"

passed=0; failed=0; skipped=0
if [ "$deploy_ok" -eq 1 ]; then passed=1; else failed=1; echo "deploy checks FAILED: see $results/deploy.log"; fi
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $( { grep -o '<UnitTestResult [^>]*outcome="NotExecuted"' "$trx" || true; } | wc -l)))
done
# A project that crashed before writing its results counts as a failure.
expected=$(ls tests/*/*.Tests.csproj | wc -l)
written=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$written" -lt "$expected" ]; then failed=$((failed + expected - written)); fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

# Skipped tests say why (e.g. no real Whisper model configured), so a skip is never silent.
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  # The trx is XML: names and reasons come entity-encoded (&quot;, &amp;, &#xD;) and are decoded for reading.
  perl -0777 -ne 'sub xml { my $t = shift; $t =~ s/&#x([0-9A-Fa-f]+);/chr(hex($1))/ge; $t =~ s/&#(\d+);/chr($1)/ge; my %e = (quot => "\"", apos => "\x27", lt => "<", gt => ">"); $t =~ s/&(quot|apos|lt|gt);/$e{$1}/g; $t =~ s/&amp;/&/g; $t =~ s/\s*\n\s*/ /g; return $t; } while (/<UnitTestResult [^>]*testName="([^"]*)"[^>]*outcome="NotExecuted"[^>]*?(?:\/>|>(.*?)<\/UnitTestResult>)/sg) { my ($n, $b) = ($1, $2 // ""); my ($m) = $b =~ /<Message>(.*?)<\/Message>/s; print "skipped: ", xml($n), ": ", (defined $m ? xml($m) : "explicit test, run only by another test"), "\n"; }' "$trx"
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
