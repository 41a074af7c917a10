# SPDX-License-Identifier: MIT
"""The tasks a screen reader user completes, each with its outcome heard from the tree and
checked against what the sandbox received. Run by screenreader_test.py inside its session."""

import time
import traceback

import pyatspi

from atspi import (Timeout, activate, children, choose, do_action, dump, find, focus,
                   is_showing, key, press, set_secret, set_text, states, tab_to, text_of,
                   wait_for, walk)


class App:
    def __init__(self, harness):
        self.harness = harness

        def application():
            # The process the harness started last: after a kill, never the one that died.
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                try:
                    if (app is not None and app.name == "sentry-members"
                            and app.get_process_id() == harness.app_process.pid):
                        return app
                except Exception:  # an application leaving the bus
                    continue
            return None
        self.node = wait_for(application, "the app on the accessibility bus", 30)
        self.frame = wait_for(lambda: next((w for w in self.windows()
                                            if w.getRoleName() == "frame"), None),
                              "the main window", 30)
        self.status_bar = find(self.frame, "status bar", "")
        activate(self.frame, self.status_bar)

    def focus(self, node):
        """Keyboard focus on `node`, the main window brought forward first if it is not."""
        focus(node, self.frame, self.status_bar)

    def windows(self):
        return [self.node.getChildAtIndex(i) for i in range(self.node.childCount)
                if self.node.getChildAtIndex(i) is not None]

    def open_task(self, name):
        # The action runs before the call returns: the task's page is showing afterwards.
        press(find(self.frame, "page tab", "Tasks"))
        press(find(self.frame, "page tab", name))

    def dialog(self, title, timeout=20):
        def probe():
            for window in self.windows():
                if window.getRoleName() in ("dialog", "alert") and window.name == title:
                    return window
            return None
        return wait_for(probe, f'a dialog "{title}"', timeout)

    def open_dialogs(self):
        return [w for w in self.windows() if w.getRoleName() in ("dialog", "alert")]


def hear(dialog):
    """What a screen reader reads of a dialog: its role, title, description and labels."""
    labels = [n.name for n in walk(dialog) if n.getRoleName() == "label" and n.name]
    heard = {"role": dialog.getRoleName(), "title": dialog.name,
             "description": dialog.description, "labels": labels}
    print(f"    heard: {heard['role']} \"{heard['title']}\": {heard['description']!r}")
    return heard


def close(app, dialog):
    press(find(dialog, "push button", "Close"))
    wait_for(lambda: dialog not in app.open_dialogs() and not any(
        d.name == dialog.name for d in app.open_dialogs()), "the dialog to close")


def expect_message(heard, sentence, role):
    assert heard["role"] == role, f"a {heard['role']}, expected a {role}"
    assert heard["description"].startswith(sentence), \
        f"description {heard['description']!r} does not start with {sentence!r}"
    assert any(label.startswith(sentence) for label in heard["labels"]), \
        f"no label reads {sentence!r}: {heard['labels']}"


def sent(harness, before, method, path_end):
    """Requests the sandbox received since `before` (a journal length) for method and path."""
    return [e for e in harness.journal()[before:]
            if e["method"] == method and e["path"].endswith(path_end)]


def choose_from_keyboard(app, start, label, entry):
    """From `start`, Tab to the combo box labelled `label` and arrow to `entry`."""
    app.focus(start)
    combo = find(app.frame, "combo box", label)
    tab_to(combo)
    choose(combo, entry)
    return combo


def submit(app, h, button, title):
    """Presses `button` and returns the dialog titled `title` and the journal mark before."""
    before = len(h.journal())
    press(find(app.frame, "push button", button))
    return app.dialog(title), before


# --- the scenarios ---

def connection_label(app, ending):
    bar = find(app.frame, "status bar", "")
    label = wait_for(lambda: next((n for n in walk(bar) if n.getRoleName() == "label"
                                   and n.name.endswith(ending)), None), f'status "…{ending}"')
    print(f"    heard: status bar: {label.name!r}: {label.description!r}")
    return label


def status_bar(app, h, data):
    expected = f"{h.server['url'].split('//')[1]} · {h.server['org']} · {data['me']['name']} (Owner)"
    assert connection_label(app, expected).name == expected


