# `cmake --install` puts the corridor executable, the public headers, every module's static
# library and a CMake package in a prefix, so that another project can write
#
#   find_package(corridor REQUIRED)
#   target_link_libraries(app PRIVATE corridor::corridor)   # or corridor::routing, ...
include(CMakePackageConfigHelpers)

get_property(corridor_modules GLOBAL PROPERTY CORRIDOR_MODULES)
# corridor::corridor: every module (the pipeline and the report writers pull in the rest).
add_library(corridor_library INTERFACE)
add_library(corridor::corridor ALIAS corridor_library)
set_target_properties(corridor_library PROPERTIES EXPORT_NAME corridor)
target_link_libraries(corridor_library INTERFACE corridor::engine corridor::gates corridor::report)

install(TARGETS corridor RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS ${corridor_modules} corridor_library EXPORT corridorTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/corridor
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_BINARY_DIR}/include/corridor/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/corridor)

set(corridor_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/corridor)
install(EXPORT corridorTargets NAMESPACE corridor:: DESTINATION ${corridor_cmake_dir})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/corridorConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/corridorConfig.cmake
                              INSTALL_DESTINATION ${corridor_cmake_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/corridorConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/corridorConfig.cmake
              ${PROJECT_BINARY_DIR}/corridorConfigVersion.cmake
        DESTINATION ${corridor_cmake_dir})
