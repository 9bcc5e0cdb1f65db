// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "query_cancel_scope.h"

namespace {
thread_local const std::atomic<bool> *t_flag = nullptr;
}

QueryCancelScope::QueryCancelScope(const std::atomic<bool> *flag) : m_previous(t_flag)
{
    t_flag = flag;
}

QueryCancelScope::~QueryCancelScope()
{
    t_flag = m_previous;
}

const std::atomic<bool> *QueryCancelScope::current()
{
    return t_flag;
}
