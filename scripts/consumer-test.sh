#!/usr/bin/env bash
# Installs the packed packages into a fresh project outside the workspace (npm, no workspace links, no
# overrides) and runs what a user would: the README's example with tsx and in plain Node, the
# command on the bundled data, and a tslab notebook cell that imports the library. Fails on any error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pnpm -s build
mkdir -p "$work/tarballs" "$work/project"
for dir in data data/inspection-reports packages/core packages/loaders packages/report; do
  (cd "$dir" && pnpm pack --pack-destination "$work/tarballs" >/dev/null)
done
ls -l "$work/tarballs" | awk 'NR > 1 { printf "consumer: packed %s (%d kB)\n", $9, $5 / 1024 }'

cd "$work/project"
echo '{ "name": "consumer", "private": true, "type": "module" }' > package.json
npm install --no-audit --no-fund --loglevel=error "$work"/tarballs/*.tgz tsx@4.23 >/dev/null
echo "consumer: npm install of the packed packages succeeded"

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
  npm install --no-audit --no-fund --loglevel=error tslab@1.0.22 >/dev/null
  npx --no-install tslab install --python=/usr/bin/python3 --binary="$PWD/node_modules/.bin/tslab" --prefix="$work/kernel" >/dev/null
  cat > cell.ipynb <<'NB'
{"cells":[{"cell_type":"code","execution_count":null,"metadata":{},"outputs":[],"source":["import { loadAll } from \"@ofsted-action-plans/loaders\";\n","import { actionTable, slippageSummary } from \"@ofsted-action-plans/core\";\n","const plans = loadAll().plans;\n","console.log(`${plans.length} plans, ${actionTable(plans).numRows()} actions`);\n","slippageSummary(actionTable(plans)).print();"]}],
 "metadata":{"kernelspec":{"display_name":"TypeScript","language":"typescript","name":"tslab"}},"nbformat":4,"nbformat_minor":5}
NB
  JUPYTER_PATH="$work/kernel/share/jupyter" /usr/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=tslab --output executed.ipynb cell.ipynb >/dev/null 2>&1 \
    || { echo "consumer: the notebook cell failed to run" >&2; exit 1; }
  out=$(/usr/bin/python3 -c 'import json,sys; nb=json.load(open("executed.ipynb")); t=lambda x: "".join(x) if isinstance(x, list) else x; print("".join(t(o.get("text","")) for c in nb["cells"] for o in c.get("outputs",[])))')
  check "tslab notebook cell" "$out"
else
  echo "consumer: no Jupyter here (scripts/setup.sh --all installs it); notebook cell skipped" >&2
  [ -z "${CI:-}" ] || exit 1
fi
