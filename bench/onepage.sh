#!/bin/bash
# onepage.sh: the instructions of a newsclean process that reads one page,
# as pipelines that run the CLI once per file pay them: start-up, the
# one-time compiles of the patterns the page needs, and the page itself.
# Counted by cachegrind (valgrind), never timed: the counts repeat to a few
# thousand instructions on any machine with the same Go and binary. The
# pages are read with no budget (-timeout 0): under valgrind on a busy
# machine an HTML page runs past the default 5s a page, and the count was
# of a timed-out page, as much as 30M instructions short and never the same.
#
# usage (from bench/): ./onepage.sh [BIN] [PAGE...]
#   BIN   a newsclean binary (default: built from ../cmd/newsclean)
#   PAGE  pages to read, one process each (default: a seed page, AEB's
#         first text and HTML pages and WCXB's first HTML page, where
#         ../../shared/bench holds them)
# Each line: instructions, then the page ("-version": the bare start-up).
set -euo pipefail
cd "$(dirname "$0")"
BIN=${1:-}
if [ -z "$BIN" ]; then
	BIN=$(mktemp -d)/newsclean
	(cd .. && go build -o "$BIN" ./cmd/newsclean)
fi
shift || true
pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
	pages=(../testdata/seeds/000_101b87d8289ca109.txt)
	data=../../shared/bench
	for f in "$data/aeb/text/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.txt" \
		"$data/aeb/html/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html" \
		"$data/wcxb-dev/html/0001.html.gz"; do
		[ -f "$f" ] && pages+=("$f")
	done
fi
count() {
	env GOMAXPROCS=1 GOGC=off GODEBUG=cpu.rdtscp=off valgrind --tool=cachegrind --cache-sim=no \
		--cachegrind-out-file=/dev/null "$BIN" "$@" 2>&1 >/dev/null | awk '/I *refs/ {print $NF}'
}
printf '%s\t%s\n' "$(count -version)" "-version"
for p in "${pages[@]}"; do
	printf '%s\t%s\n' "$(count -quiet -j 1 -timeout 0 -format jsonl "$p")" "$p"
done
