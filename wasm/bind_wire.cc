// Embind binding of what JavaScript needs to read packets (web/lib/wire.js): record layouts,
// section orders, enum names and each call's option schema with the core's defaults, plus
// freePacket. Marshalling only.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <string_view>

#include "concord_wire/layouts.h"
#include "concord_wire/options.h"
#include "marshal.h"

namespace {

using emscripten::val;

val namesOf(const concord_wire::NameList& list) {
  val out = val::array();
  for (const char* name : list.names) out.call<void>("push", std::string(name));
  return out;
}

val byName(const std::vector<const concord_wire::NameList*>& lists) {
  val out = val::object();
  for (const concord_wire::NameList* list : lists) out.set(list->name, namesOf(*list));
  return out;
}

// Writes each option's type, bounds and default value (the core's) into a schema object.
class SchemaWriter {
 public:
  void flag(const char* name, bool& value) { add(name, entry("flag", val(value))); }
  void fraction(const char* name, double& value) { add(name, entry("fraction", val(value))); }
  void count(const char* name, uint32_t& value, uint32_t min, uint32_t max) {
    val e = entry("count", val(value));
    e.set("min", min);
    e.set("max", max);
    add(name, e);
  }
  template <typename Enum>
  void choice(const char* name, Enum& value, const concord_wire::NameList& names) {
    val e = entry("choice", val(std::string(names.names.begin()[static_cast<int>(value)])));
    e.set("choices", namesOf(names));
    add(name, e);
  }
  void text(const char* name, std::string_view& value) {
    add(name, entry("text", val(std::string(value))));
  }
  val schema = val::object();

 private:
  static val entry(const char* type, const val& defaultValue) {
    val e = val::object();
    e.set("type", std::string(type));
    e.set("default", defaultValue);
    return e;
  }
  void add(const char* name, const val& e) { schema.set(name, e); }
};

template <typename Options>
val schemaOf() {
  Options defaults;
  SchemaWriter writer;
  concord_wire::visitOptions(defaults, writer);
  return writer.schema;
}

val wireConstants() {
  val out = val::object();
  out.set("layouts", byName(concord_wire::layouts()));
  out.set("sections", byName(concord_wire::sections()));
  out.set("enums", byName(concord_wire::enums()));
  val options = val::object();
  options.set("diff", schemaOf<concord::LineDiffOptions>());
  options.set("unifiedDiff", schemaOf<concord::UnifiedDiffOptions>());
  options.set("compare", schemaOf<concord::CompareOptions>());
  options.set("analyze", schemaOf<concord::AnalyzeOptions>());
  options.set("align", schemaOf<concord::AlignOptions>());
  options.set("profile", schemaOf<concord::TextOptions>());
  out.set("options", options);
  out.set("handleWords", static_cast<uint32_t>(concord_wasm::kHandleWords));
  return out;
}

void freePacket(uintptr_t handle) {
  const uint32_t* header = reinterpret_cast<const uint32_t*>(handle);
  delete reinterpret_cast<concord_wasm::OwnedPacket*>(
      static_cast<uintptr_t>(header[concord_wasm::kOwnerWord]));
}

}  // namespace

EMSCRIPTEN_BINDINGS(concord_wire) {
  emscripten::function("wireConstants", &wireConstants);
  emscripten::function("freePacket", &freePacket);
}
