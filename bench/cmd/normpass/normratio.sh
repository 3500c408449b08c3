#!/bin/sh
# normratio.sh SEEDS [PASSES]: instructions a pass of the default normaliser
# and of a plain NFC pass over the seed pages, counted by valgrind's
# cachegrind (one core, no garbage collection), and their ratio. Run from
# bench/. Needs valgrind (Debian: apt-get install valgrind).
set -eu
seeds=${1:-../testdata/seeds}
passes=${2:-1000}
command -v valgrind >/dev/null || { echo "normratio: valgrind not found" >&2; exit 1; }
bin=$(mktemp -d)/normpass
go build -o "$bin" ./cmd/normpass
count() {
	env GOMAXPROCS=1 GOGC=off GODEBUG=cpu.rdtscp=off valgrind --tool=cachegrind --cache-sim=no \
		--cachegrind-out-file=/dev/null "$bin" "$seeds" "$1" "$2" 2>&1 >/dev/null |
		sed -n 's/.*I *refs: *//p' | tr -d ,
}
ours=$(( ($(count "$passes" ours) - $(count 0 ours)) / passes ))
nfc=$(( ($(count "$passes" nfc) - $(count 0 nfc)) / passes ))
echo "instructions a pass: normalize $ours, norm.NFC.Append $nfc"
permille=$(( (2000 * nfc / ours + 1) / 2 ))
echo "speed: $(( permille / 10 )).$(( permille % 10 ))% of the NFC pass by instructions"
