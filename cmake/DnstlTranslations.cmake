# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The window's translations, with Qt's lupdate and lrelease (Debian: qt6-l10n-tools):
#   translations/dnstimeline_LANG.ts   the strings of ui/ (tr()) and their translations, kept in git
#   lrelease, at build time            each .ts to BUILD/i18n/dnstimeline_LANG.qm, built into
#                                      dnstimeline_ui as the resource :/i18n/dnstimeline_LANG.qm
#   cmake --build build --target update_translations
#                                      lupdate: adds new and changed strings of ui/ to every .ts
#                                      (then translate them; tests/structure/check_translations.sh
#                                      fails while one is missing)
# dnstimeline_en.ts holds only the English plural forms ("%n hour(s)" → "1 hour", "2 hours").

# Qt 6's tools, from Qt's own bin folder: /usr/bin/lupdate is qtchooser's, which means Qt 5.
find_program(DNSTL_QT6_LUPDATE lupdate PATHS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" /usr/lib/qt6/bin
             NO_DEFAULT_PATH REQUIRED)
find_program(DNSTL_QT6_LRELEASE lrelease PATHS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" /usr/lib/qt6/bin
             NO_DEFAULT_PATH REQUIRED)
set(DNSTL_LUPDATE "${DNSTL_QT6_LUPDATE}")
set(DNSTL_LRELEASE "${DNSTL_QT6_LRELEASE}")

# dnstl_add_translations(TARGET SOURCE_DIRS...): the .qm of translations/*.ts into TARGET.
function(dnstl_add_translations target)
  file(GLOB ts_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/translations/*.ts")
  set(qm_dir "${CMAKE_CURRENT_BINARY_DIR}/i18n")
  set(qm_files)
  foreach(ts ${ts_files})
    get_filename_component(name "${ts}" NAME_WE)
    set(qm "${qm_dir}/${name}.qm")
    add_custom_command(OUTPUT "${qm}"
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${qm_dir}"
      COMMAND "${DNSTL_LRELEASE}" -silent "${ts}" -qm "${qm}"
      DEPENDS "${ts}" COMMENT "lrelease ${name}.ts" VERBATIM)
    list(APPEND qm_files "${qm}")
  endforeach()
  set_source_files_properties(${qm_files} PROPERTIES GENERATED TRUE)
  qt_add_resources(${target} "dnstimeline_translations" PREFIX "/i18n" BASE "${qm_dir}" FILES ${qm_files})
  set(sources_for_lupdate ${ARGN})
  list(TRANSFORM sources_for_lupdate PREPEND "${PROJECT_SOURCE_DIR}/")
  list(FILTER ts_files EXCLUDE REGEX "_en\\.ts$")
  add_custom_target(update_translations
    COMMAND "${DNSTL_LUPDATE}" -no-obsolete -locations none ${sources_for_lupdate} -ts ${ts_files}
    COMMAND "${DNSTL_LUPDATE}" -no-obsolete -locations none -pluralonly ${sources_for_lupdate}
            -ts "${PROJECT_SOURCE_DIR}/translations/dnstimeline_en.ts"
    COMMENT "lupdate: the strings of ${ARGN} into translations/*.ts" VERBATIM)
endfunction()
