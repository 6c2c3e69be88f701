target_sources(corridor_unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/calendar_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/distribution_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/schedule_test.cpp)