def directory_refusal_heard(app, h, data):
    """The members view lists the organization; a row action the caller cannot take is
    announced unavailable, with the reason as its description, before anything is sent."""
    press(find(app.frame, "page tab", "Members"))
    search = find(app.frame, "text", "Search:")
    set_text(search, data["me"]["email"])
    table = find(app.frame, "table", "Members")
    wait_for(lambda: table.queryTable().nRows == 1, "the search to leave one row")
    before = len(h.journal())
    table.queryTable().addRowSelection(0)
    remove = find(app.frame, "push button", "Remove…")
    wait_for(lambda: "enabled" not in states(remove), "Remove to be unavailable")
    reason = remove.description
    print(f"    heard: Remove…, unavailable: {reason!r}")
    assert reason.startswith("This is you."), reason
    edit = find(app.frame, "push button", "Edit roles…")
    assert "enabled" in states(edit), "Edit roles stays available for yourself"
    assert len(h.journal()) == before, "selecting a row sent a request"
    set_text(search, "")


def invite_success(app, h, data):
    app.open_task("Invite member")
    email = find(app.frame, "text", "Email:")
    set_text(email, "ada.screenreader@example.com")
    role = choose_from_keyboard(app, email, "Organization role:", "Manager")
    # The popup's entries carry their state: the retired Admin role is announced unavailable.
    entries = next(c for c in children(role) if c.getRoleName() == "list")
    availability = {e.name: "enabled" in states(e) for e in children(entries)}
    assert availability.get("Manager") is True, availability
    assert availability.get("Admin (retired: give team roles instead)") is False, availability
    backend = find(app.frame, "check box", "Backend (backend)")
    do_action(backend, "Toggle", "Press")
    wait_for(lambda: "checked" in states(backend), "Backend to be ticked")
    dialog, before = submit(app, h, "Invite", "Invite member: done")
    expect_message(hear(dialog), "Invitation sent to ada.screenreader@example.com as Manager; "
                   "teams: backend (Contributor).", "dialog")
    close(app, dialog)
    posts = sent(h, before, "POST", "/members/")
    assert len(posts) == 1, f"{len(posts)} invitations sent"
    body = posts[0]["body"]
    assert body["email"] == "ada.screenreader@example.com" and body["orgRole"] == "manager", body
    assert [t["teamSlug"] for t in body["teamRoles"]] == ["backend"], body
    assert posts[0]["status"] == 201, posts[0]
    # The next invitation starts from the defaults.
    wait_for(lambda: role.name == "Member", "the role to return to Member")
    assert "checked" not in states(backend), "Backend stayed ticked after the invitation"
    assert text_of(email) == "", "the address stayed"


def invite_failure(app, h, data):
    app.open_task("Invite member")
    email = find(app.frame, "text", "Email:")
    set_text(email, data["existing"]["email"])
    dialog, before = submit(app, h, "Invite", "Invite member failed")
    message = f"The user {data['existing']['email']} is already a member"
    expect_message(hear(dialog), message, "alert")
    close(app, dialog)
    assert len(sent(h, before, "POST", "/members/")) == 1
    # The field says it too, and keeps what was typed.
    assert email.description == message, f"field description {email.description!r}"
    assert text_of(email) == data["existing"]["email"]


def load_member(app, email):
    app.open_task("Edit member roles")
    field = find(app.frame, "text", "Member:")
    set_text(field, email)
    press(find(app.frame, "push button", "Load"))
    wait_for(lambda: any(email in n.name for n in walk(app.frame) if n.getRoleName() == "label"),
             f"{email} to load")
    return field


def edit_org_role(app, h, data):
    target = data["promote"]
    field = load_member(app, target["email"])
    choose_from_keyboard(app, field, "Organization role:", "Manager")
    dialog, before = submit(app, h, "Save changes", "Edit member roles: done")
    expect_message(hear(dialog), f"{target['name']} is now Manager; teams:", "dialog")
    close(app, dialog)
    puts = sent(h, before, "PUT", f"/members/{target['id']}/")
    assert len(puts) == 1 and puts[0]["status"] == 200, puts
    body = puts[0]["body"]
    assert body["orgRole"] == "manager", body
    # Sentry replaces a member's teams with the list sent: all of them go along.
    assert sorted(t["teamSlug"] for t in body["teamRoles"]) == \
        sorted(t["teamSlug"] for t in target["teamRoles"]), body


