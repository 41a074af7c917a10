// SPDX-License-Identifier: MIT
#pragma once

#include "support/stallmeter.h"
#include "support/testsupport.h"

#include "api/session.h"
#include "gui/dialogpresenter.h"
#include "gui/messagedialog.h"
#include "gui/teampicker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QTranslator>

namespace sm::test {

// Records what the user was shown and still opens the real dialog, so tests read both.
class RecordingPresenter final : public gui::DialogPresenter
{
public:
    struct Shown
    {
        bool error = false;
        QString title;
        QString summary;
        ApiError apiError;
        bool warning = false;
    };

    void showWarning(QWidget *parent, const QString &title, const QString &summary) override
    {
        shown.append({false, title, summary, {}, true});
        gui::DialogPresenter::showWarning(parent, title, summary);
    }
    void showResult(QWidget *parent, const QString &title, const QString &summary,
                    const QString &details) override
    {
        shown.append({false, title, summary, {}});
        gui::DialogPresenter::showResult(parent, title, summary, details);
    }
    void showError(QWidget *parent, const QString &title, const ApiError &error,
                   const QString &details) override
    {
        shown.append({true, title, error.message, error});
        gui::DialogPresenter::showError(parent, title, error, details);
    }
    // Waits until `count` dialogs have been shown; false after `timeoutMs`.
    bool waitForDialog(qsizetype count = 1, int timeoutMs = patience)
    {
        return QTest::qWaitFor([&] { return shown.size() >= count; }, timeoutMs);
    }
    const Shown &last() const { return shown.constLast(); }
    void closeAll()
    {
        if (lastDialog())
            lastDialog()->close();
        QCoreApplication::processEvents();
    }

    QList<Shown> shown;
};

inline bool connectSession(Session &session, const ConnectionSettings &settings,
                           int timeoutMs = patience)
{
    session.connectTo(settings);
    return QTest::qWaitFor([&] { return session.state() != Session::State::Connecting; },
                           timeoutMs) &&
           session.state() == Session::State::Connected;
}

// QTest::qWaitFor with the suites' patience: true once `done` holds.
template<typename Predicate> bool waitUntil(Predicate done, int timeoutMs = patience)
{
    return QTest::qWaitFor(done, timeoutMs);
}

// Picks a combo box entry from the keyboard, as a user would: focus it and type.
inline void chooseByKeyboard(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    const int target = combo->findText(text, Qt::MatchStartsWith);
    QVERIFY2(target >= 0, qPrintable(QStringLiteral("no entry starting with ") + text));
    for (int step = 0; step < combo->count() && combo->currentIndex() < target; ++step)
        QTest::keyClick(combo, Qt::Key_Down);
    for (int step = 0; step < combo->count() && combo->currentIndex() > target; ++step)
        QTest::keyClick(combo, Qt::Key_Up);
}

// Ticks or unticks a team from the keyboard: its check box, then Space.
inline void toggleTeam(gui::TeamPicker *picker, const QString &slug)
{
    QCheckBox *box = picker->checkBox(slug);
    QVERIFY2(box, qPrintable(QStringLiteral("no team ") + slug));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Saves a picture of `widget` to <build>/screenshots/<name>.png for review.
// Undoes l10n::installTranslations, so each test starts in the source language.
inline void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(SCREENSHOT_DIR);
    QDir().mkpath(dir);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace sm::test
