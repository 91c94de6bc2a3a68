#!/usr/bin/env bash
# Installs the packed packages into a fresh project outside the workspace (npm, no workspace links, no
# overrides) and runs what a user would: the README's example with tsx and in plain Node, the
# command on the bundled data, and a tslab notebook cell that imports the library. Fails on any error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# No build first: packing builds each code package itself (its prepack), as a user's `pnpm pack` would.
mkdir -p "$work/tarballs" "$work/project"
for dir in data data/inspection-reports packages/core packages/loaders packages/report; do
  (cd "$dir" && pnpm pack --pack-destination "$work/tarballs" >/dev/null)
done
for t in "$work"/tarballs/ofsted-action-plans-{core,loaders,report}-*.tgz; do
  tar -tzf "$t" > "$work/contents"
  grep -qx 'package/dist/index.js' "$work/contents" || { echo "consumer: $(basename "$t") has no dist/index.js" >&2; exit 1; }
done
ls -l "$work/tarballs" | awk 'NR > 1 { printf "consumer: packed %s (%d kB)\n", $9, $5 / 1024 }'

cd "$work/project"
echo '{ "name": "consumer", "private": true, "type": "module" }' > package.json
# The README's install line, as printed there (after <!-- consumer-install -->), each package name
# replaced by its packed tarball.
readme_block() { # $1: marker; prints the shell block after it
  awk -v m="<!-- $1 -->" '$0 == m { on = 1; next } on && /^```sh/ { code = 1; next } code && /^```/ { exit } code { print }' "$root/README.md"
}
install=$(readme_block consumer-install | grep '^npm install ')
[ -n "$install" ] || { echo "consumer: no install line found in README.md" >&2; exit 1; }
for name in $(grep -o '@ofsted-action-plans/[a-z-]*' <<<"$install"); do
  tgz=$(ls "$work"/tarballs/"$(sed -e 's/^@//' -e 's|/|-|' <<<"$name")"-[0-9]*.tgz)
  install=${install//$name/$tgz}
done
grep -q '@ofsted-action-plans/' <<<"$install" && { echo "consumer: a package in the README's install line was not packed: $install" >&2; exit 1; }
[ "$(grep -o '\.tgz' <<<"$install" | wc -l)" -eq "$(ls "$work"/tarballs/*.tgz | wc -l)" ] \
  || { echo "consumer: the README's install line does not name every package" >&2; exit 1; }
eval "${install/npm install/npm install --no-audit --no-fund --loglevel=error}" >/dev/null
echo "consumer: the README's npm install of the packed packages succeeded"

# The README's example, as printed there (between the consumer-example markers).
awk '/<!-- consumer-example -->/ { on = 1; next } on && /^```ts/ { code = 1; next } code && /^```/ { exit } code { print }' "$root/README.md" > example.ts
[ -s example.ts ] || { echo "consumer: no example found in README.md" >&2; exit 1; }
check() { # $1: label, $2: output
  grep -q "5 plans, 301 actions" <<<"$2" || { echo "consumer: $1 did not load 5 plans and 301 actions:" >&2; echo "$2" >&2; exit 1; }
  grep -q "stockton" <<<"$2" || { echo "consumer: $1 printed no slippage by council" >&2; exit 1; }
  echo "consumer: $1 ok"
}
check "README example (tsx)" "$(npx --no-install tsx example.ts)"
sed -e 's/^import type .*$//' -e 's/: ColumnTable//g' example.ts > example.mjs
check "README example (plain Node ESM)" "$(node example.mjs)"

npx --no-install ofsted-action-plans --out out >/dev/null
for f in actions.csv slippage-by-council.csv report.html plans.json diagnostics.json inspections.csv national-weaknesses.csv; do
  [ -s "out/$f" ] || { echo "consumer: the command wrote no out/$f" >&2; exit 1; }
done
npx --no-install ofsted-action-plans --help | grep -q "manifest.json" || { echo "consumer: --help does not explain the manifest" >&2; exit 1; }
echo "consumer: ofsted-action-plans command ok"

if [ -x /usr/bin/jupyter ]; then
  # The README's tslab lines (after <!-- consumer-tslab -->), with a home of their own so the kernel
  # they register stays in this temporary folder; the line that opens Jupyter is left out.
  export HOME="$work/home"
  mkdir -p "$HOME"
  readme_block consumer-tslab | grep -v '^jupyter ' > tslab-setup.sh
  grep -q 'tslab install' tslab-setup.sh || { echo "consumer: no tslab set-up found in README.md" >&2; exit 1; }
  bash -euo pipefail tslab-setup.sh >/dev/null 2>&1 || { echo "consumer: the README's tslab set-up failed:" >&2; cat tslab-setup.sh >&2; exit 1; }
  cat > cell.ipynb <<'NB'
{"cells":[{"cell_type":"code","execution_count":null,"metadata":{},"outputs":[],"source":["import { loadAll } from \"@ofsted-action-plans/loaders\";\n","import { actionTable, slippageSummary } from \"@ofsted-action-plans/core\";\n","const plans = loadAll().plans;\n","console.log(`${plans.length} plans, ${actionTable(plans).numRows()} actions`);\n","slippageSummary(actionTable(plans)).print();"]}],
 "metadata":{"kernelspec":{"display_name":"TypeScript","language":"typescript","name":"tslab"}},"nbformat":4,"nbformat_minor":5}
NB
  /usr/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=tslab --output executed.ipynb cell.ipynb >/dev/null 2>&1 \
    || { echo "consumer: the notebook cell failed to run" >&2; exit 1; }
  out=$(/usr/bin/python3 -c 'import json,sys; nb=json.load(open("executed.ipynb")); t=lambda x: "".join(x) if isinstance(x, list) else x; print("".join(t(o.get("text","")) for c in nb["cells"] for o in c.get("outputs",[])))')
  check "tslab notebook cell" "$out"
else
  echo "consumer: no Jupyter here (scripts/setup.sh --all installs it); notebook cell skipped" >&2
  [ -z "${CI:-}" ] || exit 1
fi
