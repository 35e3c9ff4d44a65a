// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A plain libcurl client for the tests' own calls to pebble's and pebble-challtestsrv's management
// interfaces, independent of the ACME client under test.

#include "models/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace certdesk::testsupport {

/// An answer of testHttpRequest.
struct TestHttpResponse
{
    long status = 0;
    QByteArray body;
    QList<QByteArray> headerLines; ///< "name: value", as received
};

/// GET (empty `method` or "GET") or POST `body` to `url`, trusting `caBundlePath` for https (the
/// system store when empty), within `timeoutMs`.
Result<TestHttpResponse> testHttpRequest(const QByteArray &method, const QString &url,
                                         const QByteArray &body = {}, const QString &caBundlePath = {},
                                         int timeoutMs = 10000);

} // namespace certdesk::testsupport
