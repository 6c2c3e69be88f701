# corridor_add_module(NAME SOURCES a.cpp b.cpp DEPS corridor::model Boost::headers)
# One static library per module; DEPS are the module's dependency arrows.
function(corridor_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(corridor_${name} STATIC ${ARG_SOURCES})
  add_library(corridor::${name} ALIAS corridor_${name})
  target_compile_features(corridor_${name} PUBLIC cxx_std_20)
  target_include_directories(corridor_${name}
    PUBLIC ${PROJECT_SOURCE_DIR}/include
    PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(corridor_${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  corridor_set_warnings(corridor_${name})
  corridor_set_fp_model(corridor_${name})
endfunction()
