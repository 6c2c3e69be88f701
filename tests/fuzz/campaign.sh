#!/usr/bin/env bash
# A time-boxed libFuzzer campaign on one target, with its numbers at the end.
#
#   tests/fuzz/campaign.sh TARGET SECONDS      # TARGET: loader or deep
#
# Builds the `fuzz` preset (clang + libFuzzer + ASan/UBSan), seeds a corpus under build/fuzz/
# from scenarios/, tests/invalid/ and tests/fuzz/regressions/, and fuzzes from tests/invalid so
# that `extends` reaches the shipped scenarios. The corpus grows across campaigns. Inputs that
# crash, leak, time out or run out of memory land in build/fuzz/artifacts/TARGET/: fix the bug,
# then add the input to tests/fuzz/regressions/ (replayed by every CTest run).
# Prints executions, executions per second, coverage (edges, features), corpus size and peak
# memory, the figures docs/fuzzing.md records.
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
cd tests/invalid
# -timeout: an input that takes 60 s of wall time is a hang (generous: the campaign runs niced
# beside other work, and an input takes milliseconds); -rss_limit_mb: one that needs 2 GB is a
# bomb.
set +e
"$root/build/fuzz/tests/fuzz/corridor_fuzz_$target" \
  -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -max_len=65536 \
  -dict="$root/tests/fuzz/yaml.dict" -artifact_prefix="$artifacts/" \
  -print_final_stats=1 -print_pcs=0 "$corpus" >"$log" 2>&1
status=$?
set -e

last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
echo "target:        $target ($seconds s)"
echo "exit status:   $status"
grep -E 'stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" |
  sed 's/^stat::/  /'
echo "last status:   $last"
echo "corpus:        $(ls "$corpus" | wc -l) inputs"
echo "artifacts:     $(ls "$artifacts" | wc -l) ($artifacts)"
exit "$status"
