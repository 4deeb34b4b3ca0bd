# CPack: a Debian package (loandesk_<version>-1_<arch>.deb) and a tarball of the same tree.
#   cd build-package && cpack -G "DEB;TGZ"      (./scripts/package does it all)
set(CPACK_PACKAGE_NAME loandesk)
set(CPACK_PACKAGE_VENDOR "LoanDesk")
set(CPACK_PACKAGE_CONTACT "LoanDesk maintainers <maintainers@loandesk.io>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian wants the long description in lines of under 80 characters.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "A desktop dashboard for treasury and risk staff who borrow through Binance\n"
    "Institutional Loan: LTV, net equity, maintenance margin and liability of\n"
    "every risk unit, distance to margin call and liquidation, borrow and repay,\n"
    "PDF and PNG reports, CSV exports. Includes loandesk-sim, a simulated\n"
    "exchange for demo mode and for testing clients.")
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_STRIP_FILES ON)  # debug info stays in the build tree, not on users' disks

# The tarball unpacks to loandesk-0.1.0-linux-x86_64/{bin,share}.
string(TOLOWER "${CMAKE_SYSTEM_NAME}" system)
set(CPACK_PACKAGE_FILE_NAME "loandesk-${PROJECT_VERSION}-${system}-${CMAKE_SYSTEM_PROCESSOR}")

# Debian: name_version-revision_arch.deb, installed under /usr.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the Qt, OpenSSL and QtKeychain libraries the binaries link. Plugins
# are loaded at run time and invisible to it, so the SQLite driver (history) is listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own translations; a Secret Service provider for the keychain; native Wayland windows.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | keepassxc, qt6-wayland")
# PostgreSQL history for teams; CJK glyphs for the Chinese interface, and Droid Sans Fallback
# for Chinese PDF reports whose text stays searchable (see reportdocument.cpp).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, fonts-noto-cjk, fonts-droid-fallback")

include(CPack)
