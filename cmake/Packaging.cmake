# SPDX-License-Identifier: MIT
# CPack: the install tree as a .deb and an .rpm installing under /usr.
#   cmake --build --preset release --target package   (packages in build/release/packages)
set(CPACK_PACKAGE_NAME sentry-members)
set(CPACK_PACKAGE_VENDOR "The Sentry Members developers")
set(CPACK_PACKAGE_CONTACT "The Sentry Members developers <maintainers@sentry-members.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "manage the people of a Sentry organization")
set(CPACK_PACKAGE_DESCRIPTION
"Sentry Members is a desktop tool for administrators of a Sentry organization
on sentry.io (US or EU) or self-hosted: invite members with organization and
team roles, change a member's roles, provision users through SCIM and link
Sentry users to GitHub, GitLab, Slack or Microsoft Teams accounts. Every form
checks its input with Sentry's rules before sending and shows Sentry's answers
in its own words. A built-in demo organization runs without an account.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB RPM)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_SOURCE_GENERATOR "")

# Debian: shared-library dependencies from dpkg-shlibdeps, plus what is loaded at run time
# and so invisible to it: the SVG icon engine, the platform plugins and the SQLite driver of
# the bulk runs' journal.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# A keychain for the profiles' tokens (Secret Service or KWallet); without one a token lasts
# for the session.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | libkf5wallet-bin")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# RPM: automatic requirements from the ELF files, plus the SVG library by soname (the same
# capability on Fedora and openSUSE).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_SUMMARY "Manage the people of a Sentry organization")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_RELOCATABLE OFF)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_AUTOREQPROV ON)
set(CPACK_RPM_PACKAGE_REQUIRES "libQt6Svg.so.6()(64bit)")
# No Suggests for a keychain here: CMake 3.25's CPackRPM drops weak dependencies (its check
# runs an undefined RPM_EXECUTABLE).
set(CPACK_RPM_SPEC_MORE_DEFINE
    "%define _build_id_links none\n%define packager ${CPACK_PACKAGE_CONTACT}")
# Directories the filesystem package owns: not ours to claim.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps
    /usr/share/bash-completion /usr/share/bash-completion/completions
    /usr/share/zsh /usr/share/zsh/vendor-completions
    /usr/share/fish /usr/share/fish/vendor_completions.d)
foreach(size IN LISTS SENTRY_MEMBERS_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

include(CPack)
