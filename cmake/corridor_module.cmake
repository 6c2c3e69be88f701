# corridor_add_module(NAME SOURCES a.cpp b.cpp DEPS corridor::model PRIVATE_DEPS Boost::headers)
# One static library per module; DEPS are the module's dependency arrows. Each module is
# installed and exported as corridor::NAME (see cmake/install.cmake).
function(corridor_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(corridor_${name} STATIC ${ARG_SOURCES})
  add_library(corridor::${name} ALIAS corridor_${name})
  set_target_properties(corridor_${name} PROPERTIES EXPORT_NAME ${name})
  target_compile_features(corridor_${name} PUBLIC cxx_std_20)
  target_include_directories(corridor_${name}
    PUBLIC
      $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
      $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
      $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
    PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(corridor_${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  corridor_set_warnings(corridor_${name})
  # The public headers compute with doubles inline: consumers need the same floating-point
  # model for the same bits, so it travels with the targets.
  corridor_set_fp_model(corridor_${name} PUBLIC)
  set_property(GLOBAL APPEND PROPERTY CORRIDOR_MODULES corridor_${name})
endfunction()
