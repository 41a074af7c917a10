// SPDX-License-Identifier: MIT
// The member directory without widgets, against the sandbox: streaming into the models
// (checked by QAbstractItemModelTester), pagination edges, teams filled in from the team
// lists, search and every filter against the seed, the export read back, and each row
// action's verdict matched against what Sentry answers when the request is sent anyway.
#include "support/testsupport.h"

#include "directory/memberdirectory.h"
#include "directory/memberexport.h"
#include "directory/memberfilter.h"
#include "directory/memberpermissions.h"
#include "directory/outcomeapplier.h"
#include "operations/operationrun.h"

#include <QAbstractItemModelTester>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimer>

using namespace sm;
using namespace sm::test;
using namespace sm::directory;

namespace {

// A demo seed whose member list holds exactly `listed` members (the token holders among
// them), for the pagination edges.
QJsonObject seedListing(int listed)
{
    QJsonObject seed = sandbox::demoSeed(qMax(listed + 20, 10));
    QSet<qint64> tokenUsers;
    for (const QJsonValue &t : seed.value("tokens").toArray()) {
        if (t.toObject().value("userId").isDouble())
            tokenUsers.insert(t.toObject().value("userId").toInteger());
    }
    QJsonArray kept;
    QJsonArray others;
    for (const QJsonValue &v : seed.value("members").toArray()) {
        const QJsonObject m = v.toObject();
        const QString status = m.value("inviteStatus").toString(QStringLiteral("approved"));
        if (status != QLatin1String("approved"))
            continue; // invite requests are never listed
        if (tokenUsers.contains(m.value("userId").toInteger(-1)))
            kept.append(m);
        else
            others.append(m);
    }
    for (const QJsonValue &m : others) {
        if (kept.size() >= listed)
            break;
        kept.append(m);
    }
    seed.insert(QStringLiteral("members"), kept);
    return seed;
}

// RFC 4180, enough to read back what the export wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestDirectory : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SentryClient> m_client;
    std::unique_ptr<MemberDirectory> m_directory;

