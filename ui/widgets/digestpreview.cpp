// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/digestpreview.h"

#include "ui/wizards/wizardfields.h"

#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace certdesk::ui {

DigestPreview::DigestPreview(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_error(new ErrorPanel(this)),
      m_browser(new QTextBrowser(this))
{
    m_status->setObjectName(QStringLiteral("digestPreviewStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("digestPreviewError"));
    m_browser->setObjectName(QStringLiteral("digestPreviewBrowser"));
    // The digest is an e-mail: nothing in it is opened from here.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setPlaceholderText(tr("The digest's preview appears here."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_browser, 1);
}

void DigestPreview::showComposing()
{
    m_status->setText(tr("Composing the digest..."));
}

void DigestPreview::showDigest(const QString &html, const QDateTime &composedAt)
{
    m_error->clear();
    m_browser->setHtml(html);
    m_status->setText(tr("Preview as composed at %1; the digest that is sent is composed when it is sent.")
                          .arg(QLocale().toString(composedAt.toLocalTime(), QLocale::ShortFormat)));
}

void DigestPreview::showError(const Error &error)
{
    m_status->setText(tr("The digest could not be composed."));
    m_error->showError(error);
}

QString DigestPreview::plainText() const
{
    return m_browser->toPlainText();
}

} // namespace certdesk::ui
