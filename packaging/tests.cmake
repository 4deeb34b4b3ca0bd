# Packaging checks, all labelled "packaging" (`ctest -L packaging` runs just these;
# `ctest -LE packaging` skips them). A missing tool makes a test skip (exit 77), not fail.
set(pkg_tests ${CMAKE_CURRENT_SOURCE_DIR}/tests)

add_test(NAME packaging_desktop_file
    COMMAND ${pkg_tests}/if-available desktop-file-validate
            ${CMAKE_CURRENT_SOURCE_DIR}/${app_id}.desktop)
add_test(NAME packaging_metainfo
    COMMAND ${pkg_tests}/if-available appstreamcli validate --no-net
            ${CMAKE_CURRENT_SOURCE_DIR}/${app_id}.metainfo.xml)
set_tests_properties(packaging_desktop_file packaging_metainfo PROPERTIES
    LABELS packaging SKIP_RETURN_CODE 77 TIMEOUT 60)

if(TARGET loandesk)
    add_test(NAME packaging_cli_help_version
        COMMAND ${pkg_tests}/cli-help-version $<TARGET_FILE:loandesk> ${PROJECT_VERSION})
    set_tests_properties(packaging_cli_help_version PROPERTIES
        LABELS packaging TIMEOUT 60 ENVIRONMENT QT_QPA_PLATFORM=offscreen)
    # The same with no platform chosen, as on a server without a display: main.cpp reads the
    # command line before it creates the QApplication.
    add_test(NAME packaging_cli_no_display
        COMMAND ${pkg_tests}/cli-help-version $<TARGET_FILE:loandesk> ${PROJECT_VERSION})
    set_tests_properties(packaging_cli_no_display PROPERTIES
        LABELS packaging TIMEOUT 60 ENVIRONMENT_MODIFICATION QT_QPA_PLATFORM=unset:)
endif()

# Packs the already built tree with cpack (no second build) and runs the unpacked programs.
if(TARGET loandesk AND TARGET loandesk-sim)
    add_test(NAME packaging_deb
        COMMAND ${pkg_tests}/deb-smoke ${CMAKE_BINARY_DIR}/CPackConfig.cmake ${PROJECT_VERSION})
    set_tests_properties(packaging_deb PROPERTIES
        LABELS packaging SKIP_RETURN_CODE 77 TIMEOUT 180)
endif()
