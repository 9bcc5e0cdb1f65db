// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

// Ties the store queries a thread runs to a cancel flag. While a scope lives, a remote store
// (ClickHouseHttp) polls the flag during each request and, once it is set, closes the
// connection and kills the query on the server, and the call throws Failure (Cancelled).
// Local stores ignore it (their work is cancelled by the callers' own checks). Scopes nest;
// the innermost wins. The flag may be set from any thread and must outlive the scope; a
// scope belongs to the thread that made it. Cost: one thread_local pointer.
class QueryCancelScope {
public:
    explicit QueryCancelScope(const std::atomic<bool> *flag);
    ~QueryCancelScope();
    QueryCancelScope(const QueryCancelScope &) = delete;
    QueryCancelScope &operator=(const QueryCancelScope &) = delete;

    // The flag of the innermost scope on this thread, or nullptr.
    static const std::atomic<bool> *current();

private:
    const std::atomic<bool> *m_previous;
};
