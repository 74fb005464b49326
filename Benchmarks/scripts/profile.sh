#!/usr/bin/env bash
# A CPU profile of one `launchkit build`: where the large kit's time goes.
#
#   scripts/profile.sh LAUNCHKIT KIT_DIR OUT.txt
#
# perf samples the software cpu-clock (hardware counters are not available on every machine
# here) at 2 kHz with call graphs; the report lists the top functions by self time and by
# inclusive time, demangled. Falls back to callgrind when perf cannot record.
set -euo pipefail
launchkit=$1 kit=$2 out=$3
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
demangle() { if command -v swift-demangle >/dev/null; then swift-demangle --simplified; else swift demangle --simplified; fi; }
cmd=("$launchkit" build "$kit/launchkit.yml" --out "$kit/dist-profile" --quiet)
# launchkit exits 1 when the gate fails, which a synthetic kit's open checklist items make it do:
# perf's exit status is the command's, so judge the recording by what perf wrote.
perf record -e cpu-clock -F 2000 -g -o "$data/perf.data" -- "${cmd[@]}" >/dev/null 2>"$data/record.log" || true
if grep -q "Captured and wrote" "$data/record.log"; then
    # `head` closes each report early; with pipefail that SIGPIPE would end the script after the
    # first section.
    set +o pipefail
    {
        echo "# perf profile: ${cmd[*]}"
        echo
        echo "## self time (top 40)"
        perf report -i "$data/perf.data" --no-children --sort symbol --stdio -g none 2>/dev/null | grep -E '^ +[0-9]' | head -40
        echo
        echo "## inclusive time (top 60)"
        perf report -i "$data/perf.data" --children --sort symbol --stdio -g none 2>/dev/null | grep -E '^ +[0-9]' | head -60
    } | demangle > "$out"
else
    echo "perf record failed ($(head -1 "$data/record.log")); using callgrind" >&2
    # valgrind 3.19 cannot read Swift 6.3's DWARF: profile a copy without it (symbols stay).
    objcopy --strip-debug "$launchkit" "$data/launchkit"
    cmd[0]="$data/launchkit"
    valgrind --tool=callgrind --callgrind-out-file="$data/cg.out" "${cmd[@]}" >/dev/null 2>&1 || true
    callgrind_annotate --inclusive=yes "$data/cg.out" 2>/dev/null | head -80 | demangle > "$out"
fi
echo "profile written to $out" >&2
