// Running chunks of long loops as calls of their own (internal).
#ifndef CONCORD_SRC_OUT_OF_LINE_H_
#define CONCORD_SRC_OUT_OF_LINE_H_

namespace concord {

/// Runs `work` in a function of its own. WebAssembly engines (V8) first run code from a quick
/// baseline compiler and use optimised code only for later calls of a function: a hot loop inside
/// one long call never gets faster. Running each chunk of a long loop through here makes this
/// instantiation hot, so later chunks run optimised (a cold first analysis is much faster).
template <typename Work>
[[gnu::noinline]] void outOfLine(Work&& work) {
  work();
}

}  // namespace concord

#endif  // CONCORD_SRC_OUT_OF_LINE_H_