def table_shows_the_role_change(app, h, data):
    """After Edit roles, the members table says the new role at once, without reading the
    list again."""
    target = data["promote"]
    before = len(h.journal())
    press(find(app.frame, "page tab", "Members"))
    search = find(app.frame, "text", "Search:")
    set_text(search, target["email"])
    table = find(app.frame, "table", "Members")
    wait_for(lambda: table.queryTable().nRows == 1, "the search to leave one row")
    role = table.queryTable().getAccessibleAt(0, 2)
    print(f"    heard: {role.name!r}")
    assert role.name == "Manager", f"the table says {role.name!r}"
    assert not sent(h, before, "GET", "/members/"), "the member list was read again"
    set_text(search, "")


def select_row(app, email, action):
    """Searches the members view for `email`, selects its one row and waits for the button
    `action` to be enabled: the search box, the table and the button."""
    press(find(app.frame, "page tab", "Members"))
    search = find(app.frame, "text", "Search:")
    set_text(search, email)
    table = find(app.frame, "table", "Members")
    wait_for(lambda: table.queryTable().nRows == 1, "the search to leave one row")
    assert table.queryTable().addRowSelection(0), "the row could not be selected"
    button = find(app.frame, "push button", action)
    wait_for(lambda: "enabled" in states(button), f"{action} to be enabled for the row")
    return search, table, button


def row_removal_leaves_the_table(app, h, data):
    """Remove from a member's row, as a screen reader user does: select the row, press
    Remove…, confirm. The result is heard and the row leaves the table at once, without
    reading the list again."""
    target = data["remove"]
    search, table, remove = select_row(app, target["email"], "Remove…")
    before = len(h.journal())
    press(remove)
    confirm = app.dialog("Remove member")
    heard = hear(confirm)
    assert any(target["email"] in label for label in heard["labels"]), heard["labels"]
    press(find(confirm, "push button", "Remove"))
    dialog = app.dialog("Member removed")
    heard = hear(dialog)
    assert "is no longer a member of" in heard["description"], heard["description"]
    close(app, dialog)
    wait_for(lambda: table.queryTable().nRows == 0, "the row to leave the table")
    deletes = sent(h, before, "DELETE", f"/members/{target['id']}/")
    assert len(deletes) == 1 and deletes[0]["status"] == 204, deletes
    assert not sent(h, before, "GET", "/members/"), "the member list was read again"
    set_text(search, "")


def change_team_role(app, h, data):
    target = data["team_admin"]
    load_member(app, target["email"])
    slug = target["teamRoles"][0]["teamSlug"]
    team = find(app.frame, "check box", f"({slug})", exact=False)
    assert "checked" in states(team), f"{slug} is not shown ticked"
    team_role = find(app.frame, "combo box", f"Team role in {slug}:")
    app.focus(team)
    tab_to(team_role, limit=2)
    choose(team_role, "Team Admin")
    dialog, before = submit(app, h, "Save changes", "Edit member roles: done")
    heard = hear(dialog)
    expect_message(heard, f"{target['name']} stays Member; teams:", "dialog")
    assert f"{slug} (Team Admin)" in heard["description"], heard["description"]
    close(app, dialog)
    puts = sent(h, before, "PUT", f"/members/{target['id']}/")
    assert len(puts) == 1 and puts[0]["status"] == 200, puts
    body = puts[0]["body"]
    assert "orgRole" not in body, f"the unchanged org role was sent: {body}"
    assert {"teamSlug": slug, "role": "admin"} in body["teamRoles"], body
    assert len(body["teamRoles"]) == len(target["teamRoles"]), body
    stored = h.api(f"members/{target['id']}/")["teamRoles"]
    assert {"teamSlug": slug, "role": "admin"} in stored, stored


def edit_roles_failure(app, h, data):
    me = data["me"]
    field = load_member(app, me["email"])
    choose_from_keyboard(app, field, "Organization role:", "Manager")
    dialog, before = submit(app, h, "Save changes", "Edit member roles failed")
    expect_message(hear(dialog), "You cannot make changes to your own role.", "alert")
    close(app, dialog)
    puts = sent(h, before, "PUT", f"/members/{me['id']}/")
    assert len(puts) == 1 and puts[0]["status"] == 400, puts


