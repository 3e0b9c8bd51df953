# Native build: the kpi-tool CLI and the doctest unit tests (run by ctest).
add_executable(kpi-tool "${CMAKE_SOURCE_DIR}/src/tools/kpi_tool.cpp")
target_link_libraries(kpi-tool PRIVATE kpi_core)

enable_testing()
file(GLOB KPI_UNIT_TESTS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/unit/*.cpp")
add_executable(unit_tests ${KPI_UNIT_TESTS})
target_link_libraries(unit_tests PRIVATE kpi_core)
target_compile_definitions(unit_tests PRIVATE
  KPI_DATA_DIR="${CMAKE_SOURCE_DIR}/data"
  KPI_TESTDATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
  KPI_TOOL_PATH="$<TARGET_FILE:kpi-tool>")
add_dependencies(unit_tests kpi-tool)
add_test(NAME unit COMMAND unit_tests)
# The CLI as users run it: validate the bundled dataset.
add_test(NAME validate_sapporo COMMAND kpi-tool validate "${CMAKE_SOURCE_DIR}/data/sapporo.json")
