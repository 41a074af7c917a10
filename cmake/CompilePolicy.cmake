# SPDX-License-Identifier: MIT
# Compile policy as INTERFACE targets every project target links to, so the standard, the
# warnings and the Qt strictness macros are stated once.
#
#   SentryMembers::warnings  C++20, warnings (errors in CI), sanitizers, version macro
#   SentryMembers::policy    the above plus Qt's strictness macros, for product code
#
# Tests take only the warnings: string literals as QString keep test data readable.
add_library(sentry_members_warnings INTERFACE)
add_library(SentryMembers::warnings ALIAS sentry_members_warnings)
target_compile_features(sentry_members_warnings INTERFACE cxx_std_20)
target_compile_definitions(sentry_members_warnings INTERFACE
    SENTRY_MEMBERS_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(sentry_members_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Woverloaded-virtual -Wcast-align -Wformat=2)
    if(SENTRY_MEMBERS_WARNINGS_AS_ERRORS)
        target_compile_options(sentry_members_warnings INTERFACE -Werror)
    endif()
endif()

set(SENTRY_MEMBERS_SANITIZERS "" CACHE STRING
    "Sanitizers to build with, e.g. address,undefined (empty: none)")
if(SENTRY_MEMBERS_SANITIZERS)
    target_compile_options(sentry_members_warnings INTERFACE
        -fsanitize=${SENTRY_MEMBERS_SANITIZERS} -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(sentry_members_warnings INTERFACE -fsanitize=${SENTRY_MEMBERS_SANITIZERS})
endif()

add_library(sentry_members_policy INTERFACE)
add_library(SentryMembers::policy ALIAS sentry_members_policy)
target_link_libraries(sentry_members_policy INTERFACE sentry_members_warnings)
target_compile_definitions(sentry_members_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Hardening, as Debian's and Fedora's build flags apply it (lintian checks the packages for
# it): stack protector, fortified libc calls when optimizing, position-independent
# executables, read-only relocations bound at load time.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    include(CheckPIESupported)
    check_pie_supported()
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    target_compile_options(sentry_members_warnings INTERFACE -fstack-protector-strong)
    if(NOT SENTRY_MEMBERS_SANITIZERS)
        target_compile_definitions(sentry_members_warnings INTERFACE
            $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    endif()
    target_link_options(sentry_members_warnings INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()
