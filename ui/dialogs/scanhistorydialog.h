// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/discovery.h"
#include "models/store/discoveryrepository.h"

#include <QDialog>

class QTreeWidget;

namespace certdesk::ui {

/// The discovery scan history: every run (when, what, files read, certificates, new ones,
/// problems, duration), the problems of the selected run, and the PKCS#12 files discovery found
/// that need a password (Import hands them to the inventory's import, which asks for it).
class ScanHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanHistoryDialog)

public:
    ScanHistoryDialog(const QList<domain::DiscoveryScan> &scans, const QList<store::LockedFile> &lockedFiles,
                      QWidget *parent = nullptr);
    QTreeWidget *scanTree() const { return m_scans; }
    QTreeWidget *problemTree() const { return m_problems; }
    QTreeWidget *lockedTree() const { return m_locked; }

Q_SIGNALS:
    /// The user asked to import these password-protected files.
    void importRequested(const QStringList &paths);

private:
    void showProblems();

    QList<domain::DiscoveryScan> m_history;
    QTreeWidget *m_scans;
    QTreeWidget *m_problems;
    QTreeWidget *m_locked;
};

} // namespace certdesk::ui
