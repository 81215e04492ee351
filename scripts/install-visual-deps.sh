#!/usr/bin/env bash
# Installs what the visual check of the .docx export (scripts/test-visual.sh) needs on a
# Debian machine, and nothing else:
#   - libreoffice-writer: renders the exported .docx to PDF headless (no recommends: the
#     Java, help and GUI extras are not needed for a conversion);
#   - fonts-noto-cjk, fonts-arphic-ukai: Noto Serif / Sans CJK and AR PL UKai, which stand in for
#     仿宋, 小标宋, 黑体 and 楷体
#     (through test/visual/fonts.conf) so the PNG shows the glyphs, not boxes;
#   - poppler-utils: pdfinfo (page count), pdftotext (title on page 1), pdftoppm (the PNG).
# Idempotent: when every package is installed it does nothing (well under a second), so CI
# pays for the download (~90 MB) only on a fresh machine.
set -euo pipefail
log() { printf '[install-visual-deps] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else log "need root to run: $*"; exit 1
  fi
}
packages=(libreoffice-writer fonts-noto-cjk fonts-arphic-ukai poppler-utils)
missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  log "Debian packages present (${packages[*]})"
  exit 0
fi
log "apt-get install ${missing[*]}"
start=$SECONDS
as_root apt-get update -qq
# The dpkg lock may be held by another install on a shared machine: wait for it, up to 5 min.
as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
  --no-install-recommends "${missing[@]}" >/dev/null
log "installed in $((SECONDS - start)) s"
