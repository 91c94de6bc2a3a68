#!/usr/bin/env bash
# Re-executes every notebook in notebooks/ with the tslab kernel (Debian's Jupyter), in place, so the
# committed outputs are the outputs of the current code. A failing cell fails the run and its error
# text is printed. With --check, executes into a temporary folder instead, leaves the notebooks as they
# are, and fails when a committed output differs from the fresh run (execution counts and metadata
# aside): a stale notebook fails CI. Needs: Debian packages jupyter-nbconvert python3-ipykernel.
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
[ "${1:-}" = "--check" ] && check=true

jupyter=/usr/bin/jupyter
[ -x "$jupyter" ] || { echo "run-notebooks: $jupyter not found; run scripts/setup.sh first" >&2; exit 2; }

# Notebooks import the packages' built dist/ (tslab resolves main/types, not the TypeScript sources).
pnpm -s build

kernel_dir=$PWD/.jupyter-kernel
pnpm --filter ./notebooks exec tslab install --python=/usr/bin/python3 \
  --binary="$PWD/notebooks/node_modules/.bin/tslab" --prefix="$kernel_dir" >/dev/null
export JUPYTER_PATH=$kernel_dir/share/jupyter

status=0
for notebook in notebooks/[0-9]*.ipynb; do
  started=$SECONDS
  executed=$(mktemp --suffix=.ipynb)
  log=$(mktemp)
  if ! "$jupyter" nbconvert --to notebook --execute --allow-errors \
      --ExecutePreprocessor.kernel_name=tslab --ExecutePreprocessor.timeout=300 \
      --output "$executed" "$notebook" >"$log" 2>&1; then
    echo "run-notebooks: $notebook: nbconvert failed" >&2
    cat "$log" >&2
    status=1
    continue
  fi
  # tslab reports a failing cell as an error output (or stderr text); print it and fail.
  if ! /usr/bin/python3 - "$executed" "$notebook" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1]))
failed = False
for i, cell in enumerate(nb["cells"]):
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error" or (out.get("output_type") == "stream" and out.get("name") == "stderr"):
            failed = True
            text = "\n".join(out.get("traceback", [])) or out.get("text", "") or f'{out.get("ename")}: {out.get("evalue")}'
            src = "".join(cell.get("source", ""))
            print(f"{sys.argv[2]}: cell {i} failed:\n--- cell source ---\n{src}\n--- kernel error ---\n{''.join(text)}", file=sys.stderr)
sys.exit(1 if failed else 0)
PY
  then
    status=1
    continue
  fi
  if $check; then
    if ! /usr/bin/python3 - "$executed" "$notebook" <<'PY'
import json, sys
def cells(path):
    nb = json.load(open(path))
    return [("".join(c.get("source", "")), [{k: v for k, v in o.items() if k not in ("execution_count", "metadata")}
             for o in c.get("outputs", [])]) for c in nb["cells"]]
fresh, committed = cells(sys.argv[1]), cells(sys.argv[2])
stale = [i for i, (a, b) in enumerate(zip(fresh, committed)) if a != b] + list(range(min(len(fresh), len(committed)), max(len(fresh), len(committed))))
if stale:
    print(f"{sys.argv[2]}: committed outputs differ from a fresh run in cells {stale}; run pnpm notebooks and commit", file=sys.stderr)
sys.exit(1 if stale else 0)
PY
    then
      status=1
      continue
    fi
    rm -f "$executed"
    echo "run-notebooks: $notebook is up to date ($((SECONDS - started)) s)"
  else
    mv "$executed" "$notebook"
    echo "run-notebooks: $notebook executed in $((SECONDS - started)) s"
  fi
done
exit $status