def scim_success(app, h, data):
    app.open_task("Provision SCIM user")
    user = find(app.frame, "text", "User name (email):")
    set_text(user, "scim.screenreader@example.com")
    choose_from_keyboard(app, user, "Organization role:", "Manager")
    dialog, before = submit(app, h, "Provision", "Provision SCIM user: done")
    expect_message(hear(dialog), "Provisioned scim.screenreader@example.com through SCIM as "
                   "Manager", "dialog")
    close(app, dialog)
    posts = sent(h, before, "POST", "/scim/v2/Users")
    assert len(posts) == 1 and posts[0]["status"] == 201, posts
    assert posts[0]["body"]["userName"] == "scim.screenreader@example.com", posts[0]["body"]
    assert posts[0]["body"]["sentryOrgRole"] == "manager", posts[0]["body"]


def scim_failure(app, h, data):
    app.open_task("Provision SCIM user")
    set_text(find(app.frame, "text", "User name (email):"), data["existing"]["email"])
    dialog, before = submit(app, h, "Provision", "Provision SCIM user failed")
    expect_message(hear(dialog), "User already exists in the database.", "alert")
    close(app, dialog)
    posts = sent(h, before, "POST", "/scim/v2/Users")
    assert len(posts) == 1 and posts[0]["status"] == 409, posts


def link_external(app, h, data, external_name):
    app.open_task("Link external user")
    user = find(app.frame, "text", "Sentry user")
    set_text(user, data["me"]["email"])
    set_text(find(app.frame, "text", "External name:"), external_name)
    wait_for(lambda: find(app.frame, "combo box", "Integration:").name, "the integrations")


def external_success(app, h, data):
    link_external(app, h, data, "@ada-screenreader")
    dialog, before = submit(app, h, "Create link", "Link external user: done")
    heard = hear(dialog)
    expect_message(heard, "Created link ", "dialog")
    assert "GitHub account @ada-screenreader belongs to" in heard["description"], heard
    close(app, dialog)
    posts = sent(h, before, "POST", "/external-users/")
    assert len(posts) == 1 and posts[0]["status"] == 201, posts
    body = posts[0]["body"]
    assert body["external_name"] == "@ada-screenreader" and body["provider"] == "github", body
    assert str(body["user_id"]) == data["me"]["user"]["id"], body


def external_failure(app, h, data):
    """Sentry keeps one link per user, provider and name: moving another GitHub link onto the
    name this user already has (from external_success) is refused, in Sentry's words."""
    other = data["other_github_link"]
    app.open_task("Link external user")
    press(find(app.frame, "radio button", "Change an existing link"))
    set_text(find(app.frame, "text", "Link id:"), other["id"])
    press(find(app.frame, "push button", "Load"))
    name = find(app.frame, "text", "External name:")
    wait_for(lambda: text_of(name) == other["externalName"], "the link to load")
    set_text(find(app.frame, "text", "Sentry user"), data["me"]["email"])
    set_text(name, "@ada-screenreader")
    dialog, before = submit(app, h, "Save link", "Link external user failed")
    expect_message(hear(dialog), "There already exists an external association with this "
                   "external_name and provider.", "alert")
    close(app, dialog)
    puts = sent(h, before, "PUT", f"/external-users/{other['id']}/")
    assert len(puts) == 1 and puts[0]["status"] == 400, puts
    press(find(app.frame, "radio button", "Create a new link"))


def menu_item(app, menu, item):
    """The menu bar's `menu` > `item` node (menus need not be open to be read)."""
    bar = find(app.frame, "menu bar", "")
    # Qt shows a menu as a menu item with its popup menu as the child. Several items may be
    # named `menu` (View has a Tasks item too): the one holding `item`.
    for parent in walk(bar, showing_only=False):
        if parent.getRoleName() != "menu item" or parent.name != menu:
            continue
        found = next((n for n in walk(parent, showing_only=False)
                      if n is not parent and n.getRoleName() == "menu item" and n.name == item),
                     None)
        if found is not None:
            return found
    raise Timeout(f'no menu item "{menu} > {item}"')


def about_does_not_block(app, h, data):
    item = menu_item(app, "Help", "About Sentry Members")
    started = time.monotonic()
    do_action(item, "Press", "Click", "press", "click")
    returned = time.monotonic() - started
    assert returned < 5, f"the About action blocked for {returned:.1f} s"
    box = app.dialog("About Sentry Members")
    heard = hear(box)
    assert any(label.startswith("Sentry Members ") for label in heard["labels"]), heard
    close(app, box)