    bool load(const QString &as = QStringLiteral("owner"))
    {
        m_client = m_sandbox->client(as);
        m_directory = std::make_unique<MemberDirectory>(m_client.get());
        m_directory->reload();
        return finishedLoading();
    }
    // Waits in an event loop that sleeps only when idle (qWaitFor naps 10 ms per turn, which
    // adds up over hundreds of pages served in this same thread). Fails when loading stalls,
    // not when it is slow: every page that arrives renews the patience, so 100 pages under
    // the sanitizers on a busy machine are not mistaken for a hang.
    bool finishedLoading()
    {
        while (m_directory->isLoading()) {
            QEventLoop loop;
            QTimer stall;
            stall.setSingleShot(true);
            connect(&stall, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
            connect(m_directory.get(), &MemberDirectory::loadingChanged, &loop, &QEventLoop::quit);
            connect(m_directory.get(), &MemberDirectory::progress, &loop, &QEventLoop::quit);
            stall.start(patience);
            if (loop.exec() != 0)
                return false;
        }
        return true;
    }
    int listedInSandbox() { return int(m_sandbox->org().approvedMembersById().size()); }
    Caller callerAs(const QString &as)
    {
        auto client = m_sandbox->client(as);
        const MemberResult me = await<MemberResult>(client->me());
        return Caller::fromMe(as == QLatin1String("integration") ? Member() : me.value);
    }

private slots:
    void cleanup()
    {
        m_directory.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void streams_intoCheckedModels()
    {
        m_sandbox = std::make_unique<Sandbox>(350);
        m_client = m_sandbox->client(QStringLiteral("owner"));
        m_directory = std::make_unique<MemberDirectory>(m_client.get());
        MemberFilter filter;
        filter.setMembersModel(m_directory->members());
        filter.sort(MembersModel::Name);
        QAbstractItemModelTester membersTester(
            m_directory->members(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester teamsTester(
            m_directory->teams(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<int> progress;
        connect(m_directory.get(), &MemberDirectory::progress, this,
                [&](int loaded) { progress.append(loaded); });
        m_directory->reload();
        QVERIFY(finishedLoading());
        QCOMPARE(m_directory->members()->rowCount(), listedInSandbox());
        QCOMPARE(progress.first(), 100); // the first page shows before the rest arrives
        QCOMPARE(progress.last(), listedInSandbox());
        QCOMPARE(m_directory->teams()->rowCount(), int(m_sandbox->org().teams.size()));
        QCOMPARE(m_directory->teamListsDone(), int(m_sandbox->org().teams.size()));
        // Teams and team roles come from the teams' member lists.
        for (const sandbox::MemberRecord &record : m_sandbox->org().members) {
            const DirectoryMember *row =
                m_directory->members()->memberById(QString::number(record.id));
            if (!record.isApproved()) {
                QVERIFY(!row);
                continue;
            }
            QVERIFY(row);
            QCOMPARE(row->teams.size(), record.teams.size());
            for (const auto &t : record.teams) {
                const auto it =
                    std::find_if(row->teams.cbegin(), row->teams.cend(),
                                 [&](const auto &r) { return r.teamSlug == t.teamSlug; });
                QVERIFY(it != row->teams.cend());
                QCOMPARE(it->role, t.role);
            }
        }
        // A reload starts over and ends with the same rows.
        m_directory->reload();
        QVERIFY(finishedLoading());
        QCOMPARE(m_directory->members()->rowCount(), listedInSandbox());
    }

    // A list that breaks off keeps the members that arrived, and says why once.
    void failedPage_keepsWhatArrived()
    {
        m_sandbox = std::make_unique<Sandbox>(350);
        m_client = m_sandbox->client(QStringLiteral("owner"));
        m_directory = std::make_unique<MemberDirectory>(m_client.get());
        // Once the second page is in (waiting to join the table), the third one fails.
        connect(m_client.get(), &SentryClient::exchangeFinished, this, [this](const Exchange &e) {
            if (e.status == 200 && e.url.query(QUrl::FullyDecoded).contains("cursor=100:1:0")) {
                sandbox::Fault fault;
                fault.method = "GET";
                fault.path = QStringLiteral("members/");
                fault.kind = sandbox::Fault::Kind::Html500;
                m_sandbox->server().addFault(fault);
            }
        });
        QSignalSpy failed(m_directory.get(), &MemberDirectory::failed);
        m_directory->reload();
        QVERIFY(finishedLoading());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_directory->members()->rowCount(), 200);
    }

    // What runs confirm is applied to the loaded model at once, through the checked models:
    // the row appears, changes or goes, as Sentry now has it.
    void confirmedRuns_updateTheCheckedModels()
    {
        m_sandbox = std::make_unique<Sandbox>(60);
        QVERIFY(load());
        MembersModel *model = m_directory->members();
        MemberFilter filter;
        filter.setMembersModel(model);
        filter.sort(MembersModel::Email);
        QAbstractItemModelTester membersTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto run = [&](const ops::Operation &operation) {
            std::optional<ops::RunOutcome> outcome;
            auto *r = new ops::OperationRun(m_client.get(), operation);
            connect(r, &ops::OperationRun::finished, this,
                    [&](const ops::RunOutcome &o) { outcome = o; });
            r->start();
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, patience))
                return false;
            if (outcome->kind != ops::RunOutcome::Kind::Done)
                qWarning("%s", qPrintable(outcome->message));
            return outcome->kind == ops::RunOutcome::Kind::Done &&
                   applyOutcome(model, operation, *outcome);
        };
        const int rows = model->rowCount();

        QVERIFY(run(ops::Operation(InviteMember{QStringLiteral("store.new@example.com"),
                                                QStringLiteral("member"),
                                                {{QStringLiteral("backend"), {}}},
                                                true})));
        QCOMPARE(model->rowCount(), rows + 1);
        const DirectoryMember *invited = nullptr;
        for (const DirectoryMember &m : model->members()) {
            if (m.email == QLatin1String("store.new@example.com"))
                invited = &m;
        }
        QVERIFY(invited);
        QCOMPARE(invited->status, DirectoryMember::Status::Invited);
        QCOMPARE(invited->teams.size(), 1);

        const DirectoryMember *plain = nullptr;
        for (const DirectoryMember &m : model->members()) {
            if (m.orgRole == QLatin1String("member") && !m.isPending() && !m.idpRoleRestricted)
                plain = &m;
        }
        QVERIFY(plain);
        const QString id = plain->id;
        QVERIFY(run(ops::Operation(
            UpdateMemberRoles{id,
                              QStringLiteral("manager"),
                              {{QStringLiteral("frontend"), QStringLiteral("admin")}}})));
        QCOMPARE(model->memberById(id)->orgRole, QStringLiteral("manager"));
        QCOMPARE(
            model->memberById(id)->teams,
            QList<TeamRoleAssignment>({{QStringLiteral("frontend"), QStringLiteral("admin")}}));

        const sandbox::ExternalUserRecord link = m_sandbox->org().externalUsers.constFirst();
        QVERIFY(run(ops::Operation(
            ops::DeleteLink{QString::number(link.id), QString::number(link.userId)})));
        for (const DirectoryMember &m : model->members()) {
            for (const ExternalUser &e : m.externalUsers)
                QVERIFY(e.id != QString::number(link.id));
        }

        QVERIFY(run(ops::Operation(ops::RemoveMember{id})));
        QVERIFY(!model->memberById(id));
        QCOMPARE(model->rowCount(), rows);
    }

    // A member can come twice while an offset-paged list shifts: one row, the later answer.
    void memberTwiceInABatch_isOneRow()
    {
        MembersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Member first;
        first.id = QStringLiteral("7");
        first.email = QStringLiteral("ada@example.com");
        first.orgRole = QStringLiteral("member");
        Member again = first;
        again.orgRole = QStringLiteral("manager");
        Member other = first;
        other.id = QStringLiteral("8");
        model.appendMembers({first, other, again});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.memberById(QStringLiteral("7"))->orgRole, QStringLiteral("manager"));
        model.appendMembers({first});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.memberById(QStringLiteral("7"))->orgRole, QStringLiteral("member"));
    }

    // Many batches of members in no order, some answered twice, join a sorted table: every
    // row stays in order and findable by id, and a held index keeps its member throughout.
    void sortedModel_manyBatchesStayInOrder()
    {
        MembersModel model;
        model.sort(MembersModel::Name, Qt::AscendingOrder);
        QRandomGenerator random(20261203);
        QPersistentModelIndex held;
        QString heldId;
        for (int batch = 0; batch < 30; ++batch) {
            QList<Member> page;
            for (int i = 0; i < 40; ++i) {
                Member m;
                // Ids repeat across and within batches; names repeat, so ids break ties.
                m.id = QString::number(random.bounded(900));
                m.name = QStringLiteral("P%1").arg(random.bounded(300));
                m.email = m.id + QStringLiteral("@example.com");
                page.append(m);
            }
            model.appendMembers(page);
            if (!held.isValid()) {
                held = QPersistentModelIndex(model.index(model.rowCount() / 2, 0));
                heldId = model.member(held.row()).id;
            }
            for (int row = 0; row < model.rowCount(); ++row) {
                const DirectoryMember &m = model.member(row);
                QCOMPARE(model.rowOf(m.id), row);
                if (row > 0) {
                    const DirectoryMember &previous = model.member(row - 1);
                    const int order = previous.name.compare(m.name, Qt::CaseInsensitive);
                    QVERIFY2(order < 0 || (order == 0 && previous.id.toInt() < m.id.toInt()),
                             qPrintable(QStringLiteral("rows %1 and %2 out of order in batch %3")
                                            .arg(row - 1)
                                            .arg(row)
                                            .arg(batch)));
                }
            }
            QCOMPARE(model.member(held.row()).id, heldId);
        }
        QVERIFY(model.rowCount() > 500);
    }

    // Sorted in the model: a page joins with one insertion and one layout change, not a row
    // at a time; the rows stay in order, a selected row keeps its member, and a change that
    // moves a member in the order moves its row.
    void sortedModel_pageJoinsInOneLayoutChange()
    {
        MembersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        MemberFilter filter;
        filter.setMembersModel(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(MembersModel::Name);
        QCOMPARE(model.sortColumn(), int(MembersModel::Name));
        const auto page = [](const QList<int> &numbers) {
            QList<Member> members;
            for (int n : numbers) {
                Member m;
                m.id = QString::number(n);
                m.name = QStringLiteral("Person %1").arg(n, 3, 10, QLatin1Char('0'));
                m.email = QStringLiteral("p%1@example.com").arg(n);
                m.orgRole = QStringLiteral("member");
                members.append(m);
            }
            return members;
        };
        model.appendMembers(page({50, 10, 30}));
        const QPersistentModelIndex selected = filter.index(1, 0); // Person 030
        QCOMPARE(filter.memberAt(selected)->id, QStringLiteral("30"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy shownInserted(&filter, &QAbstractItemModel::rowsInserted);
        model.appendMembers(page({40, 20, 60, 5, 35}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(layouts.size(), 1);
        QVERIFY2(shownInserted.size() <= 1, "the filter placed rows one by one");
        QStringList names;
        for (const DirectoryMember *m : filter.visibleMembers())
            names.append(m->name);
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
        QCOMPARE(names.size(), 8);
        QVERIFY(selected.isValid());
        QCOMPARE(filter.memberAt(selected)->id, QStringLiteral("30"));
        QCOMPARE(model.rowOf(QStringLiteral("30")), 3); // 005, 010, 020, 030

        // Renamed to the end: the row moves there, still selected.
        DirectoryMember renamed = *model.memberById(QStringLiteral("30"));
        renamed.name = QStringLiteral("Person 999");
        model.updateMember(renamed);
        QCOMPARE(model.rowOf(QStringLiteral("30")), 7);
        QCOMPARE(filter.memberAt(selected)->id, QStringLiteral("30"));
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        renamed.name = QStringLiteral("Person 001"); // and up to the top, in one move
        model.updateMember(renamed);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("30")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("5")), 1);
        QCOMPARE(filter.memberAt(selected)->id, QStringLiteral("30"));
        renamed.name = QStringLiteral("Person 999");
        model.updateMember(renamed);
        QCOMPARE(model.rowOf(QStringLiteral("30")), 7);

        // Sorted by role, the order follows the names the organization gives its roles.
        DirectoryMember manager = *model.memberById(QStringLiteral("5"));
        manager.orgRole = QStringLiteral("manager");
        model.updateMember(manager);
        filter.sort(MembersModel::OrgRole);
        model.setRoleNames({{QStringLiteral("member"), QStringLiteral("Member")},
                            {QStringLiteral("manager"), QStringLiteral("Manager")}});
        QCOMPARE(model.rowOf(QStringLiteral("5")), 0); // Manager before Member
        model.setRoleNames({{QStringLiteral("member"), QStringLiteral("Member")},
                            {QStringLiteral("manager"), QStringLiteral("Zone lead")}});
        QCOMPARE(model.rowOf(QStringLiteral("5")), 7);

        // Descending, from the header.
        filter.sort(MembersModel::Name, Qt::DescendingOrder);
        QCOMPARE(filter.visibleMembers().first()->id, QStringLiteral("30"));
        QCOMPARE(filter.visibleMembers().last()->id, QStringLiteral("5"));
    }

    void pagination_edges_data()
    {
        QTest::addColumn<int>("listed");
        QTest::newRow("only the token holders") << 3;
        QTest::newRow("exactly 100") << 100;
        QTest::newRow("101") << 101;
        QTest::newRow("exactly 200") << 200;
    }
    void pagination_edges()
    {
        QFETCH(int, listed);
        m_sandbox = std::make_unique<Sandbox>(0, seedListing(listed));
        const int expected = listedInSandbox();
        QVERIFY(expected >= qMin(listed, 3));
        m_sandbox->api().clearReceived();
        QVERIFY(load());
        QCOMPARE(m_directory->members()->rowCount(), expected);
        int memberPages = 0;
        for (const sandbox::Request &r : m_sandbox->api().received())
            memberPages +=
                r.path.endsWith(QLatin1String("/members/")) && !r.path.contains("/teams/");
        QCOMPARE(memberPages, qMax(1, (expected + 99) / 100));
    }

    void tenThousandMembers()
    {
        m_sandbox = std::make_unique<Sandbox>(10000);
        QVERIFY(load());
        QCOMPARE(m_directory->members()->rowCount(), listedInSandbox());
        QVERIFY(listedInSandbox() > 9900);
    }

    void searchAndFilters_matchTheSeed()
    {
        m_sandbox = std::make_unique<Sandbox>(250);
        QVERIFY(load());
        MemberFilter filter;
        filter.setMembersModel(m_directory->members());
        auto countIn = [&](const std::function<bool(const sandbox::MemberRecord &)> &pred) {
            int n = 0;
            for (const sandbox::MemberRecord &m : m_sandbox->org().members)
                n += m.isApproved() && pred(m) ? 1 : 0;
            return n;
        };
        MemberCriteria c;
        c.text = QStringLiteral("  ADA.LOVELACE@example.com ");
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.memberAt(filter.index(0, 0))->email,
                 QStringLiteral("ada.lovelace@example.com"));

        c = {};
        c.orgRole = QStringLiteral("manager");
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), countIn([](const auto &m) { return m.role == "manager"; }));

        c = {};
        c.status = MemberCriteria::StatusFilter::Pending;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), countIn([](const auto &m) { return m.isPending(); }));
        QVERIFY(filter.rowCount() > 0);
        c.status = MemberCriteria::StatusFilter::Expired;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(),
                 countIn([](const auto &m) { return m.isPending() && m.tokenExpired; }));
        QVERIFY(filter.rowCount() > 0);
        c.status = MemberCriteria::StatusFilter::Invited;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(),
                 countIn([](const auto &m) { return m.isPending() && !m.tokenExpired; }));
        QVERIFY(filter.rowCount() > 0);

        c = {};
        c.twoFactor = MemberCriteria::Tri::No;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), countIn([&](const auto &m) {
                     const auto *u = m.userId ? m_sandbox->org().user(*m.userId) : nullptr;
                     return u && !u->has2fa;
                 }));

        c = {};
        c.idpManaged = MemberCriteria::Tri::Yes;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), countIn([](const auto &m) {
                     return m.flags.value("idp:provisioned") ||
                            m.flags.value("idp:role-restricted");
                 }));
        QVERIFY(filter.rowCount() > 0);

        c = {};
        c.hasExternalLinks = MemberCriteria::Tri::Yes;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), countIn([&](const auto &m) {
                     return m.userId && m_sandbox->org().hasExternalUsers(*m.userId);
                 }));
        QVERIFY(filter.rowCount() > 0);
        c.hasExternalLinks = MemberCriteria::Tri::No; // joined members only
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), countIn([&](const auto &m) {
                     return m.userId && !m_sandbox->org().hasExternalUsers(*m.userId);
                 }));
        QVERIFY(filter.rowCount() > 0);

        c = {};
        c.noTeam = true;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), countIn([](const auto &m) { return m.teams.isEmpty(); }));

        c = {};
        c.team = QStringLiteral("backend");
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), countIn([](const auto &m) {
                     return std::any_of(m.teams.cbegin(), m.teams.cend(),
                                        [](const auto &t) { return t.teamSlug == "backend"; });
                 }));
        // Search matches team slugs too.
        c = {};
        c.text = QStringLiteral("backend");
        filter.setCriteria(c);
        QVERIFY(filter.rowCount() > 0);

        // Sorting by a column orders the shown rows.
        filter.setCriteria({});
        filter.sort(MembersModel::Email, Qt::DescendingOrder);
        const auto shown = filter.visibleMembers();
        for (qsizetype i = 1; i < shown.size(); ++i)
            QVERIFY(shown.at(i - 1)->email.compare(shown.at(i)->email, Qt::CaseInsensitive) >= 0);
    }

    void export_readsBack()
    {
        m_sandbox = std::make_unique<Sandbox>(120);
        // A name a spreadsheet would run as a formula, with a comma and a quote.
        const qint64 userId = *m_sandbox->org().memberByUser(1000)->userId;
        for (sandbox::UserRecord &u : m_sandbox->org().users) {
            if (u.id == userId)
                u.name = QStringLiteral("=HYPERLINK(\"x\"), Ada");
        }
        QVERIFY(load());
        MemberFilter filter;
        filter.setMembersModel(m_directory->members());
        filter.sort(MembersModel::Name);
        const QList<const DirectoryMember *> shown = filter.visibleMembers();
        const QList<QStringList> rows =
            parseCsv(QString::fromUtf8(toCsv(*m_directory->members(), shown)));
        QCOMPARE(rows.size(), shown.size() + 1);
        QCOMPARE(rows.first().size(), int(MembersModel::ColumnCount));
        QCOMPARE(rows.first().at(MembersModel::Email), QStringLiteral("Email"));
        for (qsizetype i = 0; i < shown.size(); ++i) {
            QCOMPARE(rows.at(i + 1).size(), int(MembersModel::ColumnCount));
            QCOMPARE(rows.at(i + 1).at(MembersModel::Email), shown.at(i)->email);
            QCOMPARE(rows.at(i + 1).at(MembersModel::Teams),
                     m_directory->members()->text(*shown.at(i), MembersModel::Teams));
        }
        const auto ada = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList &r) {
            return r.value(MembersModel::Email) == QLatin1String("ada.lovelace@example.com");
        });
        QVERIFY(ada != rows.cend());
        QCOMPARE(ada->at(MembersModel::Name), QStringLiteral("'=HYPERLINK(\"x\"), Ada"));

        const QJsonArray json = QJsonDocument::fromJson(toJson(shown)).array();
        QCOMPARE(json.size(), shown.size());
        QCOMPARE(json.first()["id"].toString(), shown.first()->id);
        QCOMPARE(json.first()["orgRole"].toString(), shown.first()->orgRole);

        const Hygiene h = Hygiene::of(shown);
        QCOMPARE(h.members, int(shown.size()));
        QCOMPARE(h.pending,
                 int(std::count_if(shown.cbegin(), shown.cend(),
                                   [](const DirectoryMember *m) { return m->isPending(); })));
        QVERIFY2(h.summary().startsWith(QStringLiteral("%1 pending invitation").arg(h.pending)),
                 qPrintable(h.summary()));
        QVERIFY(!h.summary().contains(QLatin1String("members"))); // the count is said elsewhere
    }

    // Every "no" the app gives before sending is the answer Sentry gives when asked.
    void permissions_agreeWithSentry_data()
    {
        QTest::addColumn<QString>("as");
        QTest::newRow("owner") << QStringLiteral("owner");
        QTest::newRow("manager") << QStringLiteral("manager");
        QTest::newRow("member") << QStringLiteral("member");
    }
    void permissions_agreeWithSentry()
    {
        QFETCH(QString, as);
        m_sandbox = std::make_unique<Sandbox>(60);
        QVERIFY(load());
        const Caller caller = callerAs(as);
        auto client = m_sandbox->client(as);
        const int managers = m_directory->members()->joinedWithRole(caller.orgWriteRoles);
        int refusalsChecked = 0;
        for (const DirectoryMember &m : m_directory->members()->members()) {
            const Permission remove = canRemove(caller, m, managers);
            if (!remove.allowed && m.id != caller.memberId) {
                const DoneResult answer = await<DoneResult>(client->removeMember(m.id));
                QVERIFY2(!answer.ok(), qPrintable(m.email + QStringLiteral(" was removed")));
                QVERIFY2(remove.reason.startsWith(answer.error.message),
                         qPrintable(QStringLiteral("%1: app says \"%2\", Sentry \"%3\"")
                                        .arg(m.email, remove.reason, answer.error.message)));
                ++refusalsChecked;
            }
            const Permission edit = canEditRoles(caller, m);
            if (!edit.allowed && caller.hasScope(QStringLiteral("member:admin"))) {
                UpdateMemberRoles update;
                update.memberId = m.id;
                update.orgRole = QStringLiteral("member");
                update.teamRoles = m.teams;
                const MemberResult answer = await<MemberResult>(client->updateMemberRoles(update));
                QVERIFY2(!answer.ok() || m.orgRole == QLatin1String("member"), qPrintable(m.email));
                ++refusalsChecked;
            }
        }
        QVERIFY(refusalsChecked > 0 || as == QLatin1String("owner"));
    }

    void permissions_integrationToken()
    {
        m_sandbox = std::make_unique<Sandbox>(40);
        QVERIFY(load());
        const Caller caller = callerAs(QStringLiteral("integration"));
        QVERIFY(caller.integration);
        const DirectoryMember &someone = m_directory->members()->member(5);
        const Permission edit = canEditRoles(caller, someone);
        QVERIFY(!edit.allowed);
        QVERIFY(edit.reason.contains(QLatin1String("integration token")));
        const auto pending = std::find_if(m_directory->members()->members().cbegin(),
                                          m_directory->members()->members().cend(),
                                          [](const DirectoryMember &m) { return m.isPending(); });
        QVERIFY(pending != m_directory->members()->members().cend());
        const Permission link = canLinkExternal(caller, *pending);
        QVERIFY(!link.allowed);
        QVERIFY(link.reason.contains(pending->email));
        // Its proxy user is no member: Sentry refuses every removal, an invitation's too
        // (organization_member_details.py delete(): ERR_INSUFFICIENT_ROLE with no acting
        // member).
        const Permission remove = canRemove(caller, *pending, 2);
        QVERIFY(!remove.allowed);
        auto client = m_sandbox->client(QStringLiteral("integration"));
        const DoneResult answer = await<DoneResult>(client->removeMember(pending->id));
        QCOMPARE(answer.httpStatus, 400);
        QVERIFY2(remove.reason.startsWith(answer.error.message), qPrintable(remove.reason));
        QVERIFY(m_sandbox->org().member(pending->id.toLongLong()));
    }

    // The last member who can manage the organization (owner or manager) stays, whichever
    // of the two roles it has (test_cannot_delete_only_owner_or_manager).
    void permissions_lastOwnerOrManagerStays()
    {
        m_sandbox = std::make_unique<Sandbox>(40);
        const auto memberOf = [&](const char *label) {
            for (const sandbox::TokenRecord &t : m_sandbox->org().tokens) {
                if (t.label == QLatin1String(label))
                    return m_sandbox->org().memberByUser(*t.userId);
            }
            return static_cast<sandbox::MemberRecord *>(nullptr);
        };
        const qint64 ownerId = found(memberOf("owner"), "the owner token's member")->id;
        const qint64 managerId = found(memberOf("manager"), "the manager token's member")->id;
        // Nobody else may manage the organization.
        for (sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.id != ownerId && m.id != managerId &&
                (m.role == QLatin1String("owner") || m.role == QLatin1String("manager")))
                m.role = QStringLiteral("member");
        }
        QVERIFY(load());
        const Caller caller = callerAs(QStringLiteral("owner"));
        const DirectoryMember *manager =
            m_directory->members()->memberById(QString::number(managerId));
        QVERIFY(manager);
        const int managers = m_directory->members()->joinedWithRole(caller.orgWriteRoles);
        QCOMPARE(managers, 2);
        QVERIFY(canRemove(caller, *manager, managers).allowed);
        // With the owner no longer one, the manager is the last: the app says what Sentry says.
        m_sandbox->org().member(ownerId)->role = QStringLiteral("member");
        const sandbox::Response answer =
            m_sandbox->call("DELETE", QStringLiteral("members/me/"), {}, QStringLiteral("manager"));
        QCOMPARE(answer.status, 403);
        const Permission last = canRemove(caller, *manager, 1);
        QVERIFY(!last.allowed);
        QCOMPARE(last.reason,
                 QJsonDocument::fromJson(answer.body).object().value("detail").toString());
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
