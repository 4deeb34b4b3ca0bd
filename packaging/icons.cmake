# The PNG icons are rendered from the one SVG at build time, so they never drift from it.
set(icon_sizes 16 32 48 64 128 256)
find_program(RSVG_CONVERT rsvg-convert)
if(NOT RSVG_CONVERT)
    message(WARNING "rsvg-convert not found (apt-get install librsvg2-bin): "
                    "the PNG icons are neither built nor installed")
    return()
endif()

set(icon_svg ${CMAKE_CURRENT_SOURCE_DIR}/${app_id}.svg)
set(icon_pngs)
foreach(size IN LISTS icon_sizes)
    set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/${app_id}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}
        COMMAND ${RSVG_CONVERT} --width ${size} --height ${size} --output ${png} ${icon_svg}
        DEPENDS ${icon_svg}
        COMMENT "Rendering the ${size}x${size} icon"
        VERBATIM)
    list(APPEND icon_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(loandesk_icons ALL DEPENDS ${icon_pngs})
