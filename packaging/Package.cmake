# CPack: `make package` (or `cmake --build build --target package`) builds a Debian package
# from the install rules. Included from the top-level CMakeLists.txt after every
# add_subdirectory(), because include(CPack) snapshots the CPACK_* variables set before it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME greenlight)
# The one version: project(VERSION) flows into the file name and the control file.
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Greenlight developers")
set(CPACK_PACKAGE_CONTACT "Greenlight Team <team@greenlight.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Greenlight turns go-live checklists written as YAML templates into assessments stored \
in SQLite. It scans the release's source repository for evidence, records evidence, waivers \
and Ed25519-signed sign-offs, and exports approval packs (PDF, HTML, Markdown, JSON). The \
package holds the desktop application (greenlight) and its headless twin for scripts and CI \
(greenlight-cli).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# RelWithDebInfo binaries carry ~10x their size in DWARF; users get the stripped ones.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # greenlight_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies come from the real ELF files (dpkg-shlibdeps, from dpkg-dev): libqt6core6,
# libqt6widgets6, libyaml-cpp0.7, libgit2, libre2, libsodium, ... at the versions built against.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time are invisible to dpkg-shlibdeps, so they are named here:
# - libqt6sql6-sqlite: the QSQLITE driver; without it no store opens.
# - libqt6svg6: the SVG image and icon-engine plugins; the window and welcome-page icons are SVG.
# The platform plugins (xcb, offscreen) ship in libqt6gui6 on Debian 12 (qt6-qpa-plugins only
# has VNC), which shlibdeps already lists because both executables link QtGui; naming it here
# too would only repeat it in Depends. tests/packaging checks it stays there.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# The Wayland platform plugin (without it Qt falls back to XWayland, which works) and Qt's
# own translations: in German or French the standard buttons and file dialogs ("OK",
# "Cancel") would otherwise stay English inside translated windows.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

include(CPack)
