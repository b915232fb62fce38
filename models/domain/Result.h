#pragma once

#include <utility>
#include <variant>

#include <QString>

namespace greenlight {

// An error the user can cause or meet (bad input, locked or corrupt database, full disk):
// carried as a value with a message fit to show, never thrown across layers.
struct Error
{
    enum class Code {
        Generic,
        InvalidArgument,
        NotFound,
        Io,
        Corrupt,
        NewerSchema,
        NotAGreenlightStore,
        Locked,
        Database,
        Cancelled, // the user (or a progress callback) stopped the operation
    };

    Code code = Code::Generic;
    QString message;

    static Error make(Code code, QString message) { return Error{code, std::move(message)}; }
};

// A value or an Error. Small on purpose: std::expected is C++23.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_ok ? QString() : m_error.message; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace greenlight
