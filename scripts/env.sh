# shellcheck shell=bash
# Shared by scripts/serve, scripts/test and scripts/bench: where the tools are and how to
# build for the browser on this machine. Sourced, never run. Sets nothing outside the
# calling script's process.

CX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CX_ROOT
export PATH="$CX_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The browser-test tools must never try to download a browser of their own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf '\033[1m[cx]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[cx] error:\033[0m %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen version pinned in Cargo.lock: the CLI must match it exactly.
cx_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$CX_ROOT/Cargo.lock"
}

# True when the active rustc ships a wasm32 standard library (the normal rustup path).
cx_has_rustup_wasm_std() {
  local dir
  dir="$(rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null)" || return 1
  compgen -G "$dir/libstd-*" > /dev/null
}

# Chromium (or Chrome) for the browser tests; CX_CHROMIUM overrides.
cx_chromium() {
  if [ -n "${CX_CHROMIUM:-}" ]; then echo "$CX_CHROMIUM"; return; fi
  local c
  for c in /usr/bin/chromium chromium chromium-browser google-chrome; do
    if command -v "$c" > /dev/null 2>&1; then command -v "$c"; return; fi
  done
}

# Sets the variables a wasm build needs. On the normal path none; on the Debian
# fallback, Debian's rustc first on PATH and std built from source (see README).
cx_wasm_env() {
  # CX_FORCE_DEBIAN=1 takes the fallback even where rustup has a wasm32 std (to check it).
  if [ -z "${CX_FORCE_DEBIAN:-}" ] && cx_has_rustup_wasm_std; then
    export CX_WASM_MODE=rustup
    return
  fi
  export CX_WASM_MODE=debian
  # Debian's rustc and cargo first, but npm's wasm-opt 132 still ahead of any Debian
  # binaryen (108 cannot read current rustc's output).
  export PATH="$CX_ROOT/node_modules/.bin:/usr/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  local ld
  for ld in wasm-ld-19 wasm-ld-22 wasm-ld rust-lld; do
    if command -v "$ld" > /dev/null 2>&1; then
      export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$ld"
      break
    fi
  done
  # A separate target folder: the two toolchains would otherwise rebuild each other's output.
  export CARGO_TARGET_DIR="$CX_ROOT/target/debian-wasm"
}

# Environment for wasm-bindgen-test in headless Chromium.
cx_browser_test_env() {
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
  export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}"
  export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
  export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-60}"
}
