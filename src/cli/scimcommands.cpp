// SPDX-License-Identifier: MIT
// scim list, provision and deprovision: what an identity provider does, by hand. Needs SCIM
// enabled on the organization's SAML2 provider and a token that may use it (notes §3.5);
// Sentry's 403 says so otherwise.
#include "cli/cliapp.h"
#include "cli/records.h"

namespace sm::cli {

namespace {
// SCIM pages hold at most 100 users (ServiceProviderConfig's filter.maxResults).
constexpr int scimPage = 100;
} // namespace

void CliApp::listScimUsers(int startIndex)
{
    // SCIM pages by startIndex and count in the body; there is no Link header.
    ScimUserPageJob *job = m_session.client()->listScimUsers(startIndex, scimPage);
    QObject::connect(
        job, &ScimUserPageJob::finished, this, [this, startIndex](const ScimUserPageResult &r) {
            if (failedRead(r.error))
                return;
            for (const ScimUser &user : r.value.users)
                m_scimUsers.append(scimRecord(user));
            const int next = startIndex + int(r.value.users.size());
            m_progress->show(
                tr("%1 of %2 SCIM users read").arg(m_scimUsers.size()).arg(r.value.totalResults));
            if (!r.value.users.isEmpty() && next <= r.value.totalResults) {
                listScimUsers(next);
                return;
            }
            m_progress->clear();
            printRecords(m_scimUsers);
            done(Exit::Ok);
        });
}

void CliApp::provisionScimUser()
{
    ProvisionScimUser provision;
    provision.userName = m_call.operand;
    provision.sentryOrgRole = m_call.role;
    runOperation(ops::Operation(provision, provision.userName));
}

void CliApp::deprovisionScimUser()
{
    // SCIM's own filter finds the user by address; its id is the member's.
    ScimUserPageJob *job = m_session.client()->listScimUsers(1, scimPage, m_call.operand);
    QObject::connect(job, &ScimUserPageJob::finished, this, [this](const ScimUserPageResult &r) {
        if (failedRead(r.error))
            return;
        const auto match =
            std::find_if(r.value.users.cbegin(), r.value.users.cend(), [&](const ScimUser &u) {
                return u.userName.compare(m_call.operand, Qt::CaseInsensitive) == 0;
            });
        if (match == r.value.users.cend()) {
            fail(Exit::NotFound,
                 tr("SCIM manages no member %1 in this organization.").arg(m_call.operand));
            return;
        }
        const ops::Operation removal(ops::DeprovisionScimUser{match->id}, match->userName);
        if (!m_call.dryRun && !m_call.yes &&
            !confirmed(tr("Remove %1 from the organization %2 for good, as the identity "
                          "provider would?")
                           .arg(match->userName, m_session.settings().organization)))
            return;
        runOperation(removal);
    });
}

} // namespace sm::cli
