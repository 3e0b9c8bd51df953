// Draws Dear ImGui's draw lists with WebGL 2 (the renderer half of platform.h's drawing section).
//
// Why not Dear ImGui's OpenGL 3 backend: that one is written to run inside someone else's engine,
// so every frame it asks GL for the state it changes (about 20 glGet* calls) and puts it back, and
// it checks its shaders as soon as it compiles them. In a browser each such question is a round
// trip to the GPU process that waits for all work sent before it: in the first frame the main
// thread sat idle while the glyph atlas uploaded and the shaders compiled. The viewer owns its
// context, so this renderer sets its state and never asks; the program is checked only after the
// first view (renderer_works). The glyph atlas is one byte per pixel (Alpha8), a quarter of the
// RGBA atlas's memory and upload.
// [SECTION] program
// [SECTION] textures
// [SECTION] frame
#include "platform/web_renderer.h"
#include "platform/platform.h"

#include <GLES3/gl3.h>
#include <imgui.h>

#include <cstddef>
#include <string>

namespace platform {
namespace {

constexpr GLenum kIndexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
GLuint g_program = 0, g_vertex_shader = 0, g_fragment_shader = 0;
GLuint g_vao = 0, g_vertices = 0, g_indices = 0;
GLint g_projection = -1, g_alpha_only = -1;

// --- [SECTION] program -------------------------------------------------------------------------
const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 position;
layout (location = 1) in vec2 uv;
layout (location = 2) in vec4 colour;
uniform mat4 projection;
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
    frag_uv = uv;
    frag_colour = colour;
    gl_Position = projection * vec4(position, 0.0, 1.0);
}
)";

// An Alpha8 texture samples as (a, 0, 0, 1): its coverage is in .r.
const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D glyphs;
uniform bool alpha_only;
in vec2 frag_uv;
in vec4 frag_colour;
layout (location = 0) out vec4 out_colour;
void main() {
    vec4 t = texture(glyphs, frag_uv);
    out_colour = frag_colour * (alpha_only ? vec4(1.0, 1.0, 1.0, t.r) : t);
}
)";

GLuint compile(GLenum type, const char* source) {
    const GLuint s = glCreateShader(type);
    glShaderSource(s, 1, &source, nullptr);
    glCompileShader(s);   // (its status is read in renderer_works, after the first view)
    return s;
}

std::string shader_log(GLuint shader) {
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok) return "";
    char log[512] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    return log;
}

// --- [SECTION] textures ------------------------------------------------------------------------
// A texture's ImTextureID is its GL name shifted left once, with the low bit set for Alpha8.
ImTextureID texture_id(GLuint name, bool alpha_only) {
    return static_cast<ImTextureID>((static_cast<ImU64>(name) << 1) | (alpha_only ? 1u : 0u));
}
GLuint gl_name(ImTextureID id) { return static_cast<GLuint>(static_cast<ImU64>(id) >> 1); }
bool is_alpha_only(ImTextureID id) { return (static_cast<ImU64>(id) & 1u) != 0; }

void formats_of(const ImTextureData* tex, GLint& internal, GLenum& format) {
    const bool alpha = tex->Format == ImTextureFormat_Alpha8;
    internal = alpha ? GL_R8 : GL_RGBA8;
    format = alpha ? GL_RED : GL_RGBA;
}

// A new texture, bound, with the sampling every texture here uses (the start-up warm-up draw must
// sample exactly as the frames will).
GLuint new_texture() {
    GLuint name = 0;
    glGenTextures(1, &name);
    glBindTexture(GL_TEXTURE_2D, name);
    // Bilinear: Dear ImGui's anti-aliased lines are drawn from baked texture gradients.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return name;
}

void update_texture(ImTextureData* tex) {
    GLint internal = GL_RGBA8;
    GLenum format = GL_RGBA;
    formats_of(tex, internal, format);
    if (tex->Status == ImTextureStatus_WantCreate) {
        const GLuint name = new_texture();
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        glTexImage2D(GL_TEXTURE_2D, 0, internal, tex->Width, tex->Height, 0, format, GL_UNSIGNED_BYTE, tex->GetPixels());
        tex->SetTexID(texture_id(name, tex->Format == ImTextureFormat_Alpha8));
        tex->SetStatus(ImTextureStatus_OK);
    } else if (tex->Status == ImTextureStatus_WantUpdates) {
        glBindTexture(GL_TEXTURE_2D, gl_name(tex->TexID));
        glPixelStorei(GL_UNPACK_ROW_LENGTH, tex->Width);   // the rectangles are cut from the whole atlas
        for (const ImTextureRect& r : tex->Updates)
            glTexSubImage2D(GL_TEXTURE_2D, 0, r.x, r.y, r.w, r.h, format, GL_UNSIGNED_BYTE, tex->GetPixelsAt(r.x, r.y));
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        tex->SetStatus(ImTextureStatus_OK);
    } else if (tex->Status == ImTextureStatus_WantDestroy && tex->UnusedFrames > 0) {
        const GLuint name = gl_name(tex->TexID);
        glDeleteTextures(1, &name);
        tex->SetTexID(ImTextureID_Invalid);
        tex->SetStatus(ImTextureStatus_Destroyed);
    }
}

// --- [SECTION] frame ---------------------------------------------------------------------------
// The state every draw shares, set once: nothing else draws on this context.
void set_fixed_state() {
    glUseProgram(g_program);   // (its sampler reads texture unit 0, a uniform's initial value)
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(g_vao);
    glBindBuffer(GL_ARRAY_BUFFER, g_vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_indices);   // (kept by the vertex array)
    const GLsizei stride = sizeof(ImDrawVert);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);   // Alpha8 rows are any number of bytes long
}

