// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

// The cancel flag of one background request (BackgroundTask): the GUI thread sets it, the work
// polls it (isCancelled(), or flag() handed to a QueryCancelScope or a progress callback).
// Copies share one flag; a flag is never reset. Thread-safe; copying costs a shared_ptr copy.
class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic<bool>>(false)) {}

    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    void cancel() const { m_flag->store(true); }
    // Lives as long as any copy of the token.
    const std::atomic<bool> *flag() const { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};