def connect_with(app, h, token, profile):
    """File > Connect… read field by field: the sandbox's `token` typed into the labelled
    field, the connection saved as `profile` with the keychain declined. Returns the
    journal mark from before Connect once the app has said where the token is."""
    do_action(menu_item(app, "File", "Connect…"), "Press", "Click", "press", "click")
    dialog = app.dialog("Connect to Sentry")
    url = find(dialog, "text", "Server URL:")
    assert text_of(url) == h.server["url"], text_of(url)
    assert text_of(find(dialog, "text", "Organization slug:")) == h.server["org"]
    # The field reads back masked, to a screen reader as on screen.
    set_secret(find(dialog, "password text", "Auth token:"), h.server["tokens"][token])
    set_text(find(dialog, "text", "Profile name:"), profile)
    keychain = find(dialog, "check box", "Remember the token in the system keychain")
    assert "checked" in states(keychain), "the keychain is offered by default"
    do_action(keychain, "Toggle", "Press", "press", "click")
    wait_for(lambda: "checked" not in states(keychain), "the check box to clear")
    before = len(h.journal())
    press(find(dialog, "push button", "Connect"))
    # Not a success: an alert with a warning sign, in sentences of the app's own.
    told = app.dialog("Token not saved")
    heard = hear(told)
    assert heard["role"] == "alert", f'"Token not saved" is a {heard["role"]}, not an alert'
    assert heard["description"].endswith("The token is kept for this session only."), heard
    sign = [f"{n.getRoleName()} {n.name}" for n in walk(told) if n.name == "Warning"]
    assert sign, "no warning sign is announced"
    print(f"    heard: {sign[0]}")
    close(app, told)
    return before


def connect_saves_profile(app, h, data):
    """A connection saved as a profile: the app reconnects as the new identity, and the
    status bar's profile button and File > Profiles name the profile, checked."""
    before = connect_with(app, h, "manager", "Screen reader")
    connection_label(app, "(Manager)")
    assert sent(h, before, "GET", "/members/me/"), "no members/me/ after Connect"
    bar = find(app.frame, "status bar", "")
    button = wait_for(lambda: next((n for n in walk(bar) if n.name == "Screen reader"), None),
                      'the profile button "Screen reader"')
    print(f"    heard: {button.getRoleName()} {button.name!r}: {button.description!r}")
    assert button.description.startswith("Profile"), button.description
    entry = menu_item(app, "Profiles", "Screen reader")
    assert "checked" in states(entry), f"File > Profiles > Screen reader is {states(entry)}"
    # Pressing the button, as a screen reader does, opens the menu at once.
    started = time.monotonic()
    do_action(button, "Press")
    returned = time.monotonic() - started
    assert returned < 5, f"pressing the profile button blocked for {returned:.1f} s"
    # The menu is the one under File > Profiles: its items show in its place in the tree.
    def profile_entries():
        return [n for n in walk(app.frame, showing_only=False) if n.getRoleName() == "menu item"
                and n.name == "Screen reader" and is_showing(n)]
    shown = wait_for(lambda: next(iter(profile_entries()), None),
                     "the profiles menu to open from the status bar")
    print(f"    heard: the menu opened with {shown.name!r} ({', '.join(sorted(states(shown)))})")
    key("Escape")
    wait_for(lambda: not profile_entries(), "the profiles menu to close")


INTEGRATION_REASON = ("Integration tokens are restricted to inviting new members with the "
                      "member role only.")


