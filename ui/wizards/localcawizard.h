// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/issuerservice.h"

#include <QWizard>

namespace certdesk::ui {

class LifecycleController;

/// The guided setup of a local CA: choose the mode (self-signed, or a sub-CA from your CA
/// certificate and key files), fill its fields with inline validation, set the CRL/OCSP URLs, and a
/// last step that signs and verifies a throwaway certificate with the new CA before it is saved.
class LocalCaWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalCaWizard)

public:
    enum PageId { ModePage, SelfSignedPage, SubCaPage, PublishingPage, TestPage };

    LocalCaWizard(LifecycleController *controller, QWidget *parent = nullptr);
    /// The setup as the fields stand.
    core::LocalCaSetup setup() const;
    int nextId() const override;
};

} // namespace certdesk::ui
