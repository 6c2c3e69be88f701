#pragma once
// Private to io: a validated LoadedScenario as compact bytes and back (the payload of the
// scenario cache, io/scenario_cache.cpp).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <corridor/io/load_scenario.hpp>

namespace corridor::io::detail {

/// Version of the encoding. Bump it whenever what encode_scenario writes changes (a model
/// field added, removed or reordered): caches of another version are never read.
inline constexpr std::uint32_t kCacheFormat = 1;

/// The bytes of `loaded`: the scenario with every field, the warnings, the files read, and
/// the source map's positions except those under nodes[...] and links[...] and the rows of
/// tables (the decoded map finds those by loading the file again; SourceMap::defer_lists),
/// but with the positions of `pinned` paths wherever they lie (where each is located and how
/// it is written). O(size of the scenario).
[[nodiscard]] std::string encode_scenario(const LoadedScenario& loaded,
                                          const std::vector<std::string>& pinned = {});

/// The scenario encode_scenario wrote into `bytes`; its source map's lists are not deferred
/// yet (the caller knows the file to load them from). Throws CorruptCache when the bytes do not
/// decode to the end. O(bytes.size()).
[[nodiscard]] LoadedScenario decode_scenario(std::string_view bytes);

/// The source map's paths left out of the encoding: those under a node or a link.
[[nodiscard]] bool deferred_path(std::string_view path);

}  // namespace corridor::io::detail
