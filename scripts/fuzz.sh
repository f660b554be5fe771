#!/usr/bin/env bash
# Fuzzes one target for a while with libFuzzer: scripts/fuzz.sh TARGET SECONDS
#
# Targets: recognizer, sidecar-codec, anchoring, markdown-export, w3c-export, w3c-import.
# Needs only the Swift toolchain for Linux (its swiftc ships libFuzzer and the sanitizers).
# Builds .build/fuzz/reader-fuzz from Sources/Annotations, Sources/AnnotationsFuzzing and
# Fuzz/Harness.swift (rebuilt when a source is newer), starts from the seeds in Fuzz/Seeds/TARGET
# and the kept crashes in Tests/Regressions/TARGET, and keeps its growing corpus in
# .build/fuzz/corpus/TARGET. A crash is written to .build/fuzz/crashes/TARGET/; once fixed, copy it
# into Tests/Regressions/TARGET/ so `swift test` keeps running it.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: scripts/fuzz.sh TARGET SECONDS" >&2
    echo "targets: recognizer sidecar-codec anchoring markdown-export w3c-export w3c-import" >&2
    exit 2
fi
target=$1
seconds=$2
case "$target" in
    recognizer|sidecar-codec|anchoring|markdown-export|w3c-export|w3c-import) ;;
    *) echo "unknown target: $target" >&2; exit 2 ;;
esac
case "$seconds" in
    ''|*[!0-9]*) echo "SECONDS must be a whole number" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/.build/fuzz"
binary="$build/reader-fuzz"
mkdir -p "$build/corpus/$target" "$build/crashes/$target" "$root/Fuzz/Seeds/$target" "$root/Tests/Regressions/$target"

mapfile -t sources < <(find "$root/Sources/Annotations" "$root/Sources/AnnotationsFuzzing" -name '*.swift' | sort)
sources+=("$root/Fuzz/Harness.swift")
stale=no
if [ ! -x "$binary" ]; then
    stale=yes
else
    for source in "${sources[@]}"; do
        if [ "$source" -nt "$binary" ]; then stale=yes; break; fi
    done
fi
if [ "$stale" = yes ]; then
    echo "building $binary (a few minutes)..." >&2
    # Compile a copy, so editing a source meanwhile cannot break the build half way.
    started=$(date +%s)
    staging="$build/sources"
    rm -rf "$staging"
    mkdir -p "$staging"
    staged=()
    for source in "${sources[@]}"; do
        copy="$staging/$(echo "${source#"$root"/}" | tr / _)"
        cp "$source" "$copy"
        staged+=("$copy")
    done
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name ReaderFuzz -D FUZZ_SINGLE_MODULE \
        "${staged[@]}" -o "$binary.new" 2> >(grep -v -e "ld.gold: warning: Cannot export local symbol" -e "warning: variable" >&2)
    mv "$binary.new" "$binary"
    # Dated when its sources were copied: a source edited during the build triggers the next one.
    touch -d "@$started" "$binary"
fi

READER_FUZZ_TARGET="$target" "$binary" \
    -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$build/crashes/$target/" \
    "$build/corpus/$target" "$root/Fuzz/Seeds/$target" "$root/Tests/Regressions/$target"