// One pixel drawn with everything the frames will use (program, vertex layout, blending, an Alpha8
// texture), sent now: the GPU process builds its pipeline for them (in software GL, compiling the
// rasteriser's code, about 20 ms) while the page still reads the data, instead of inside the first
// frame's draw. Invisible: the canvas is hidden until the first frame, which clears it.
void warm_up_pipeline() {
    const GLuint tex = new_texture();
    const unsigned char white = 255;
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, 1, 1, 0, GL_RED, GL_UNSIGNED_BYTE, &white);
    const ImDrawVert vertices[3] = {{ImVec2(-1, -1), ImVec2(0, 0), 0xffffffff}, {ImVec2(1, -1), ImVec2(0, 0), 0xffffffff},
                                    {ImVec2(-1, 1), ImVec2(0, 0), 0xffffffff}};
    const ImDrawIdx indices[3] = {0, 1, 2};
    glBufferData(GL_ARRAY_BUFFER, sizeof vertices, vertices, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, sizeof indices, indices, GL_STREAM_DRAW);
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 0, 1, 1);
    glDrawElements(GL_TRIANGLES, 3, kIndexType, nullptr);
    glBindTexture(GL_TEXTURE_2D, 0);
    glDeleteTextures(1, &tex);
    glFlush();
}

} // namespace

bool renderer_init() {
    g_vertex_shader = compile(GL_VERTEX_SHADER, kVertexShader);
    g_fragment_shader = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    g_program = glCreateProgram();
    glAttachShader(g_program, g_vertex_shader);
    glAttachShader(g_program, g_fragment_shader);
    glLinkProgram(g_program);   // (its uniforms are looked up at the first frame: asking now would wait for the link)
    glGenVertexArrays(1, &g_vao);
    glGenBuffers(1, &g_vertices);
    glGenBuffers(1, &g_indices);
    if (!g_program || !g_vao || !g_vertices || !g_indices) return false;
    set_fixed_state();
    warm_up_pipeline();

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "kpi_webgl2";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
    io.Fonts->TexDesiredFormat = ImTextureFormat_Alpha8;   // (before the atlas is first built)
    GLint max_size = 2048;   // (WebGL 2's minimum; the real value is known to the page without a round trip)
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_size);
    ImGui::GetPlatformIO().Renderer_TextureMaxWidth = ImGui::GetPlatformIO().Renderer_TextureMaxHeight = max_size;
    return true;
}

bool renderer_works() {
    GLint linked = GL_FALSE;
    glGetProgramiv(g_program, GL_LINK_STATUS, &linked);
    if (linked) return true;
    std::string why = "WebGL: the viewer's shaders did not build.";
    for (GLuint s : {g_vertex_shader, g_fragment_shader}) {
        const std::string log = shader_log(s);
        if (!log.empty()) why += " " + log;
    }
    show_text_version(why.c_str());
    return false;
}

void render_frame(ImDrawData* dd, int fb_w, int fb_h, const float clear_rgb[3]) {
    if (g_projection < 0) {   // the first frame: the program linked while the page read the data
        g_projection = glGetUniformLocation(g_program, "projection");
        g_alpha_only = glGetUniformLocation(g_program, "alpha_only");
    }
    if (dd->Textures)
        for (ImTextureData* tex : *dd->Textures)
            if (tex->Status != ImTextureStatus_OK) update_texture(tex);

    glViewport(0, 0, fb_w, fb_h);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(clear_rgb[0], clear_rgb[1], clear_rgb[2], 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (fb_w <= 0 || fb_h <= 0 || dd->DisplaySize.x <= 0 || dd->DisplaySize.y <= 0) return;
    glEnable(GL_SCISSOR_TEST);

    // Dear ImGui's space (DisplayPos, top-left origin) to clip space.
    const float l = dd->DisplayPos.x, r = l + dd->DisplaySize.x, t = dd->DisplayPos.y, b = t + dd->DisplaySize.y;
    const float projection[16] = {2.0f / (r - l), 0, 0, 0,  0, 2.0f / (t - b), 0, 0,  0, 0, -1.0f, 0,
                                   (r + l) / (l - r), (t + b) / (b - t), 0, 1.0f};
    glUniformMatrix4fv(g_projection, 1, GL_FALSE, projection);

    const ImVec2 clip_off = dd->DisplayPos, clip_scale = dd->FramebufferScale;
    ImTextureID bound = ImTextureID_Invalid;
    int alpha_only = -1;
    for (const ImDrawList* list : dd->CmdLists) {
        glBufferData(GL_ARRAY_BUFFER, list->VtxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawVert)), list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, list->IdxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)), list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {   // (the viewer adds none; honoured for completeness)
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - clip_off.x) * clip_scale.x, y0 = (cmd.ClipRect.y - clip_off.y) * clip_scale.y;
            const float x1 = (cmd.ClipRect.z - clip_off.x) * clip_scale.x, y1 = (cmd.ClipRect.w - clip_off.y) * clip_scale.y;
            if (x1 <= x0 || y1 <= y0 || cmd.ElemCount == 0) continue;
            glScissor(static_cast<GLint>(x0), static_cast<GLint>(fb_h - y1), static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
            const ImTextureID id = cmd.GetTexID();
            if (id != bound) {
                bound = id;
                glBindTexture(GL_TEXTURE_2D, gl_name(id));
                if (alpha_only != static_cast<int>(is_alpha_only(id))) {
                    alpha_only = is_alpha_only(id);
                    glUniform1i(g_alpha_only, alpha_only);
                }
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), kIndexType,
                           reinterpret_cast<void*>(static_cast<std::size_t>(cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
    }
}

} // namespace platform
