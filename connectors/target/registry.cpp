// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/targettype.h"

// Each connector's header, one line each, declaring its `TargetType xxxTargetType()`:
#include "connectors/target/apache/apachetarget.h"
#include "connectors/target/caddy/caddytarget.h"
#include "connectors/target/envoy/envoytarget.h"
#include "connectors/target/haproxy/haproxytarget.h"
#include "connectors/target/javakeystore/javakeystoretarget.h"
#include "connectors/target/nginx/nginxtarget.h"
#include "connectors/target/postfix/postfixtarget.h"
#include "connectors/target/ssh/sshtarget.h"
#include "connectors/target/traefik/traefiktarget.h"

namespace certdesk::target {
namespace {

QList<TargetType> makeTargetTypes()
{
    // clang-format off
    return {
        // One line per connector (kept so by hand, so that connectors added side by side do not
        // clash), in the order the wizard lists them: xxxTargetType(),
        nginxTargetType(),
        apacheTargetType(),
        haproxyTargetType(),
        postfixTargetType(),
        traefikTargetType(),
        envoyTargetType(),
        caddyTargetType(),
        sshTargetType(),
        javaKeystoreTargetType(),
    };
    // clang-format on
}

} // namespace

const QList<TargetType> &targetTypes()
{
    static const QList<TargetType> types = makeTargetTypes();
    return types;
}

const TargetType *findTargetType(const QString &name)
{
    for (const TargetType &type : targetTypes()) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

} // namespace certdesk::target
