# Native build: the kpi-tool CLI and the doctest unit tests (run by ctest).
# With -DKPI_FUZZ=ON (clang, see `make fuzz`): only the libFuzzer targets, with ASan + UBSan.

# The fuzz targets: tests/fuzz/targets.txt is the one list (NAME MAX_LEN SEED_DIRS...).
file(STRINGS "${CMAKE_SOURCE_DIR}/tests/fuzz/targets.txt" KPI_FUZZ_LINES REGEX "^[a-z]")
set(KPI_FUZZ_TARGETS "")
foreach(line IN LISTS KPI_FUZZ_LINES)
  string(REGEX REPLACE "[ \t]+" ";" fields "${line}")
  list(GET fields 0 name)
  list(SUBLIST fields 2 -1 seeds)
  list(APPEND KPI_FUZZ_TARGETS ${name})
  set(KPI_FUZZ_SEEDS_${name} ${seeds})
endforeach()

if(KPI_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KPI_FUZZ needs clang (CC=clang-14 CXX=clang++-14, from the emscripten package)")
  endif()
  # The core is instrumented for coverage and sanitizers; only the targets link libFuzzer's main.
  set(KPI_SANITIZE -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1)
  target_compile_options(kpi_core PRIVATE ${KPI_SANITIZE} -fsanitize=fuzzer-no-link)
  target_link_options(kpi_core INTERFACE -fsanitize=address,undefined)
  foreach(target IN LISTS KPI_FUZZ_TARGETS)
    add_executable(fuzz_${target} "${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_${target}.cpp")
    target_compile_options(fuzz_${target} PRIVATE ${KPI_SANITIZE} -fsanitize=fuzzer)
    target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(fuzz_${target} PRIVATE kpi_core)
  endforeach()
  return()
endif()

add_executable(kpi-tool "${CMAKE_SOURCE_DIR}/src/tools/kpi_tool.cpp")
target_link_libraries(kpi-tool PRIVATE kpi_core)

enable_testing()
# tests/unit: the core's behaviour; tests/source: scans of the sources themselves (no colour, bare
# pixel number or Japanese text outside its one home). One binary, one ctest entry.
file(GLOB KPI_UNIT_TESTS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/unit/*.cpp" "${CMAKE_SOURCE_DIR}/tests/source/*.cpp")
add_executable(unit_tests ${KPI_UNIT_TESTS})
target_link_libraries(unit_tests PRIVATE kpi_core)
target_compile_definitions(unit_tests PRIVATE
  KPI_DATA_DIR="${CMAKE_SOURCE_DIR}/data"
  KPI_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  KPI_TESTDATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
  KPI_TOOL_PATH="$<TARGET_FILE:kpi-tool>")
add_dependencies(unit_tests kpi-tool)
add_test(NAME unit COMMAND unit_tests)
# Each fuzz target replays its seed corpus (no fuzzing, a few seconds) so a harness that falls
# behind the code fails here. The targets use libFuzzer's header-only FuzzedDataProvider, which
# comes with clang (installed with emscripten by the full set-up).
find_path(KPI_FUZZED_DATA_PROVIDER_DIR fuzzer/FuzzedDataProvider.h
  PATHS /usr/lib/llvm-14/lib/clang/14.0.6/include /usr/lib/llvm-14/lib/clang/14/include NO_DEFAULT_PATH)
if(KPI_FUZZED_DATA_PROVIDER_DIR)
  # Only that header, in a folder of its own: clang's include folder also holds its own stddef.h
  # and friends, which g++ cannot read.
  configure_file("${KPI_FUZZED_DATA_PROVIDER_DIR}/fuzzer/FuzzedDataProvider.h"
                 "${CMAKE_BINARY_DIR}/fuzz-include/fuzzer/FuzzedDataProvider.h" COPYONLY)
  foreach(target IN LISTS KPI_FUZZ_TARGETS)
    add_executable(fuzz_replay_${target} "${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_${target}.cpp"
                                         "${CMAKE_SOURCE_DIR}/tests/fuzz/replay_main.cpp")
    target_include_directories(fuzz_replay_${target} SYSTEM PRIVATE "${CMAKE_BINARY_DIR}/fuzz-include")
    target_link_libraries(fuzz_replay_${target} PRIVATE kpi_core)
    add_test(NAME fuzz_seeds_${target} COMMAND fuzz_replay_${target} ${KPI_FUZZ_SEEDS_${target}}
             WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
  endforeach()
else()
  message(STATUS "fuzz seed replay skipped: no fuzzer/FuzzedDataProvider.h (clang-14 not installed)")
endif()

# The CLI as users run it: validate the bundled dataset.
add_test(NAME validate_sapporo COMMAND kpi-tool validate "${CMAKE_SOURCE_DIR}/data/sapporo.json")

# Views run natively in a headless ImGui (tests/ui), when the Dear ImGui sources are present
# (scripts/setup.sh fetches them; `make tools` alone does not need them).
if(EXISTS "${IMGUI_DIR}/imgui.cpp" AND EXISTS "${QRCODEGEN_DIR}/cpp/qrcodegen.cpp")
  add_library(imgui_native STATIC ${KPI_IMGUI_SOURCES} "${QRCODEGEN_DIR}/cpp/qrcodegen.cpp")
  target_include_directories(imgui_native SYSTEM PUBLIC "${IMGUI_DIR}" "${QRCODEGEN_DIR}/cpp")
  target_compile_definitions(imgui_native PUBLIC ${KPI_IMGUI_DEFINITIONS})
  target_compile_options(imgui_native PRIVATE -w)
  file(GLOB KPI_UI_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/ui/*.cpp")
  file(GLOB KPI_UI_TESTS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/ui/*.cpp")
  add_executable(ui_tests "${CMAKE_SOURCE_DIR}/tests/unit/main.cpp" ${KPI_UI_TESTS} ${KPI_UI_SOURCES})
  target_link_libraries(ui_tests PRIVATE kpi_core imgui_native)
  target_compile_definitions(ui_tests PRIVATE KPI_DATA_DIR="${CMAKE_SOURCE_DIR}/data")
  add_test(NAME ui COMMAND ui_tests)
endif()
