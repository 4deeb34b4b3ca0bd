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

# Debug info goes to a .dwo file beside each object instead of into it: the linker no longer
# copies the libraries' debug info into each of the ~100 test executables (a UI test was 144 MB
# and took 2.7 CPU-s to link with lld, 0.9 without the copy). gdb and perf read the .dwo files
# in place. Release builds (the packages) have no debug info to split.
target_compile_options(loandesk_options INTERFACE
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<CONFIG:Debug,RelWithDebInfo>>:-gsplit-dwarf>)

# About 100 test executables are linked with debug info: lld (or else gold) takes a third to
# half of GNU ld's CPU time for each (measured on tst_decimal: 0.48 s with ld, 0.25 s with lld).
# -DLOANDESK_LINKER=bfd (or lld, gold) chooses one; empty picks the fastest installed.
set(LOANDESK_LINKER "" CACHE STRING "Linker for -fuse-ld= (empty: lld, else gold, else the default)")
if(NOT LOANDESK_LINKER)
    include(CheckLinkerFlag)
    foreach(linker IN ITEMS lld gold)
        check_linker_flag(CXX -fuse-ld=${linker} LOANDESK_HAVE_LD_${linker})
        if(LOANDESK_HAVE_LD_${linker})
            set(LOANDESK_LINKER ${linker})
            break()
        endif()
    endforeach()
endif()
if(LOANDESK_LINKER)
    target_link_options(loandesk_options INTERFACE -fuse-ld=${LOANDESK_LINKER})
endif()
