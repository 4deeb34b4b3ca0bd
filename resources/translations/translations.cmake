# User interface translations (included from ui/CMakeLists.txt, in the scope of loandesk_ui).
#
# resources/translations/loandesk_<locale>.ts are compiled by lrelease and embedded in
# loandesk_ui as :/i18n/loandesk_<locale>.qm, where Launcher::installTranslations() finds them.
# English is the source language, so it needs no file.
#
# After changing user-visible strings in app/ or ui/:
#     cmake --build build --target loandesk_update_translations
# then translate the new entries (Qt Linguist, or by hand: no type="unfinished" may remain);
# tst_translations fails until every string in the sources has a finished translation.
set(LOANDESK_TS_FILES ${CMAKE_CURRENT_LIST_DIR}/loandesk_zh_CN.ts)

qt_add_lrelease(loandesk_ui TS_FILES ${LOANDESK_TS_FILES} QM_FILES_OUTPUT_VARIABLE loandesk_qm_files)
qt_add_resources(loandesk_ui loandesk_i18n
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${loandesk_qm_files})

# The same lupdate call as tests/unit/translations (keep the two in step): every tr(),
# QCoreApplication::translate() and QT_TRANSLATE_NOOP() in app/ and ui/, existing
# translations kept, strings gone from the sources dropped.
add_custom_target(loandesk_update_translations
    COMMAND Qt6::lupdate app ui -extensions cpp,h -source-language en -locations relative
            -no-obsolete -ts ${LOANDESK_TS_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating ${LOANDESK_TS_FILES} from app/ and ui/"
    VERBATIM)
