# Settings every Greenlight target links, in the manner of qBittorrent's qbt_common_cfg:
# one INTERFACE target instead of global flags, so tests and tools get exactly the same.
add_library(greenlight_settings INTERFACE)
target_compile_features(greenlight_settings INTERFACE cxx_std_20)
set_target_properties(greenlight_settings PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(greenlight_settings INTERFACE
    -Wall -Wextra -Wpedantic
    $<$<BOOL:${GREENLIGHT_WERROR}>:-Werror>)
target_compile_definitions(greenlight_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    GREENLIGHT_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

configure_file(${PROJECT_SOURCE_DIR}/cmake/Version.h.in
    ${PROJECT_BINARY_DIR}/generated/greenlight/Version.h @ONLY)
target_include_directories(greenlight_settings INTERFACE ${PROJECT_BINARY_DIR}/generated)
