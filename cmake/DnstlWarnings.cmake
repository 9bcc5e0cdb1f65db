# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# dnstl_target_defaults(TARGET): warnings and Qt strictness for the project's own targets.
function(dnstl_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(DNSTL_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(DNSTL_SANITIZE OR DNSTL_FUZZ)
    # ASan replaces the fortified libc checks; UBSan findings abort so that tests fail on them.
    set(sanitizers address,undefined)
    if(DNSTL_FUZZ)
      set(sanitizers fuzzer-no-link,address,undefined)
    endif()
    target_compile_options(${target} PRIVATE -fsanitize=${sanitizers} -fno-sanitize-recover=undefined
                                             -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  else()
    # Debian's hardening: fortified libc calls, read-only relocations, immediate binding.
    target_compile_definitions(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
  endif()
  target_link_options(${target} PRIVATE -Wl,-z,relro,-z,now)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_TO_ASCII
    DNSTL_VERSION="${PROJECT_VERSION}")
endfunction()
