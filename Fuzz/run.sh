#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each one for a while, seeded from Tests/Conformance.
#
#   Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]      (default: 60 s, every target)
#   FUZZ_SANITIZE=fuzzer,address Fuzz/run.sh 300       (add AddressSanitizer; slower)
#
# Prints one line per target: executions, executions per second, crashes. A crash leaves its input
# in Fuzz/artifacts/<target>/; keep it as a regression test (Tests/Fixtures/fuzz/<target>/, replayed by
# FuzzRegressionTests) once fixed. Swift's own crash handler is turned off so libFuzzer can save inputs.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(FuzzYAMLConfig FuzzCSV FuzzStageJSON FuzzTemplates FuzzStyles)
fi
sanitize=${FUZZ_SANITIZE:-fuzzer}
conformance=../Tests/Conformance

# gold crashes while linking these targets; lld works.
swift build -c release --scratch-path .build-fuzz -Xswiftc "-sanitize=$sanitize" -Xswiftc -use-ld=lld 2>&1 \
    | grep -vE 'Cannot export|^\[' || true
bin=.build-fuzz/release

seed() {
    local target=$1 dir=corpus/$1
    [ -d "$dir" ] && return
    mkdir -p "$dir"
    case $target in
        FuzzYAMLConfig)
            for f in "$conformance"/yaml-test-suite/data/*/in.yaml "$conformance"/yaml-test-suite/data/*/*/in.yaml; do
                cp "$f" "$dir/$(echo "$f" | tr '/' '_')"
            done
            cp ../Examples/CloudGuard/*.yml "$dir/" ;;
        FuzzCSV)
            cp "$conformance"/csv-spectrum/csvs/*.csv "$dir/"
            cp ../Examples/CloudGuard/personas/*.csv "$dir/" ;;
        FuzzStageJSON)
            cp "$conformance"/csv-spectrum/json/*.json "$dir/"
            printf '{"findings":[{"severity":"warning","message":"m","location":{"file":"a.yml","line":1}}],"artifacts":[{"path":"legal/a.md","content":"x"}],"checks":[{"id":"c","title":"t","passed":true}],"log":["ok"]}' > "$dir/answer.json" ;;
        FuzzTemplates)
            for f in ../Templates/default/*.mustache; do cp "$f" "$dir/"; done ;;
        FuzzStyles)
            for f in $(find "$conformance"/vale-styles -name '*.yml' | head -400); do cp "$f" "$dir/$(echo "$f" | tr '/' '_')"; done ;;
    esac
}

printf '%-16s %14s %10s %8s\n' target executions "exec/s" crashes
for target in "${targets[@]}"; do
    [ -x "$bin/$target" ] || { echo "$target: not built"; continue; }
    seed "$target"
    mkdir -p "artifacts/$target"
    log=$(mktemp)
    status=0
    SWIFT_BACKTRACE=enable=no "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="artifacts/$target/" "corpus/$target" >"$log" 2>&1 || status=$?
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)
    crashes=$(find "artifacts/$target" -type f | wc -l)
    printf '%-16s %14s %10s %8s\n' "$target" "$runs" "$((runs / seconds))" "$crashes"
    if [ "$status" -ne 0 ]; then
        echo "  $target stopped with status $status; last lines:"
        tail -5 "$log" | sed 's/^/    /'
    fi
    rm -f "$log"
done
