# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# dnstl_core_layer(NAME [DEPENDS layer...] [PUBLIC lib...] [PRIVATE lib...]): the static
# library dnstimeline_NAME from the .cpp and .h files of the calling folder (core/NAME). Its
# public include path is that folder only, so a file includes headers of its own layer and of
# the layers it DEPENDS on (directly or through them), never of a layer above: the link graph
# is the layer graph, and an upward include does not compile (tests/structure checks the
# edges too). Qt Core only: no layer of core links QtGui or QtWidgets.
function(dnstl_core_layer name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;PUBLIC;PRIVATE" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/*.h")
  set(target dnstimeline_${name})
  add_library(${target} STATIC ${sources} ${ARG_UNPARSED_ARGUMENTS})
  target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
  list(TRANSFORM ARG_DEPENDS PREPEND dnstimeline_)
  target_link_libraries(${target} PUBLIC ${ARG_DEPENDS} ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
  set_target_properties(${target} PROPERTIES AUTOMOC OFF)
  dnstl_target_defaults(${target})
endfunction()
