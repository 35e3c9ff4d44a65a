// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/channel.h"

#include "connectors/notifier/emailchannel.h"
#include "connectors/notifier/opsgeniechannel.h"
#include "connectors/notifier/pagerdutychannel.h"
#include "connectors/notifier/slackchannel.h"
#include "connectors/notifier/teamschannel.h"
#include "connectors/notifier/webhookchannel.h"

namespace certdesk::notifier {

const QList<ChannelType> &channelTypes()
{
    // Built on first use, after the translator is installed, so that labels are translated.
    static const QList<ChannelType> types = {
        emailChannelType(), webhookChannelType(),   slackChannelType(),
        teamsChannelType(), pagerDutyChannelType(), opsGenieChannelType(),
    };
    return types;
}

} // namespace certdesk::notifier
