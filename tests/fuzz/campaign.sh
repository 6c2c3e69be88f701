#!/usr/bin/env bash
# A time-boxed libFuzzer campaign on one target, with its numbers at the end.
#
#   tests/fuzz/campaign.sh TARGET SECONDS      # TARGET: loader or deep
#
# Builds the `fuzz` preset (clang + libFuzzer + ASan/UBSan), seeds a corpus under build/fuzz/
# from scenarios/, tests/invalid/ and tests/fuzz/regressions/, and fuzzes from tests/invalid so
# that `extends` reaches the shipped scenarios. The corpus grows across campaigns. Inputs that
# crash, leak, time out or run out of memory land in build/fuzz/campaign/artifacts/TARGET/: fix
# the bug, then add the input to tests/fuzz/regressions/ (replayed by every CTest run).
# Prints executions, executions per second, coverage (edges, features) and corpus size, the
# figures docs/fuzzing.md records, and re-checks alone every input recorded as slow or large.
# Exits non-zero on a crash or on a recorded input that is still slow or large alone.
set -euo pipefail
target=${1:?target: loader or deep}
seconds=${2:?seconds}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${JOBS:-2}" >/dev/null

work=$root/build/fuzz/campaign
corpus=$work/corpus/$target
artifacts=$work/artifacts/$target
mkdir -p "$corpus" "$artifacts"
cp -n scenarios/*.yaml tests/invalid/*.yaml "$corpus"/
cp -n tests/fuzz/regressions/* "$corpus"/ 2>/dev/null || true

log=$work/$target.log
rm -f "$artifacts"/*
cd tests/invalid
# Fork mode (one worker): a crash or a sanitizer report stops the campaign; an input that
# exceeds -timeout (wall time) or -rss_limit_mb is recorded and the campaign goes on, because on
# a shared machine a starved process can pass the wall-time limit without hanging. Each such
# input is run again alone below: only one that is still slow or large is a finding.
set +e
"$root/build/fuzz/tests/fuzz/corridor_fuzz_$target" \
  -fork=1 -ignore_timeouts=1 -ignore_ooms=1 -ignore_crashes=0 \
  -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -max_len=65536 \
  -dict="$root/tests/fuzz/yaml.dict" -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1
status=$?
set -e

# "#EXECS: cov: EDGES ft: FEATURES corp: INPUTS exec/s: RATE oom/timeout/crash: A/B/C time: Ts"
last=$(grep -E '^#[0-9]+: cov:' "$log" | tail -n 1 || true)
echo "target:       $target ($seconds s)"
echo "exit status:  $status"
echo "last status:  $last"
echo "corpus:       $(ls "$corpus" | wc -l) inputs"
findings=0
for input in "$artifacts"/*; do
  [ -e "$input" ] || continue
  # Alone and unhurried: 10 s and 2 GB, far above the milliseconds an input takes.
  if "$root/build/fuzz/tests/fuzz/corridor_fuzz_$target" -timeout=10 -rss_limit_mb=2048 \
    "$input" >/dev/null 2>&1; then
    echo "recorded, not reproduced alone: $(basename "$input")"
  else
    echo "FINDING: $input"
    findings=$((findings + 1))
  fi
done
echo "findings:     $findings"
[ "$status" = 0 ] && [ "$findings" = 0 ]
