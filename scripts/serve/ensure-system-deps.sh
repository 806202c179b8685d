#!/usr/bin/env bash
# Installs the system packages the test suite needs, when missing:
# nginx with the brotli module (the production server, `npm start`), Debian's
# Chromium (driven by Playwright), CJK fonts (Chinese in screenshots), a
# Java runtime (the Nu HTML checker) and poppler-utils (pdftotext and pdftoppm:
# the print test reads the PDFs Chromium prints) and GoAccess (npm run
# report:traffic). Runs before `npm test`.
set -euo pipefail
need=()
command -v goaccess >/dev/null 2>&1 || need+=(goaccess)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need+=(libnginx-mod-http-brotli-static)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need these Debian packages: ${need[*]}" >&2
  echo "Install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
echo "Installing with apt: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# Debian starts nginx as a system service on install; the site runs its own (scripts/serve/nginx.ts).
service nginx stop >/dev/null 2>&1 || true
