// SPDX-License-Identifier: MIT
// The commands that only read: members list and show, teams list.
#include "cli/cliapp.h"
#include "cli/records.h"

#include "api/memberstream.h"
#include "directory/directorymember.h"

#include <algorithm>

namespace sm::cli {

void CliApp::listMembers()
{
    m_writer = std::make_unique<RowWriter>(m_call.format, m_call.fields, stdout, m_terminal.color);
    m_teamsKnown = !m_call.needsTeams();
    if (!m_teamsKnown)
        readTeams();
    streamMembers(
        [this](const QList<Member> &page) {
            if (m_teamsKnown)
                printMemberPage(page);
            else
                m_heldPages.append(page);
        },
        [this] {
            m_listRead = true;
            finishMemberList();
        });
}

void CliApp::printMemberPage(const QList<Member> &page)
{
    QList<QJsonObject> records;
    records.reserve(page.size());
    for (Member member : page) {
        if (const auto teams = m_teamsByMember.constFind(member.id);
            teams != m_teamsByMember.cend())
            member.teamRoles = *teams;
        if (m_call.criteria.accepts(directory::DirectoryMember::from(member)))
            records.append(memberRecord(member));
    }
    m_writer->write(records);
}

void CliApp::finishMemberList()
{
    if (m_finished || !m_teamsKnown || !m_listRead)
        return;
    m_writer->finish();
    done(Exit::Ok);
}

void CliApp::readTeams()
{
    TeamListJob *teams = m_session.client()->listTeams();
    QObject::connect(teams, &TeamListJob::finished, this, [this](const TeamListResult &result) {
        if (failedRead(result.error))
            return;
        // Every team's list at once: the pacer decides when each page goes, within Sentry's
        // limits, sharing the connections with the member pages.
        for (const Team &team : result.value) {
            ++m_teamListsRunning;
            TeamMemberListJob *job = m_session.client()->listTeamMembers(team.slug);
            QObject::connect(
                job, &TeamMemberListJob::finished, this,
                [this, slug = team.slug](const TeamMemberListResult &r) {
                    --m_teamListsRunning;
                    if (m_finished || failedRead(r.error))
                        return;
                    for (const TeamMember &member : r.value)
                        m_teamsByMember[member.memberId].append({slug, member.teamRole});
                    teamsRead();
                });
        }
        teamsRead();
    });
}

void CliApp::teamsRead()
{
    if (m_teamListsRunning > 0 || m_finished)
        return;
    m_teamsKnown = true;
    const QList<QList<Member>> held = std::exchange(m_heldPages, {});
    for (const QList<Member> &page : held)
        printMemberPage(page);
    finishMemberList();
}

void CliApp::streamMembers(const std::function<void(const QList<Member> &)> &page,
                           const std::function<void()> &finished)
{
    auto *stream = new MemberStream(m_session.client(), m_call.query);
    m_stream = stream;
    auto count = std::make_shared<qsizetype>(0);
    QObject::connect(stream, &MemberStream::pageReceived, this,
                     [this, page, count](const QList<Member> &members) {
                         if (m_finished)
                             return;
                         *count += members.size();
                         // Rows and progress may share the terminal: rows first, on a clean
                         // line, then the count under them.
                         m_progress->clear();
                         page(members);
                         m_progress->show(tr("Members read: %1").arg(*count));
                     });
    QObject::connect(stream, &MemberStream::finished, this,
                     [this, finished](const MemberListResult &result) {
                         m_progress->clear();
                         if (m_finished)
                             return;
                         // Cancelled here once what was looked for was found.
                         const bool stoppedHere =
                             result.error.kind == ApiError::Kind::Cancelled && !m_interrupted;
                         // Rows already printed stay printed; json prints nothing.
                         if (!stoppedHere && failedRead(result.error))
                             return;
                         finished();
                     });
}

void CliApp::findMember(const QString &ref, const MemberThen &then)
{
    // Sentry's list search finds the member by address or id (with their links).
    const bool byId = !ref.isEmpty() &&
                      std::all_of(ref.cbegin(), ref.cend(), [](QChar c) { return c.isDigit(); });
    const QString query = (byId ? QStringLiteral("id:") : QStringLiteral("email:")) + ref;
    MemberListJob *job = m_session.client()->listMembers(query, true);
    QObject::connect(
        job, &MemberListJob::finished, this, [this, ref, byId, then](const MemberListResult &r) {
            if (failedRead(r.error))
                return;
            const auto match = std::find_if(r.value.cbegin(), r.value.cend(), [&](const Member &m) {
                return byId ? m.id == ref : m.email.compare(ref, Qt::CaseInsensitive) == 0;
            });
            if (match == r.value.cend()) {
                fail(Exit::NotFound, tr("The organization has no member %1.").arg(ref));
                return;
            }
            then(*match);
        });
}

void CliApp::readMember(const Member &listed, const MemberThen &then)
{
    // The detail has the teams; only the list expands the links.
    MemberJob *job = m_session.client()->getMember(listed.id);
    QObject::connect(job, &MemberJob::finished, this, [this, listed, then](const MemberResult &r) {
        if (failedRead(r.error))
            return;
        Member member = r.value;
        member.externalUsers = listed.externalUsers;
        then(member);
    });
}

void CliApp::showMember()
{
    findMember(m_call.operand, [this](const Member &listed) {
        readMember(listed, [this](const Member &member) { printMember(member); });
    });
}

void CliApp::printMember(const Member &member)
{
    const QJsonObject record = memberRecord(member);
    if (m_call.format == Format::Json) { // one member: an object, not an array
        QJsonObject only;
        for (const QString &field : std::as_const(m_call.fields))
            only.insert(field, record.value(field));
        printObject(only);
    } else {
        printRecords({record});
    }
    done(Exit::Ok);
}

void CliApp::listTeams()
{
    TeamListJob *job = m_session.client()->listTeams();
    QObject::connect(job, &TeamListJob::finished, this, [this](const TeamListResult &r) {
        if (failedRead(r.error))
            return;
        QList<QJsonObject> records;
        for (const Team &team : r.value)
            records.append(teamRecord(team));
        printRecords(records);
        done(Exit::Ok);
    });
}

} // namespace sm::cli
