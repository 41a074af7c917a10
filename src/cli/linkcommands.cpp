// SPDX-License-Identifier: MIT
// external-users list, create, update and delete: a member's accounts on GitHub, GitLab,
// Slack, MS Teams and the like, which Sentry uses for code owners and notifications. Sentry
// has no read of one link: links come with the member list (expand=externalUsers).
#include "cli/cliapp.h"
#include "cli/records.h"

#include "api/memberstream.h"
#include "directory/directorymember.h"
#include "directory/memberpermissions.h"

#include <algorithm>

namespace sm::cli {

void CliApp::listLinks()
{
    const auto linksOf = [](const QList<Member> &members) {
        QList<QJsonObject> records;
        for (const Member &member : members) {
            for (const ExternalUser &link : member.externalUsers)
                records.append(linkRecord(member, link));
        }
        return records;
    };
    if (!m_call.member.isEmpty()) {
        findMember(m_call.member, [this, linksOf](const Member &member) {
            printRecords(linksOf({member}));
            done(Exit::Ok);
        });
        return;
    }
    m_writer = std::make_unique<RowWriter>(m_call.format, m_call.fields, stdout, m_terminal.color);
    streamMembers([this, linksOf](const QList<Member> &page) { m_writer->write(linksOf(page)); },
                  [this] {
                      m_writer->finish();
                      done(Exit::Ok);
                  });
}

void CliApp::findIntegration(const QString &provider,
                             const std::function<void(const Integration &)> &then)
{
    IntegrationListJob *job = m_session.client()->listIntegrations(provider);
    QObject::connect(
        job, &IntegrationListJob::finished, this,
        [this, provider, then](const IntegrationListResult &r) {
            if (failedRead(r.error))
                return;
            const QString &wanted = m_call.integration;
            const auto match =
                std::find_if(r.value.cbegin(), r.value.cend(), [&](const Integration &i) {
                    return i.id == wanted || i.name.compare(wanted, Qt::CaseInsensitive) == 0;
                });
            if (match != r.value.cend()) {
                then(*match);
                return;
            }
            QStringList names;
            for (const Integration &integration : r.value)
                names.append(QStringLiteral("%1 (%2)").arg(integration.name, integration.id));
            fail(Exit::NotFound, names.isEmpty()
                                     ? tr("The organization has no %1 integration.").arg(provider)
                                     : tr("The organization has no %1 integration %2. It has: %3.")
                                           .arg(provider, wanted, names.join(QLatin1String(", "))));
        });
}

void CliApp::createLink()
{
    findMember(m_call.member, [this](const Member &member) {
        if (member.userId.isEmpty()) {
            fail(Exit::InvalidInput, tr("%1 has not joined yet: only a member with an account "
                                        "can be linked.")
                                         .arg(member.email));
            return;
        }
        if (!permitted(
                directory::canLinkExternal(caller(), directory::DirectoryMember::from(member))))
            return;
        findIntegration(m_call.provider, [this, member](const Integration &integration) {
            ops::CreateLink create;
            create.link.userId = member.userId;
            create.link.provider = m_call.provider;
            create.link.integrationId = integration.id;
            create.link.externalName = m_call.externalName;
            create.link.externalId = m_call.externalId.value_or(QString());
            runOperation(ops::Operation(create, member.email));
        });
    });
}

void CliApp::findLink(const QString &within,
                      const std::function<void(const Member &, const ExternalUser &)> &then)
{
    const auto search =
        [this](const QList<Member> &members) -> std::optional<std::pair<Member, ExternalUser>> {
        for (const Member &member : members) {
            for (const ExternalUser &link : member.externalUsers) {
                if (link.id == m_call.operand)
                    return std::pair{member, link};
            }
        }
        return std::nullopt;
    };
    const auto notFound = [this, within] {
        fail(Exit::NotFound,
             within.isEmpty() ? tr("The organization has no linked account %1.").arg(m_call.operand)
                              : tr("%1 has no linked account %2.").arg(within, m_call.operand));
    };
    if (!within.isEmpty()) {
        findMember(within, [search, notFound, then](const Member &member) {
            if (const auto found = search({member}))
                then(found->first, found->second);
            else
                notFound();
        });
        return;
    }
    // Whose link it is shows only in the member list: read it until the link appears.
    auto found = std::make_shared<std::optional<std::pair<Member, ExternalUser>>>();
    streamMembers(
        [this, search, found](const QList<Member> &page) {
            if (found->has_value())
                return;
            *found = search(page);
            if (found->has_value() && m_stream)
                m_stream->cancel();
        },
        [found, notFound, then] {
            if (found->has_value())
                then((*found)->first, (*found)->second);
            else
                notFound();
        });
}

void CliApp::updateLink()
{
    // --member here is whom the account belongs to from now on (a relink), as the app's link
    // form lets the user be changed: the link itself is found among everyone's.
    findLink({}, [this](const Member &owner, const ExternalUser &current) {
        ExternalUserLink link;
        link.id = current.id;
        link.userId = owner.userId;
        link.provider = m_call.provider.isEmpty() ? current.provider : m_call.provider;
        link.externalName =
            m_call.externalName.isEmpty() ? current.externalName : m_call.externalName;
        link.externalId = m_call.externalId.value_or(current.externalId);
        link.integrationId = current.integrationId;
        const auto withIntegration = [this](const ExternalUserLink &changed,
                                            const QString &target) {
            const auto send = [this, target](const ExternalUserLink &ready) {
                runOperation(ops::Operation(ops::UpdateLink{ready}, target));
            };
            if (m_call.integration.isEmpty()) {
                send(changed);
                return;
            }
            findIntegration(changed.provider, [changed, send](const Integration &integration) {
                ExternalUserLink withId = changed;
                withId.integrationId = integration.id;
                send(withId);
            });
        };
        if (m_call.member.isEmpty()) {
            withIntegration(link, owner.email);
            return;
        }
        findMember(m_call.member, [this, link, withIntegration](const Member &member) {
            if (member.userId.isEmpty()) {
                fail(Exit::InvalidInput, tr("%1 has not joined yet: only a member with an "
                                            "account can be linked.")
                                             .arg(member.email));
                return;
            }
            ExternalUserLink relinked = link;
            relinked.userId = member.userId;
            withIntegration(relinked, member.email);
        });
    });
}

void CliApp::deleteLink()
{
    // --member only narrows the search to that member's links.
    findLink(m_call.member, [this](const Member &member, const ExternalUser &link) {
        runOperation(ops::Operation(ops::DeleteLink{link.id, member.userId}, member.email));
    });
}

} // namespace sm::cli
