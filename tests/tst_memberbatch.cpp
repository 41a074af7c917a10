// SPDX-License-Identifier: MIT
// Pages gathered into a batch while the list arrives, then joining the table at once: the
// rows end in order and findable, whatever came twice, whatever the sort did meanwhile.
#include "directory/membersmodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace sm;
using namespace sm::directory;

namespace {

QList<Member> randomPage(QRandomGenerator &random, int size)
{
    QList<Member> page;
    for (int i = 0; i < size; ++i) {
        Member m;
        // Ids repeat within and across pages; names repeat, so ids break ties.
        m.id = QString::number(random.bounded(600));
        m.name = QStringLiteral("P%1").arg(random.bounded(200));
        m.email = QStringLiteral("%1-%2@example.com").arg(m.id).arg(random.bounded(5));
        m.orgRole = random.bounded(4) == 0 ? QStringLiteral("manager") : QStringLiteral("member");
        page.append(m);
    }
    return page;
}

void verifyInOrder(const MembersModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const DirectoryMember &m = model.member(row);
        QCOMPARE(model.rowOf(m.id), row);
        if (row > 0) {
            QVERIFY2(
                model.lessThan(model.member(row - 1), m, model.sortColumn()) ==
                    (model.sortOrder() == Qt::AscendingOrder),
                qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(row - 1).arg(row)));
        }
    }
}

} // namespace

class TestMemberBatch : public QObject
{
    Q_OBJECT

private slots:
    void batchJoinsInOrderAsPagesOneByOneWould_data()
    {
        QTest::addColumn<bool>("sortChangesMeanwhile");
        QTest::newRow("same sort") << false;
        QTest::newRow("sort changed while the batch waits") << true;
    }

    void batchJoinsInOrderAsPagesOneByOneWould()
    {
        QFETCH(bool, sortChangesMeanwhile);
        MembersModel batched;
        QAbstractItemModelTester tester(&batched,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        MembersModel oneByOne;
        batched.sort(MembersModel::Name);
        oneByOne.sort(MembersModel::Name);
        QRandomGenerator random(20261203);
        for (int round = 0; round < 4; ++round) {
            MemberBatch batch;
            QList<QList<Member>> pages;
            for (int i = 0; i < 12; ++i) {
                pages.append(randomPage(random, 40));
                batched.addToBatch(&batch, pages.last());
                if (sortChangesMeanwhile && i == 7) {
                    const Qt::SortOrder order =
                        round % 2 ? Qt::AscendingOrder : Qt::DescendingOrder;
                    batched.sort(MembersModel::Email, order);
                    oneByOne.sort(MembersModel::Email, order);
                }
            }
            const int before = batched.rowCount();
            QVERIFY(!batch.isEmpty());
            QCOMPARE(batched.rowCount(), before); // nothing shown before the batch joins
            QSignalSpy inserted(&batched, &QAbstractItemModel::rowsInserted);
            batched.appendBatch(std::move(batch));
            QVERIFY(inserted.size() <= 1);
            for (const QList<Member> &page : std::as_const(pages))
                oneByOne.appendMembers(page);

            verifyInOrder(batched);
            QCOMPARE(batched.rowCount(), oneByOne.rowCount());
            for (int row = 0; row < batched.rowCount(); ++row) {
                QCOMPARE(batched.member(row).id, oneByOne.member(row).id);
                QCOMPARE(batched.member(row).email, oneByOne.member(row).email);
            }
        }
        QVERIFY(batched.rowCount() > 450);
    }

    // A listed member in a batch is updated in place, and keeps the teams its team lists
    // gave it (the member list's answer has none).
    void listedMemberInABatchKeepsItsTeams()
    {
        MembersModel model;
        model.sort(MembersModel::Name);
        Member ada;
        ada.id = QStringLiteral("1");
        ada.name = QStringLiteral("Ada");
        ada.email = QStringLiteral("ada@example.com");
        ada.orgRole = QStringLiteral("member");
        model.appendMembers({ada});
        model.setTeamMembers(QStringLiteral("backend"),
                             {TeamMember{QStringLiteral("1"), QStringLiteral("backend"), {}}});

        Member renamed = ada;
        renamed.name = QStringLiteral("Zoe");
        Member bob = ada;
        bob.id = QStringLiteral("2");
        bob.name = QStringLiteral("Bob");
        MemberBatch batch;
        model.addToBatch(&batch, {renamed, bob});
        model.appendBatch(std::move(batch));

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.member(0).name, QStringLiteral("Bob"));
        QCOMPARE(model.member(1).name, QStringLiteral("Zoe"));
        QCOMPARE(model.member(1).teams.size(), 1);
        QCOMPARE(model.member(1).teams.at(0).teamSlug, QStringLiteral("backend"));
        QVERIFY(model.member(1).searchText.contains(QStringLiteral("backend")));
    }
};

QTEST_GUILESS_MAIN(TestMemberBatch)
#include "tst_memberbatch.moc"
