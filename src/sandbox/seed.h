// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/organization.h"

#include <QJsonObject>

#include <optional>

// Seed files describe an organization in JSON (the format `--dump-seed` writes). The
// built-in demo organization is generated as such a seed, so a dumped demo is a good
// starting point for a custom one.
namespace sm::sandbox {

// A demo organization with `memberCount` members (at least 10): owners, managers, billing,
// members, pending and expired invites, invite requests, SCIM-provisioned members, eight
// teams, GitHub, GitLab and Slack integrations and some external-user links.
QJsonObject demoSeed(int memberCount = 250);

// Builds an organization from a seed. Tokens missing from the seed are generated. Returns
// nullopt and sets `error` for a seed that is not usable.
std::optional<Organization> organizationFromSeed(const QJsonObject &seed, QString *error);

} // namespace sm::sandbox
