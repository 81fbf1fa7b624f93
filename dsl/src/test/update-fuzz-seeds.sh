#!/usr/bin/env bash
# Copies every .shade file of the repository into the seed corpus of the fuzz test
# dev.shades.dsl.fuzz.PolicyFuzzTest, so that the normal build runs them as regression inputs and fuzzing starts
# from them. Rerun it after adding or changing policy files, and commit the copies.
#
# Copies go to .../PolicyFuzzTestInputs/fuzzOne/repo/, named after their path with '/' written '__' and '.seed' added
# (so that tools and tests that look for .shade files do not take the copies for policies); that folder is replaced
# whole. Inputs added by hand (such as a fixed crash) belong directly in .../fuzzOne/ and are kept.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
seeds_rel="dsl/src/test/resources/dev/shades/dsl/fuzz/PolicyFuzzTestInputs/fuzzOne/repo"
seeds="$root/$seeds_rel"

rm -rf "$seeds"
mkdir -p "$seeds"
count=0
while IFS= read -r -d '' file; do
  rel="${file#"$root"/}"
  cp "$file" "$seeds/${rel//\//__}.seed"
  count=$((count + 1))
done < <(find "$root" \( -name target -o -name .git -o -name PolicyFuzzTestInputs \) -prune -o -type f -name '*.shade' -print0 | sort -z)
echo "update-fuzz-seeds: copied $count .shade files to $seeds_rel"
