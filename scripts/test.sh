#!/usr/bin/env bash
# Every test tier, in the order that fails fastest. Run by `npm test` (and by .ci/run with CI=true and
# TEST_DATABASE_URL pointing at a PostgreSQL server, which adds the PostgreSQL pass of the server tests).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() {
  printf '\n\033[1m=== %s\033[0m (at %ss)\n' "$1" "$((SECONDS - started))"
}

# Debian packages the tests need: Chromium for the browser tests, a font with every Kazakh letter,
# LibreOffice to open the exported XLSX/DOCX as a person would, poppler to read generated PDFs.
ensure_debian_packages() {
  local missing=()
  for pkg in chromium fonts-dejavu-core libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing with apt-get: ${missing[*]}"
  local sudo=''
  [ "$(id -u)" -ne 0 ] && sudo='sudo'
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

step 'System packages the tests use (apt-get when missing)'
ensure_debian_packages

step 'Lint and format (Biome)'
biome ci .

step 'Type-check (tsc -b)'
tsc -b

step 'The typed API client matches the server'
npm run -s check:api -w web

step 'Domain unit and property tests'
(cd domain && vitest run)

step 'Web unit tests (catalogs)'
(cd web && vitest run)

step 'Server integration tests on PGlite'
(cd server && TEST_DB=pglite vitest run)

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step 'Server integration tests on PostgreSQL'
  (cd server && TEST_DB=postgresql vitest run)
else
  echo 'TEST_DATABASE_URL is not set: skipping the PostgreSQL pass of the server tests.'
fi

step 'Build the web app'
npm run -s build

step 'Browser tests (Playwright on Debian Chromium)'
(cd e2e && vitest run)

printf '\n\033[1mAll tiers passed in %ss.\033[0m\n' "$((SECONDS - started))"
