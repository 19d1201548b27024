#!/usr/bin/env bash
# Fuzzes every reader with libFuzzer for a bounded time each (FUZZ_SECONDS, default 60) and
# reports executions per second and findings. Seed corpora are cut from the real files in
# Datasets/; corpora and findings persist in .build-fuzz/ between runs.
# Usage: scripts/fuzz.sh [target...]     (default: every target)
#        FUZZ_SECONDS=600 FUZZ_JOBS=2 scripts/fuzz.sh
#        FUZZ_RUNS=3000 scripts/fuzz.sh   (a fixed number of inputs from seed 1: repeatable, as in make test)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
runs=${FUZZ_RUNS:-}
jobs=${FUZZ_JOBS:-1}
out=.build-fuzz
rt=$(dirname "$(command -v swiftc)")/../lib/clang
rt=$(ls -d "$rt"/*/lib/linux | head -1)
# Coverage instrumentation and AddressSanitizer everywhere; libFuzzer's driver without its main,
# since SwiftPM gives the executable its own entry point (Sources/gapmatrix-fuzz/Entry.swift).
swift build -c release --product gapmatrix-fuzz --scratch-path "$out" \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
    -Xswiftc -DFUZZING -Xlinker "$rt/libclang_rt.fuzzer_no_main-x86_64.a" -Xlinker -lstdc++ >&2
bin=$out/release/gapmatrix-fuzz

# seed <target> <file> [bytes]: the first lines of a real file, whole lines up to about `bytes`.
seed() {
    mkdir -p "$out/corpus/$1"
    head -c "${3:-4096}" "$2" | sed '$d' > "$out/corpus/$1/$(basename "$2").seed" || true
}
D=Datasets
seed csv $D/asem/ASEM_iData.csv; seed csv $D/migration-development/countries.csv
seed wdi Tests/Fixtures/fuzz/wdi-api.csv 100000; seed wdi Tests/Fixtures/fuzz/wdi-bulk.csv 100000
seed yaml $D/gfmd-2007/study.yaml 100000; seed yaml $D/asem/study.yaml 100000
seed study $D/gfmd-2007/study.yaml 100000; seed study $D/asem/study.yaml 100000
seed framework $D/gfmd-2007/framework.yaml 100000
seed practices $D/gfmd-2007/practices.yaml 100000
seed partnerships $D/gfmd-2007/partnerships.yaml 100000
seed coinr-meta $D/asem/ASEM_iMeta.csv 100000
seed coinr-data $D/asem/ASEM_iData.csv 8192
seed tidy $D/migration-development/remittances.csv; seed tidy $D/migration-development/policy_governance.csv
seed design Tests/Fixtures/asem/coinr-ua-n100/sa_UA_N100_params.csv; seed design Tests/Fixtures/fuzz/design-beyond-coinr.csv
seed weight-sets Tests/Fixtures/asem/coinr-ua-n100/sa_noisy_weights.csv 8192
seed corridors $D/migration-development/remittance_corridor_costs.csv
B=$D/migration-development-extra/bilateral_labour_agreements
seed agreements $B/bla_agreements.csv; seed agreement-provisions $B/bla_provisions.csv 8192
seed agreement-crosswalk $B/un_network_bla_crosswalk.csv 100000
seed free-movement $D/migration-development-extra/free_movement_regimes/free_movement_membership.csv 100000

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csv wdi yaml study framework practices partnerships coinr-meta coinr-data tidy design weight-sets corridors agreements agreement-provisions agreement-crosswalk free-movement)
failed=0
run_one() {
    local t=$1
    mkdir -p "$out/findings/$t"
    # -timeout: a single input taking over 10 s is a hang; -rss_limit_mb: runaway memory is a finding.
    local limit="-max_total_time=$seconds"
    [ -n "$runs" ] && limit="-runs=$runs -seed=1"
    GAPMATRIX_FUZZ_TARGET=$t "$bin" "$out/corpus/$t" $limit -max_len=16384 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$out/findings/$t/" -print_final_stats=1 > "$out/findings/$t.log" 2>&1
    local rc=$?
    local execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/findings/$t.log" | tail -1 | grep -o '[0-9]*$')
    local cov=$(grep -o 'cov: [0-9]*' "$out/findings/$t.log" | tail -1)
    local took=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$out/findings/$t.log" | grep -o '[0-9]* second' | grep -o '[0-9]*')
    took=${took:-$seconds}
    echo "$t: ${execs:-0} executions in ${took}s ($(( ${execs:-0} / (took > 0 ? took : 1) ))/s), $cov, exit $rc"
    return $rc
}
export -f run_one
export out bin seconds runs
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one {}' || failed=1
if ls "$out"/findings/*/crash-* "$out"/findings/*/timeout-* "$out"/findings/*/oom-* >/dev/null 2>&1; then
    echo "findings (replay with: .build/debug/gapmatrix-fuzz <target> <file>):"
    ls "$out"/findings/*/crash-* "$out"/findings/*/timeout-* "$out"/findings/*/oom-* 2>/dev/null
    failed=1
fi
exit $failed
