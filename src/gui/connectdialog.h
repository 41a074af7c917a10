// SPDX-License-Identifier: MIT
#pragma once

#include "api/connection.h"
#include "gui/fieldfeedback.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace sm {
class ConnectionCheck;
class SentryClient;
} // namespace sm

namespace sm::gui {

// Where to connect: a hosted instance or a self-hosted URL, the organization slug and an
// auth token (masked, paste-friendly), with "Test connection". It can also offer the demo
// organization instead.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    // The result code when the user chose the demo organization.
    static constexpr int DemoRequested = 2;

    // "Test connection" checks through `client` (the app's one network owner).
    ConnectDialog(const ConnectionSettings &initial, SentryClient *client,
                  QWidget *parent = nullptr);
    ~ConnectDialog() override;

    ConnectionSettings settings() const;
    void setDemoOffered(bool offered);
    // The name the connection is saved under (empty: "org on host"), and whether its token
    // goes to the system keychain.
    QString profileName() const;
    void setProfileName(const QString &name);
    bool rememberToken() const;
    // A line above the buttons, such as why a saved profile needs its token again.
    void setNote(const QString &note);
    Ui::ConnectDialog *ui() const { return m_ui.get(); }
    const FieldFeedback &feedback() const { return m_feedback; }

    void accept() override;

private:
    void updateUrlField();
    void testConnection();
    void chooseCaFile();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    SentryClient *m_client;
    QPointer<ConnectionCheck> m_test;
    FieldFeedback m_feedback;
};

} // namespace sm::gui
