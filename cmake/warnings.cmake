# Per-target warning flags. CORRIDOR_WERROR turns every warning into an error (CI does).
# Not used: -Wnull-dereference, whose GCC 12 implementation flags libstdc++ and CLI11 code
# inlined at -O2 (std::string moves); the asan-ubsan preset checks null dereferences at run time.
function(corridor_set_warnings target)
  target_compile_options(${target} PRIVATE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:
      -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
      -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
      -Wdouble-promotion -Wimplicit-fallthrough -Wcast-align>
    $<$<CXX_COMPILER_ID:GNU>:-Wduplicated-cond -Wlogical-op -Wuseless-cast>
    # GCC 12 reports false -Wrestrict overlaps inside std::string at -O2/-O3 (GCC bug 105651),
    # e.g. for "text" + std::to_string(n); fixed in GCC 13.
    $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>
    $<$<AND:$<BOOL:${CORRIDOR_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang,AppleClang>>:-Werror>)
endfunction()

# Floating-point results must not depend on the machine: no fused multiply-add contraction.
# corridor_set_fp_model(target [PRIVATE|PUBLIC|INTERFACE]), PRIVATE by default.
function(corridor_set_fp_model target)
  set(scope PRIVATE)
  if(ARGC GREATER 1)
    set(scope ${ARGV1})
  endif()
  target_compile_options(${target} ${scope}
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-ffp-contract=off>)
endfunction()