def integration_invites_members_only(app, h, data):
    """With an internal integration's token the status bar says so and what it can do; the
    invite form's role is Member, every other role announced unavailable, Sentry's words read
    as the combo box's description; the arrow keys cannot leave Member; the invitation goes
    out as Member. Last: it leaves the app as the integration."""
    connect_with(app, h, "integration", "Integration")
    label = connection_label(app, "an internal integration")
    assert "invites with the member role only" in label.description, label.description
    app.open_task("Invite member")
    email = find(app.frame, "text", "Email:")
    set_text(email, "grace.integration@example.com")
    role = find(app.frame, "combo box", "Organization role:")
    wait_for(lambda: role.description == INTEGRATION_REASON, "the reason on the role")
    assert role.name == "Member", role.name
    entries = next(c for c in children(role) if c.getRoleName() == "list")
    availability = {e.name: "enabled" in states(e) for e in children(entries)}
    print(f"    heard: role entries {availability}")
    assert availability.pop("Member") is True, availability
    assert availability and not any(availability.values()), availability
    app.focus(email)
    tab_to(role)
    for direction in ("Up", "Down", "Down"):
        key(direction)
    time.sleep(0.3)
    assert role.name == "Member", f"the arrow keys chose {role.name!r}"
    dialog, before = submit(app, h, "Invite", "Invite member: done")
    close(app, dialog)
    posts = sent(h, before, "POST", "/members/")
    assert len(posts) == 1 and posts[0]["status"] == 201, posts
    assert posts[0]["body"]["orgRole"] == "member", posts[0]["body"]


def bulk_selection_heard(app, h, data):
    """One change for a member selected in the list, as a screen reader user makes it: Change
    selected…, a dialog whose choices and fields are heard by their labels, Check, the Bulk
    changes window's summary, Send and its confirmation. The member leaves the team with one
    PUT."""
    target = data["leave_team"]
    search, _, change = select_row(app, target["email"], "Change selected…")
    before = len(h.journal())
    press(change)
    dialog = app.dialog("Change the selected member")
    heard = hear(dialog)
    assert target["email"] in heard["labels"], heard["labels"]
    press(find(dialog, "radio button", "Remove from a team"))
    team = find(dialog, "combo box", "Team to leave:")
    wait_for(lambda: "enabled" in states(team), "the team to be choosable")
    assert team.name == "backend", f"the team box reads {team.name!r}"
    press(find(dialog, "push button", "Check…"))
    window = app.dialog("Bulk changes")
    summary = wait_for(lambda: next((n for n in walk(window) if n.getRoleName() == "label"
                                     and n.name.startswith("1 row(s):")), None),
                       "the check's summary")
    print(f"    heard: {summary.name!r}")
    assert "1 Ready" in summary.name, summary.name
    assert not sent(h, before, "PUT", "/"), "checking sent a change"
    press(find(window, "push button", "Send"))
    confirm = app.dialog("Send bulk changes")
    hear(confirm)
    press(find(confirm, "push button", "Send"))
    wait_for(lambda: sent(h, before, "PUT", f"/members/{target['id']}/"), "the change to go")
    puts = sent(h, before, "PUT", f"/members/{target['id']}/")
    assert len(puts) == 1 and puts[0]["status"] == 200, puts
    assert "backend" not in [t["teamSlug"] for t in puts[0]["body"]["teamRoles"]], puts[0]
    press(find(window, "push button", "Close"))
    set_text(search, "")


def open_bulk_window(app):
    do_action(menu_item(app, "Tasks", "Bulk changes…"), "Press", "Click", "press", "click")
    return app.dialog("Bulk changes")


def bulk_run_survives_a_kill(app, h, data):
    """A thousand SCIM provisions sent from the Bulk changes window, the app killed (SIGKILL)
    in the middle and started again: the run is listed as interrupted, resumed from the runs
    list, and every address reaches the sandbox exactly once."""
    emails = [f"a11y-kill-{i}@example.com" for i in range(1000)]
    window = open_bulk_window(app)
    text = find(window, "text", "CSV text (a header row, then one change per row):")
    set_text(text, "# sentry-members bulk 1 scim\nemail,role\n" +
             "".join(f"{email},member\n" for email in emails))
    press(find(window, "push button", "Check"))
    send = find(window, "push button", "Send")
    wait_for(lambda: "enabled" in states(send), "Send to be available")
    before = len(h.journal())
    press(send)
    press(find(app.dialog("Send bulk changes"), "push button", "Send"))
    wait_for(lambda: len(sent(h, before, "POST", "/scim/v2/Users")) >= 100, "some rows to go",
             60)
    h.kill_app()
    killed_at = len(sent(h, before, "POST", "/scim/v2/Users"))
    print(f"    killed after {killed_at} of {len(emails)} provisions")
    assert killed_at < len(emails), "the run ended before the kill"

    h.start_app()
    app.__init__(h)
    window = open_bulk_window(app)
    runs = find(window, "table", "Earlier runs of this organization")
    wait_for(lambda: next((runs.queryTable().getAccessibleAt(r, 3)
                           for r in range(runs.queryTable().nRows)
                           if runs.queryTable().getAccessibleAt(r, 3).name == "interrupted"),
                          None), "the killed run, interrupted")
    row = next(r for r in range(runs.queryTable().nRows)
               if runs.queryTable().getAccessibleAt(r, 3).name == "interrupted")
    assert runs.queryTable().addRowSelection(row), "the run could not be selected"
    resume = find(window, "push button", "Resume the run")
    wait_for(lambda: "enabled" in states(resume), "Resume the run to be enabled")
    press(resume)
    wait_for(lambda: runs.queryTable().getAccessibleAt(row, 3).name == "done",
             "the run to be done", 120)
    print(f"    heard: the run is {runs.queryTable().getAccessibleAt(row, 3).name}")
    made = [e["body"]["userName"] for e in sent(h, before, "POST", "/scim/v2/Users")
            if e["status"] == 201]
    assert sorted(made) == sorted(emails), \
        f"{len(made)} made, {len(set(made))} distinct, of {len(emails)}"
    press(find(window, "push button", "Close"))


