#!/usr/bin/env bash
# Makes sure Playwright has a Chromium to drive, and a Japanese font so that screenshots of the
# Japanese UI show glyphs instead of boxes; silent when both are already there.
# Browser order: Debian's /usr/bin/chromium (used by playwright.config.ts), Playwright's own download,
# apt-get install as root, `npx playwright install chromium`, else explain what to install.
set -uo pipefail

have_browser() {
  [ -x /usr/bin/chromium ] && return 0
  local cache="${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"
  compgen -G "$cache/chromium-*" > /dev/null || compgen -G "$cache/chromium_headless_shell-*" > /dev/null
}

have_japanese_font() {
  command -v fc-list > /dev/null && fc-list :lang=ja family | grep -q .
}

# A missing Japanese font only spoils screenshots: install it where we can, never fail for it.
if ! have_japanese_font && [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
  echo "ensure-browser: no Japanese font found; installing Debian's fonts-noto-cjk with apt-get" >&2
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-cjk; } > /dev/null ||
    echo "ensure-browser: apt-get install fonts-noto-cjk failed; Japanese screenshots will show boxes" >&2
fi

have_browser && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
  echo "ensure-browser: no Chromium found; installing Debian's chromium with apt-get" >&2
  if apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium && have_browser; then
    exit 0
  fi
  echo "ensure-browser: apt-get install chromium failed; trying Playwright's download" >&2
fi

echo "ensure-browser: no Chromium found; running npx playwright install chromium" >&2
if npx playwright install chromium && have_browser; then
  exit 0
fi

cat >&2 <<'MSG'
ensure-browser: could not find or install a Chromium for the end-to-end tests.
Install one of these, then run the tests again:
  sudo apt-get install chromium          (Debian/Ubuntu; used from /usr/bin/chromium)
  npx playwright install chromium        (Playwright's own build; needs internet access)
MSG
exit 1
