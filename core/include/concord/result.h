// Concord reports errors as data, not exceptions (WebAssembly builds disable catching them):
//
//   concord::Result<concord::LineDiff> diff = concord::diffLines(a, b);
//   if (!diff.ok()) return fail(diff.error());
//   use(diff.value());
#ifndef CONCORD_RESULT_H_
#define CONCORD_RESULT_H_

#include <string>
#include <utility>

namespace concord {

/// A value, or the message saying why there is none.
template <typename T>
class Result {
 public:
  /// A successful result holding `value`.
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit on purpose.

  /// A failed result carrying a message meant for the user.
  static Result failure(std::string message) {
    Result result{T{}};
    result.error_ = std::move(message);
    result.ok_ = false;
    return result;
  }

  /// True when the operation succeeded.
  bool ok() const { return ok_; }
  /// The failure message; empty when ok().
  const std::string& error() const { return error_; }
  /// The value; meaningful only when ok().
  const T& value() const& { return value_; }
  /// The value, moved out; meaningful only when ok().
  T&& value() && { return std::move(value_); }

 private:
  T value_;
  std::string error_;
  bool ok_ = true;
};

}  // namespace concord

#endif  // CONCORD_RESULT_H_
