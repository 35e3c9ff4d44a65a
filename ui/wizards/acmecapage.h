// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/acmeissuersetup.h"
#include "app/core/acmepresets.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;

namespace certdesk::ui {

class AcmeSetupController;
class ErrorPanel;

/// The ACME wizard's first page: which CA (a preset, or any directory URL) and, for a private CA,
/// the PEM bundle that trusts its TLS certificate. Next fetches the directory on a worker thread
/// and goes on only once the CA answered as an ACME server; a failure is shown on the page.
class AcmeCaPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcmeCaPage)

public:
    explicit AcmeCaPage(AcmeSetupController *controller, QWidget *parent = nullptr);

    core::AcmePreset preset() const;
    /// The directory fetched for the URL and bundle as they stand; nullopt until Next fetched it.
    const std::optional<issuer::acme::AcmeDirectory> &directory() const { return m_directory; }
    /// Writes the directory URL and CA bundle into `setup`.
    void fill(core::AcmeSetup &setup) const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    QString directoryUrl() const;
    QString fetchKey() const;
    void presetChanged();
    void inputChanged();
    void setFetching(bool fetching);

    AcmeSetupController *m_controller;
    QList<core::AcmePreset> m_presets;
    QListWidget *m_list;
    QLabel *m_note;
    QLineEdit *m_url;
    QLineEdit *m_bundle;
    QLabel *m_problem;
    QProgressBar *m_busy;
    ErrorPanel *m_error;
    QString m_customUrl;
    std::optional<issuer::acme::AcmeDirectory> m_directory;
    QString m_fetchedFor;
    bool m_fetching = false;
};

} // namespace certdesk::ui
