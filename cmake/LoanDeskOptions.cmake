# One INTERFACE target carries the compile options of every LoanDesk target.
add_library(loandesk_options INTERFACE)
target_compile_options(loandesk_options INTERFACE -Wall -Wextra -Wpedantic)
if(LOANDESK_WERROR)
    target_compile_options(loandesk_options INTERFACE -Werror)
endif()
target_compile_definitions(loandesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    LOANDESK_VERSION="${PROJECT_VERSION}")
if(LOANDESK_SANITIZE)
    target_compile_options(loandesk_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(loandesk_options INTERFACE -fsanitize=address,undefined)
endif()
