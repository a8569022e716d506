#!/bin/sh
# Makes sure Debian's Chromium and Firefox ESR are installed for the browser tests. As root with
# apt it installs what is missing; otherwise it says in one line what to run.
missing=
for browser in chromium firefox-esr; do
  command -v "$browser" >/dev/null 2>&1 || missing="$missing $browser"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages:$missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
  echo "missing browsers:$missing; run as root: apt-get install -y$missing" >&2
  exit 1
fi
