# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The dnstap importer's libraries: libfstrm (Frame Streams) and libprotobuf-c, and the target
# dnstl_dnstap_schema: dnstap.proto as Debian ships it (golang-github-dnstap-golang-dnstap-dev),
# compiled by protoc-c (protobuf-c-compiler) into the build folder. Nothing is copied into the tree.
include_guard(GLOBAL)
find_package(PkgConfig REQUIRED)
pkg_check_modules(FSTRM REQUIRED IMPORTED_TARGET libfstrm)
pkg_check_modules(PROTOBUF_C REQUIRED IMPORTED_TARGET libprotobuf-c)
find_program(DNSTL_PROTOC_C protoc-c REQUIRED)
set(DNSTL_DNSTAP_PROTO_DIR "/usr/share/gocode/src/github.com/dnstap/golang-dnstap/dnstap.pb"
    CACHE PATH "Folder of dnstap.proto (Debian: golang-github-dnstap-golang-dnstap-dev)")
if(NOT EXISTS "${DNSTL_DNSTAP_PROTO_DIR}/dnstap.proto")
  message(FATAL_ERROR "dnstap.proto not found in ${DNSTL_DNSTAP_PROTO_DIR}: install golang-github-dnstap-golang-dnstap-dev "
                      "(./dev does) or set DNSTL_DNSTAP_PROTO_DIR")
endif()
set(dnstap_gen "${CMAKE_BINARY_DIR}/generated/dnstap")
file(MAKE_DIRECTORY "${dnstap_gen}")
add_custom_command(
  OUTPUT "${dnstap_gen}/dnstap.pb-c.c" "${dnstap_gen}/dnstap.pb-c.h"
  COMMAND "${DNSTL_PROTOC_C}" "--c_out=${dnstap_gen}" "-I${DNSTL_DNSTAP_PROTO_DIR}" "${DNSTL_DNSTAP_PROTO_DIR}/dnstap.proto"
  DEPENDS "${DNSTL_DNSTAP_PROTO_DIR}/dnstap.proto"
  COMMENT "protoc-c dnstap.proto")
add_library(dnstl_dnstap_schema STATIC "${dnstap_gen}/dnstap.pb-c.c" "${dnstap_gen}/dnstap.pb-c.h")
target_include_directories(dnstl_dnstap_schema SYSTEM PUBLIC "${dnstap_gen}")
target_link_libraries(dnstl_dnstap_schema PUBLIC PkgConfig::PROTOBUF_C PkgConfig::FSTRM)
set_target_properties(dnstl_dnstap_schema PROPERTIES AUTOMOC OFF POSITION_INDEPENDENT_CODE ON)
