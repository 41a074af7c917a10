#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks a built package the way a distribution would before accepting it.
#
#   check-package.sh deb <packages dir> <version>   lintian (no errors or warnings), contents,
#                                                   dependencies
#   check-package.sh rpm <packages dir> <version>   rpm -qp: metadata, requirements, file
#                                                   list, directory ownership
#
# A missing tool skips (exit 77) with the reason, except under CI=true where it fails.
set -euo pipefail

kind="$1"
dir="$2"
version="$3"

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
expect_line() { # expect_line <what> <pattern> <text>
    grep -qxE -- "$2" <<<"$3" || fail "$1: no line matching '$2' in:"$'\n'"$3"
}

app_id=io.github.sentrymembers.sentrymembers
expected_files=(
    /usr/bin/sentry-members
    /usr/bin/sentry-members-cli
    /usr/bin/sentry-members-sandbox
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "/usr/share/icons/hicolor/48x48/apps/$app_id.png"
    "/usr/share/icons/hicolor/256x256/apps/$app_id.png"
    /usr/share/man/man1/sentry-members.1.gz
    /usr/share/man/man1/sentry-members-cli.1.gz
    /usr/share/bash-completion/completions/sentry-members-cli
    /usr/share/zsh/vendor-completions/_sentry-members-cli
    /usr/share/fish/vendor_completions.d/sentry-members-cli.fish
    /usr/share/man/man1/sentry-members-sandbox.1.gz
    /usr/share/doc/sentry-members/copyright
    /usr/share/doc/sentry-members/changelog.gz
    /usr/share/doc/sentry-members/examples/members-day.sh
)

shopt -s nullglob
case "$kind" in
deb) found=("$dir"/sentry-members_"$version"_*.deb) ;;
rpm) found=("$dir"/sentry-members-"$version"-*.rpm) ;;
*) found=() ;;
esac
[ ${#found[@]} -eq 1 ] || fail "expected one $kind package of $version in $dir, found ${#found[@]}"
package="${found[0]}"

case "$kind" in
deb)
    need lintian lintian
    need dpkg-deb dpkg
    # --fail-on: warnings count as failures, not only errors.
    lintian --fail-on error,warning "$package"
    files="$(dpkg-deb -c "$package" | awk '{print $6}' | sed 's|^\.||')"
    for f in "${expected_files[@]}"; do expect_line "contents" "$f" "$files"; done
    depends="$(dpkg-deb -f "$package" Depends | tr ',' '\n' | sed 's/^ *//')"
    for d in 'libqt6svg6' 'qt6-qpa-plugins' 'libqt6widgets6( .*)?' 'libqt6network6( .*)?' \
             'libqt6keychain1( .*)?'; do
        expect_line "Depends" "$d" "$depends"
    done
    # A keychain for the profiles' tokens.
    expect_line "Suggests" 'gnome-keyring \| libkf5wallet-bin' "$(dpkg-deb -f "$package" Suggests)"
    ;;
rpm)
    need rpm rpm
    info="$(rpm -qp --queryformat '%{NAME}\n%{VERSION}\n%{LICENSE}\n%{ARCH}\n%{SUMMARY}\n%{PACKAGER}\n' "$package")"
    expect_line "name" 'sentry-members' "$info"
    expect_line "version" "${version//./\\.}" "$info"
    expect_line "licence" 'MIT' "$info"
    expect_line "summary" 'Manage the people of a Sentry organization' "$info"
    expect_line "packager" '.+ <.+@.+>' "$info"
    description="$(rpm -qp --queryformat '%{DESCRIPTION}' "$package")"
    grep -q 'Sentry Members is a desktop tool' <<<"$description" || fail "description: $description"
    requires="$(rpm -qpR "$package")"
    for r in 'libQt6Svg\.so\.6\(\)\(64bit\)' 'libQt6Widgets\.so\.6\(\)\(64bit\)' \
             'libQt6Network\.so\.6\(\)\(64bit\)'; do
        expect_line "Requires" "$r" "$requires"
    done
    files="$(rpm -qpl "$package")"
    for f in "${expected_files[@]}"; do expect_line "files" "$f" "$files"; done
    # Directories of the filesystem package must not be claimed by ours.
    for d in /usr /usr/bin /usr/share /usr/share/icons/hicolor /usr/share/man/man1 \
             /usr/share/applications /usr/share/bash-completion /usr/share/zsh /usr/share/fish; do
        if grep -qxF -- "$d" <<<"$files"; then fail "the package owns $d"; fi
    done
    ;;
*)
    fail "unknown package kind $kind"
    ;;
esac
echo "OK: $package"
