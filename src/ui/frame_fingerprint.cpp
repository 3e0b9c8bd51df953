#include "ui/frame_fingerprint.h"

#include <imgui.h>

#include <cstring>

namespace ui {
namespace {

// A word-at-a-time multiply-xor hash: a phone frame has some hundred kilobytes of vertices, and
// this costs well under a millisecond for them (byte-wise FNV would not).
struct Hasher {
    std::uint64_t h = 0x9E3779B97F4A7C15ull;
    void word(std::uint64_t w) {
        h ^= w + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9ull;
    }
    void bytes(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        std::size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            word(w);
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, p + i, n - i);
        word(tail ^ (static_cast<std::uint64_t>(n) << 56));
    }
    void real(float f) {
        std::uint32_t u;
        std::memcpy(&u, &f, 4);
        word(u);
    }
};

} // namespace

std::uint64_t FrameFingerprint(const ImDrawData* dd) {
    Hasher hs;
    if (!dd) return hs.h;
    hs.real(dd->DisplaySize.x);
    hs.real(dd->DisplaySize.y);
    hs.real(dd->FramebufferScale.x);
    hs.word(static_cast<std::uint64_t>(dd->CmdListsCount));
    if (dd->Textures)
        for (const ImTextureData* tex : *dd->Textures) {
            hs.word(static_cast<std::uint64_t>(tex->UniqueID));
            hs.word((static_cast<std::uint64_t>(tex->Width) << 24) ^ static_cast<std::uint64_t>(tex->Height));
        }
    for (const ImDrawList* list : dd->CmdLists) {
        hs.bytes(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        hs.bytes(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            hs.real(cmd.ClipRect.x);
            hs.real(cmd.ClipRect.y);
            hs.real(cmd.ClipRect.z);
            hs.real(cmd.ClipRect.w);
            // (Which texture, without GetTexID(): that asserts the texture was already uploaded.)
            hs.word(static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(cmd.TexRef._TexData)));
            hs.word(static_cast<std::uint64_t>(cmd.TexRef._TexID));
            hs.word((static_cast<std::uint64_t>(cmd.ElemCount) << 32) | cmd.IdxOffset);
            hs.word(cmd.VtxOffset);
        }
    }
    return hs.h;
}

bool TexturesPending(const ImDrawData* dd) {
    if (!dd || !dd->Textures) return false;
    for (const ImTextureData* tex : *dd->Textures)
        if (tex->Status != ImTextureStatus_OK && tex->Status != ImTextureStatus_Destroyed) return true;
    return false;
}

} // namespace ui