SCENARIOS = [status_bar, directory_refusal_heard, invite_success, invite_failure, edit_org_role,
             table_shows_the_role_change, row_removal_leaves_the_table, change_team_role,
             edit_roles_failure, scim_success, scim_failure, external_success,
             external_failure, about_does_not_block, bulk_selection_heard,
             # Kills the app and starts it again: the scenarios after it meet a fresh start.
             bulk_run_survives_a_kill, connect_saves_profile, integration_invites_members_only]


def test_data(h):
    """Picks the people the scenarios act on, through the API as any client would."""
    me = h.api("members/me/")
    members = h.api("members/?per_page=100")
    existing = next(m for m in members if not m["pending"] and m["email"] != me["email"])
    # Two plain members in two teams each: one to promote, one to make a team admin.
    targets = []
    for m in members:
        if m["orgRole"] != "member" or m["pending"] or m["flags"].get("idp:role-restricted"):
            continue
        detail = h.api(f"members/{m['id']}/")
        if len(detail["teamRoles"]) == 2 and all(not t["role"] for t in detail["teamRoles"]):
            targets.append(detail)
        if len(targets) == 2:
            break
    linked = h.api("members/?per_page=100&expand=externalUsers&query=hasExternalUsers:true")
    other = next(link for m in linked for link in m.get("externalUsers", [])
                 if link["provider"] == "github" and link["userId"] != me["user"]["id"])
    # A plain member no other scenario uses, to remove from its row.
    taken = {existing["id"], targets[0]["id"], targets[1]["id"]}
    remove = next(m for m in members if m["orgRole"] == "member" and not m["pending"]
                  and not m["flags"].get("idp:role-restricted") and m["id"] not in taken
                  and (m.get("user") or {}).get("id") != other["userId"])
    # A plain member on the backend team (the first the dialog lists), to leave it in bulk.
    taken.add(remove["id"])
    leave = None
    for m in members:
        if m["orgRole"] != "member" or m["pending"] or m["id"] in taken or \
                m["flags"].get("idp:role-restricted"):
            continue
        detail = h.api(f"members/{m['id']}/")
        if "backend" in [t["teamSlug"] for t in detail["teamRoles"]]:
            leave = detail
            break
    return {"me": me, "existing": existing, "promote": targets[0], "team_admin": targets[1],
            "other_github_link": other, "remove": remove, "leave_team": leave}


def run_all(harness):
    data = test_data(harness)
    app = App(harness)
    failures = 0
    for scenario in SCENARIOS:
        name = scenario.__name__
        print(f"{name}")
        try:
            scenario(app, harness, data)
            print(f"  ok")
        except Exception as error:
            failures += 1
            print(f"  FAIL: {name}: {error}")
            traceback.print_exc()
            print("\n".join(dump(app.node)[:400]))
            for dialog in app.open_dialogs():  # leave the app ready for the next scenario
                try:
                    press(find(dialog, "push button", "Close", timeout=2))
                except (Timeout, Exception):
                    pass
    print(f"{len(SCENARIOS) - failures} of {len(SCENARIOS)} scenarios passed")
    return failures
