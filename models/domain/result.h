// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace certdesk {

/// A failure that reaches the user: `message` is one sentence that says what went wrong and what to
/// do; `detail` carries the technical part (OpenSSL error queue, SQL error, command output) that the
/// UI shows one click away. Neither may ever contain a secret.
/// What kind of failure an Error is, for callers that react differently (ask for a password, ...).
enum class ErrorCode {
    Generic,
    PasswordRequired, ///< the input is protected and no password was given
    WrongPassword,    ///< a password was given and does not open the input
    NotFound,         ///< the object asked for does not exist
    Cancelled,        ///< the user or a shutdown cancelled the work
    InvalidInput,     ///< the request itself is wrong; retrying it cannot help
    Denied,           ///< a sandbox refused an operation outside its grant
};

struct Error
{
    QString message;
    QString detail;
    ErrorCode code = ErrorCode::Generic;

    /// The message followed by the detail in parentheses, for logs and the CLI.
    QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    }
};

/// Either a value or an Error. No exception crosses a layer boundary; every fallible call returns one.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Success or an Error, for calls that return nothing else.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace certdesk
