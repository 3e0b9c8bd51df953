// Dear ImGui without a renderer (the viewer when the browser has no WebGL 2, and the views' native
// tests): the font atlas still asks for its textures each frame; say they exist.
#pragma once

namespace ui {
void AcceptTexturesWithoutRenderer();
} // namespace ui
