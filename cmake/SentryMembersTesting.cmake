# SPDX-License-Identifier: MIT
# sentry_members_add_test(NAME <name> SOURCES <files...> LIBRARIES <targets...>
#                         [LABELS <labels...>] [TIMEOUT <seconds>])
#
# Builds one QtTest executable and registers it with CTest, offscreen, with a timeout, so
# every test runs the same way on a desktop, in CI and under the sanitizers.
function(sentry_members_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    # Tests use the gui library's generated ui_*.h; they have no forms of their own.
    set_target_properties(${ARG_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF AUTOUIC OFF)
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test SentryMembers::warnings ${ARG_LIBRARIES})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;no_proxy=127.0.0.1,localhost;QT_LOGGING_RULES=sentry.*.debug=false")
endfunction()
