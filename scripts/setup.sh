#!/usr/bin/env bash
# Installs everything the page, the tests and the CLI need, from the package registries only,
# at pinned versions. Idempotent: each tool is checked first and skipped when already right,
# so a second run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
PLAYWRIGHT_VERSION=1.65.1
# wasm-bindgen-cli must equal the wasm-bindgen that Cargo.lock resolves.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

# Tool installs only: no LTO and many codegen units cut their build time several-fold.
install_env=(env CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16)
export PATH="/usr/local/bin:$HOME/.cargo/bin:$PATH"

step() { printf '==> %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed | grep -q '^clippy' || rustup component add clippy

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (several minutes on a fresh machine)"
  "${install_env[@]}" cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: that lock pins a dependency version the registry no longer has.
  "${install_env[@]}" cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Debian's binaryen is too old for today's rustc output; npm's is current.
if ! wasm-opt --version 2>/dev/null | grep -q "version_$BINARYEN_VERSION"; then
  step "installing wasm-opt (binaryen $BINARYEN_VERSION) from npm"
  npm install -g --prefix /usr/local "binaryen@$BINARYEN_VERSION.0.0"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  step "installing Chromium and chromedriver from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium chromium-driver
fi

# xmllint checks the REFI-QDA exports against the published XSDs (tests/export_formats.rs).
if ! command -v xmllint >/dev/null 2>&1; then
  step "installing xmllint (libxml2-utils) from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q libxml2-utils
fi

# Trunk's post_build hook (Trunk.toml) runs scripts/csp-hash.py and scripts/sw-precache.py.
if ! command -v python3 >/dev/null 2>&1; then
  step "installing python3 from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q python3
fi

# Reinstalled when a package is missing or not at the version package.json pins.
AXE_VERSION=$(sed -n 's/.*"axe-core": "\([^"]*\)".*/\1/p' tests/e2e/package.json)
if [ ! -f tests/e2e/node_modules/axe-core/package.json ] ||
   ! grep -q "\"version\": \"$AXE_VERSION\"" tests/e2e/node_modules/axe-core/package.json ||
   [ ! -f tests/e2e/node_modules/playwright-core/package.json ] ||
   ! grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" tests/e2e/node_modules/playwright-core/package.json; then
  step "installing the end-to-end test's node packages"
  (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

# Trunk runs cargo offline: fetch every crate first (fast when already cached).
cargo fetch --quiet
