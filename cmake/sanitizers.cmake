# CORRIDOR_SANITIZE=ON builds every target with AddressSanitizer and UndefinedBehaviorSanitizer.
if(CORRIDOR_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()

# CORRIDOR_FUZZ=ON (clang) instruments every target for libFuzzer, with the same sanitizers;
# the fuzz targets themselves link libFuzzer (tests/fuzz).
if(CORRIDOR_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CORRIDOR_FUZZ needs clang (the fuzz preset uses clang++-14)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
