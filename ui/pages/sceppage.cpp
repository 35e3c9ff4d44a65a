// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/sceppage.h"

#include "ui/scepprobecontroller.h"
#include "ui/widgets/scepresultview.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

ScepPage::ScepPage(ScepProbeController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_url(new QLineEdit(this)),
      m_caIdentifier(new QLineEdit(this)),
      m_verifyTls(new QCheckBox(tr("Verify the server's &TLS certificate (https)"), this)),
      m_probe(new QPushButton(tr("P&robe"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_busy(new QProgressBar(this)), m_message(new QLabel(this)), m_result(new ScepResultView(this)),
      m_history(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("scepPage"));
    m_url->setObjectName(QStringLiteral("scepUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://scep.example.com/scep"));
    m_url->setClearButtonEnabled(true);
    m_caIdentifier->setObjectName(QStringLiteral("scepCaIdentifierEdit"));
    m_caIdentifier->setPlaceholderText(tr("optional"));
    m_caIdentifier->setToolTip(tr("Sent as the message parameter, for servers that serve several CAs"));
    m_caIdentifier->setMaximumWidth(260);
    m_verifyTls->setObjectName(QStringLiteral("scepVerifyTlsCheck"));
    m_verifyTls->setChecked(true);
    m_probe->setObjectName(QStringLiteral("scepProbeButton"));
    m_probe->setToolTip(tr("Ask the server for its capabilities and CA certificates (never enrols)"));
    m_cancel->setObjectName(QStringLiteral("scepCancelButton"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setToolTip(tr("Stop waiting for the server (Esc)"));
    m_cancel->hide();
    m_busy->setObjectName(QStringLiteral("scepBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_message->setObjectName(QStringLiteral("scepMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_history->setObjectName(QStringLiteral("scepHistoryTree"));
    m_history->setHeaderLabels(
        {tr("Probed"), tr("URL"), tr("Outcome"), tr("CA certificates"), tr("Capabilities")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setUniformRowHeights(true);
    m_history->setSortingEnabled(true);
    m_history->sortByColumn(ProbedAt, Qt::DescendingOrder);
    m_history->header()->setSectionResizeMode(Capabilities, QHeaderView::Stretch);
    m_history->setToolTip(tr("Double-click a probe to put its URL into the form"));

    auto *hint = new QLabel(tr("A probe only asks the server for its capabilities (GetCACaps) and CA "
                               "certificates (GetCACert); it never enrols."),
                            this);
    hint->setWordWrap(true);
    auto *urlLabel = new QLabel(tr("SCEP &URL:"), this);
    urlLabel->setBuddy(m_url);
    auto *caLabel = new QLabel(tr("CA &identifier:"), this);
    caLabel->setBuddy(m_caIdentifier);
    auto *options = new QHBoxLayout;
    options->addWidget(m_caIdentifier, 1);
    options->addSpacing(12);
    options->addWidget(m_verifyTls);
    options->addStretch(1);
    options->addWidget(m_busy);
    auto *form = new QGridLayout;
    form->addWidget(urlLabel, 0, 0);
    form->addWidget(m_url, 0, 1);
    form->addWidget(m_probe, 0, 2);
    form->addWidget(m_cancel, 0, 3);
    form->addWidget(caLabel, 1, 0);
    form->addLayout(options, 1, 1, 1, 3);
    form->setColumnStretch(1, 1);

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Probe history:"), historyBox));
    historyLayout->addWidget(m_history, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_result);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_probe, &QPushButton::clicked, this, &ScepPage::startProbe);
    connect(m_url, &QLineEdit::returnPressed, this, &ScepPage::startProbe);
    connect(m_caIdentifier, &QLineEdit::returnPressed, this, &ScepPage::startProbe);
    connect(m_url, &QLineEdit::textChanged, this, &ScepPage::updateActions);
    connect(m_cancel, &QPushButton::clicked, m_controller, &ScepProbeController::cancel);
    connect(m_history, &QTreeWidget::itemSelectionChanged, this, &ScepPage::showHistorySelection);
    connect(m_history, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_url->setText(item->text(Url));
        m_url->setFocus();
    });
    connect(m_controller, &ScepProbeController::contextChanged, this, [this] {
        // Another inventory: what was shown belongs to the old one.
        m_shownId = 0;
        m_message->hide();
        m_result->clear();
        updateActions();
    });
    connect(m_controller, &ScepProbeController::probingChanged, this, &ScepPage::onProbingChanged);
    connect(m_controller, &ScepProbeController::probed, this, &ScepPage::onProbed);
    connect(m_controller, &ScepProbeController::probeFailed, this, &ScepPage::onProbeFailed);
    connect(m_controller, &ScepProbeController::historyLoaded, this, &ScepPage::onHistoryLoaded);
    updateActions();
}

void ScepPage::setExpiringDays(int days)
{
    m_result->setExpiringDays(days);
}

void ScepPage::startProbe()
{
    if (!m_probe->isEnabled())
        return;
    discovery::ScepProbeOptions options;
    options.url = m_url->text().trimmed();
    options.caIdentifier = m_caIdentifier->text().trimmed();
    options.verifyTls = m_verifyTls->isChecked();
    m_controller->probe(options);
}

void ScepPage::onProbingChanged(bool probing)
{
    m_busy->setVisible(probing);
    m_cancel->setVisible(probing);
    m_cancel->setEnabled(probing);
    if (probing)
        setMessage(tr("Asking %1 for its capabilities and CA certificates...").arg(m_url->text().trimmed()),
                   false);
    updateActions();
}

void ScepPage::onProbed(const ScepProbeView &probe)
{
    m_shownId = probe.record.id;
    m_message->hide();
    m_history->clearSelection();
    m_result->showProbe(probe);
    Q_EMIT statusMessage(
        tr("Probed %1: %n CA certificate(s)", nullptr, int(probe.record.caCertificates.size()))
            .arg(probe.record.url));
    Q_EMIT probeShown();
}

void ScepPage::onProbeFailed(const QString &url, const Error &error)
{
    m_shownId = 0;
    m_history->clearSelection();
    if (error.code == ErrorCode::Cancelled) {
        setMessage(tr("The probe of %1 was cancelled.").arg(url), false);
        m_result->clear(tr("No result."));
    } else {
        // A URL the engine refuses says itself what is wrong with it.
        setMessage(error.code == ErrorCode::InvalidInput
                       ? error.message
                       : tr("The probe of %1 failed: %2").arg(url, error.fullText()),
                   true);
        m_result->clear(tr("No result: the probe failed."));
    }
    Q_EMIT probeShown();
}

void ScepPage::onHistoryLoaded(const QList<ScepProbeView> &history)
{
    m_probes = history;
    {
        // Rebuilding keeps what the result area shows; only a user's selection changes it.
        const QSignalBlocker blocker(m_history);
        m_history->setSortingEnabled(false);
        m_history->clear();
        for (int i = 0; i < history.size(); ++i) {
            const auto &r = history.at(i).record;
            auto *item = new QTreeWidgetItem(m_history);
            item->setData(0, Qt::UserRole, i);
            item->setData(ProbedAt, Qt::DisplayRole, r.probedAt.toLocalTime());
            item->setText(Url, r.url);
            item->setToolTip(Url, r.url);
            item->setText(Outcome, r.ok ? tr("OK") : tr("Failed: %1").arg(r.error));
            item->setToolTip(Outcome, r.ok ? QString() : r.error);
            if (r.ok) {
                item->setData(CertificateCount, Qt::DisplayRole, int(r.caCertificates.size()));
                item->setTextAlignment(CertificateCount, Qt::AlignRight | Qt::AlignVCenter);
            } else {
                item->setForeground(Outcome, QColor(0xb0, 0x00, 0x20));
            }
            const QString capabilities =
                r.capabilities.isEmpty() ? r.capabilitiesProblem : r.capabilities.join(QStringLiteral(", "));
            item->setText(Capabilities, capabilities);
            item->setToolTip(Capabilities, capabilities);
            if (m_shownId != 0 && r.id == m_shownId) {
                m_history->setCurrentItem(item);
                item->setSelected(true);
            }
        }
        m_history->setSortingEnabled(true);
        m_history->resizeColumnToContents(ProbedAt);
        m_history->resizeColumnToContents(CertificateCount);
        for (const auto &[column, widest] : {std::pair{Url, 260}, std::pair{Outcome, 200}}) {
            m_history->resizeColumnToContents(column);
            m_history->setColumnWidth(column, std::min(m_history->columnWidth(column), widest));
        }
    }
    Q_EMIT historyShown();
}

void ScepPage::showHistorySelection()
{
    const auto selected = m_history->selectedItems();
    if (selected.isEmpty())
        return;
    const auto &probe = m_probes.at(selected.first()->data(0, Qt::UserRole).toInt());
    m_shownId = probe.record.id;
    if (probe.record.ok) {
        m_message->hide();
        m_result->showProbe(probe);
    } else {
        setMessage(tr("The probe of %1 on %2 failed: %3")
                       .arg(probe.record.url,
                            QLocale().toString(probe.record.probedAt.toLocalTime(), QLocale::ShortFormat),
                            probe.record.error),
                   true);
        m_result->clear(tr("No result: the probe failed."));
    }
}

void ScepPage::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
    m_message->show();
}

void ScepPage::updateActions()
{
    m_probe->setEnabled(m_controller->hasContext() && !m_controller->isProbing() &&
                        !m_url->text().trimmed().isEmpty());
}

} // namespace certdesk::ui
