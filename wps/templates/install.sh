#!/bin/sh
# 决算校验助手 offline install for WPS on 信创 Linux (UOS, Kylin) and other Linux: copies the add-in folder
# into the user's jsaddons folder and lists it in publish.xml, keeping the other add-ins listed there.
# No root needed, no network. Run as the user who uses WPS: sh install.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
dest="${HOME}/.local/share/Kingsoft/wps/jsaddons"
entry='  <jsplugin name="{{NAME}}" type="et" url="{{NAME}}_{{VERSION}}" version="{{VERSION}}" enable="enable_dev" install="null" customDomain=""/>'
mkdir -p "$dest"
rm -rf "$dest"/{{NAME}}_*
cp -r "$here/jsaddons/{{NAME}}_{{VERSION}}" "$dest/"
if [ -f "$dest/publish.xml" ] && grep -q '</jsplugins>' "$dest/publish.xml"; then
  grep -v 'name="{{NAME}}"' "$dest/publish.xml" > "$dest/publish.xml.tmp"
  awk -v entry="$entry" '/<\/jsplugins>/ { print entry } { print }' "$dest/publish.xml.tmp" > "$dest/publish.xml"
  rm -f "$dest/publish.xml.tmp"
else
  cp "$here/jsaddons/publish.xml" "$dest/publish.xml"
fi
echo "已安装 {{NAME}} {{VERSION}} 到 $dest，请重启 WPS。 / Installed {{NAME}} {{VERSION}} into $dest; restart WPS."
