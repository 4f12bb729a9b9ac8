#!/bin/sh
# finish-tarball.sh IN.tar.xz OUT.tar.xz
#
# Completes the tarball `fyne package --os linux` makes with what it cannot
# do: the MIME type of .orgdb documents (so file managers open them with
# OrgDesigner), Chinese names in the menu entry, one file per menu entry
# (%f: the program opens one document per window), and an install Makefile
# that installs all of it (fyne's Makefile breaks once the entry takes a
# file argument, and installs no MIME type).
set -eu

in=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tar -xJf "$in" -C "$work"
top="$work/orgdesigner"
# fyne puts the files under usr/local when the build machine has /usr/local,
# else under usr.
src=usr/local
[ -d "$top/$src/bin" ] || src=usr
share="$top/$src/share"
desktop="$share/applications/io.github.orgdesigner.desktop"
[ -f "$desktop" ] || { echo "finish-tarball: no desktop file in $in" >&2; exit 1; }

sed -i \
	-e 's/^Exec=\(.*\) %F$/Exec=\1 %f/' \
	-e 's/^MimeType=\([^;]*\)$/MimeType=\1;/' \
	-e '/^Name=/a Name[zh_CN]=组织架构设计器' \
	-e '/^GenericName=/a GenericName[zh_CN]=组织架构设计' \
	-e '/^Comment=/a Comment[zh_CN]=设计组织架构、编写岗位说明书并打印' \
	-e '/^Keywords=/a Keywords[zh_CN]=组织架构;架构图;岗位;岗位说明书;编制;人力资源;' \
	"$desktop"
install -Dm644 "$here/io.github.orgdesigner.xml" "$share/mime/packages/io.github.orgdesigner.xml"
sed -e "s|@SRC@|$src|" "$here/Makefile.tarball" > "$top/Makefile"

mkdir -p "$(dirname "$out")"
tar -cJf "$out" -C "$work" orgdesigner
