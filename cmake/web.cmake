# Web build (emcmake): the viewer as kpi_viewer.js + kpi_viewer.wasm. scripts/make-site.sh then
# assembles build/site/ (index.html, the fonts subset from the Debian package, the datasets).
foreach(f imgui.cpp backends/imgui_impl_opengl3.cpp)
  if(NOT EXISTS "${IMGUI_DIR}/${f}")
    message(FATAL_ERROR "${IMGUI_DIR}/${f} not found: run scripts/setup.sh or set IMGUI_DIR")
  endif()
endforeach()
if(NOT EXISTS "${QRCODEGEN_DIR}/cpp/qrcodegen.cpp")
  message(FATAL_ERROR "${QRCODEGEN_DIR}/cpp/qrcodegen.cpp not found: run scripts/setup.sh or set QRCODEGEN_DIR")
endif()

# Third-party code keeps its own warnings to itself.
add_library(imgui STATIC ${KPI_IMGUI_SOURCES} "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/backends")
target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 ${KPI_IMGUI_DEFINITIONS})
target_compile_options(imgui PRIVATE -w)

add_library(qrcodegen STATIC "${QRCODEGEN_DIR}/cpp/qrcodegen.cpp")
target_include_directories(qrcodegen SYSTEM PUBLIC "${QRCODEGEN_DIR}/cpp")
target_compile_options(qrcodegen PRIVATE -w)

file(GLOB KPI_UI_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/ui/*.cpp")
file(GLOB KPI_PLATFORM_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/platform/*.cpp")
file(GLOB KPI_APP_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/app/*.cpp")
add_executable(kpi_viewer ${KPI_APP_SOURCES} ${KPI_UI_SOURCES} ${KPI_PLATFORM_SOURCES})
target_link_libraries(kpi_viewer PRIVATE kpi_core imgui qrcodegen)
# Native WebAssembly exceptions: the loader turns every JSON exception into an error value, and
# wasm exceptions cost far less code size than emscripten's JS-based emulation. Every object of the
# link must use the same model.
foreach(t imgui qrcodegen kpi_core kpi_viewer)
  target_compile_options(${t} PRIVATE -fwasm-exceptions)
endforeach()
set(KPI_WEB_LINK_FLAGS
  -fwasm-exceptions
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
  -sENVIRONMENT=web -sFILESYSTEM=0
  # The kpi_* entry points are exported by their EMSCRIPTEN_KEEPALIVE marks (one list: the code).
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8)
if(CMAKE_BUILD_TYPE STREQUAL "Release")
  # Size first: the wasm is most of what a phone downloads before the first view.
  foreach(t imgui qrcodegen kpi_core kpi_viewer)
    target_compile_options(${t} PRIVATE -Os -flto)
  endforeach()
  list(APPEND KPI_WEB_LINK_FLAGS -Os -flto)
else()
  list(APPEND KPI_WEB_LINK_FLAGS -sASSERTIONS=1)
endif()
target_link_options(kpi_viewer PRIVATE ${KPI_WEB_LINK_FLAGS})
