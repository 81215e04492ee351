#!/usr/bin/env bash
# Installs what the real-editor e2e tests (test/e2e) need on a Debian machine:
#   - Debian packages: chromium (the browser the workbench runs in), ripgrep
#     (seeds code-server's ripgrep download), libkrb5-dev (the `kerberos`
#     native module in code-server builds against it), fonts-wqy-microhei
#     (a small CJK font, so Chinese text in screenshots is not drawn as boxes);
#   - test/e2e/node_modules: code-server 4.100.3 (= VS Code 1.100.3 server +
#     web workbench), playwright-core, @vscode/test-electron, mocha.
# Idempotent: each step is skipped when its result is already there, so a
# second run takes about a second. See shared spec "vscode-e2e.md" for why
# each workaround below is needed (no network but the npm registry and apt).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
E2E="$ROOT/test/e2e"
log() { printf '[install-e2e-deps] %s\n' "$*"; }

# --- 1. Debian packages (apt-get update only when something is missing) -----
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else log "need root to run: $*"; exit 1
  fi
}
missing=()
for pkg in chromium ripgrep libkrb5-dev fonts-wqy-microhei; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "Debian packages present (chromium, ripgrep, libkrb5-dev, fonts-wqy-microhei)"
fi

# --- 2. Seed @vscode/ripgrep's download cache with Debian's rg --------------
# code-server's postinstall runs `npm install` in lib/vscode, where
# @vscode/ripgrep@1.15.11 (pinned by lib/vscode/npm-shrinkwrap.json of
# code-server 4.100.3) would download this tarball from GitHub and fail.
# With the file in its cache it prints "Using cached download" and uses it.
# Re-check version and file name if code-server's version changes.
RG_CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
RG_TARBALL="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RG_TARBALL" ]; then
  log "seeding $RG_TARBALL from /usr/bin/rg"
  mkdir -p "$RG_CACHE"
  tar czf "$RG_TARBALL" -C /usr/bin rg
fi

# --- 3. npm ci in test/e2e when node_modules is missing or stale ------------
# The stamp records the lock file's hash and the Node version (code-server's
# native modules are built for one Node ABI); it is written only on success.
STAMP="$E2E/node_modules/.e2e-install-stamp"
want="$(sha256sum "$E2E/package-lock.json" | cut -d' ' -f1) node-$(node --version)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] \
   && [ -f "$E2E/node_modules/code-server/out/node/entry.js" ]; then
  log "test/e2e/node_modules up to date"
else
  log "npm ci in test/e2e (code-server build: about a minute on 2 cores)"
  start=$SECONDS
  # npm_config_yes: the user ~/.npmrc may say yes=false, which makes node-pty's
  #   postinstall (`npx node-gyp configure`) cancel.
  # --unsafe-perm: code-server's postinstall refuses to run as root without it
  #   (npm 11 warns "Unknown cli config" but still exports the setting).
  # The full log goes to a file; its tail is shown if the install fails.
  npm_log="$(mktemp -t e2e-npm-ci.XXXXXX.log)"
  if ! (cd "$E2E" && npm_config_yes=true npm ci --unsafe-perm --no-audit --no-fund) >"$npm_log" 2>&1; then
    tail -n 60 "$npm_log"
    log "npm ci failed (full log: $npm_log)"
    exit 1
  fi
  rm -f "$npm_log"
  printf '%s' "$want" >"$STAMP"
  log "npm ci done in $((SECONDS - start)) s"
fi
