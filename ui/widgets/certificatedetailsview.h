// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/discoveryservice.h"
#include "app/core/inventoryservice.h"
#include "models/domain/auditevent.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace certdesk::ui {

/// The details pane: every parsed field grouped as an administrator reads them, the chain, the PEM
/// and the certificate's audit history (a managed certificate) or every place it was seen (a
/// discovered one). Values can be copied from a context menu (or Ctrl+C).
class CertificateDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDetailsView)

public:
    explicit CertificateDetailsView(QWidget *parent = nullptr);
    void showCertificate(const core::CertificateView &view, const QList<domain::AuditEvent> &history);
    void showDiscovered(const core::DiscoveredDetails &details);
    /// A certificate that is neither managed nor discovered (a SCEP server's CA certificate):
    /// `general` first, then every parsed field, the chain (`chainAbove`, its issuer first) and
    /// the PEM; no history or locations tab.
    void showDetails(const domain::CertificateDetails &details,
                     const QList<std::pair<QString, QString>> &general,
                     const QList<domain::CertificateDetails> &chainAbove);
    void clear(const QString &hint);
    /// Adds a tab that, like the history, shows for managed certificates only (its owner fills it).
    void addManagedTab(QWidget *tab, const QString &title);
    /// The field tree, for tests and for "copy value".
    QTreeWidget *fieldTree() const { return m_fields; }
    QTreeWidget *chainTree() const { return m_chain; }
    QTreeWidget *locationTree() const { return m_locations; }

private:
    void copySelectedValue();
    /// Fills the field tree: `general` first, then names, validity, key and extensions of `d`.
    void showFields(const domain::CertificateDetails &d, const QList<std::pair<QString, QString>> &general);
    void showChainAndPem(const domain::CertificateDetails &d, const QList<domain::CertificateDetails> &chain);
    /// Shows the history tab (managed) or the locations tab (discovered).
    void showSecondaryTab(bool locations);

    QLabel *m_title;
    QTabWidget *m_tabs;
    QTreeWidget *m_fields;
    QTreeWidget *m_chain;
    QPlainTextEdit *m_pem;
    QTreeWidget *m_history;
    QTreeWidget *m_locations;
    QList<QWidget *> m_managedTabs;
};

} // namespace certdesk::ui
