# SPDX-License-Identifier: MIT
"""A small vocabulary over pyatspi for driving an application as a screen reader user does:
find things by the name a screen reader announces, act on them, press keys, and wait with a
deadline instead of sleeping. Import only inside a session whose AT-SPI bus is running."""

import time

import pyatspi

KEYSYMS = {"Tab": 0xFF09, "Down": 0xFF54, "Up": 0xFF52, "Return": 0xFF0D, "space": 0x20,
           "Escape": 0xFF1B}
# A search never enters a combo box's popup list (hundreds of members in the Sentry user
# picker): the combo box itself says what is chosen. Its text entry is searched.


class Timeout(AssertionError):
    pass


def wait_for(probe, what, timeout=15.0, interval=0.1):
    """Polls probe() until it returns something truthy; fails naming `what`."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = probe()
            if value:
                return value
        except Exception as error:  # the tree changes under us while the app works
            last_error = error
        time.sleep(interval)
    raise Timeout(f"timed out after {timeout:.0f} s waiting for {what}"
                  + (f" (last error: {last_error})" if last_error else ""))


def states(node):
    return {pyatspi.stateToString(s) for s in node.getState().getStates()}


def is_showing(node):
    return "showing" in states(node)


def children(node):
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield child


def walk(root, showing_only=True):
    """Depth first, skipping hidden subtrees and the insides of combo boxes."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        kids = [c for c in children(node) if not showing_only or is_showing(c)]
        if node.getRoleName() == "combo box":
            kids = [c for c in kids if c.getRoleName() != "list"]
        stack.extend(reversed(kids))


def labels_of(node):
    """The labels a screen reader announces for `node` (the labelled-by relation)."""
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                names.append(relation.getTarget(i).name)
    return names


def announced_as(node):
    """What a screen reader says a control is called: its name, or for a combo box (named
    by its current entry on Linux) its label."""
    if node.getRoleName() == "combo box":
        return " ".join(labels_of(node))
    return node.name


def find(root, role, label, timeout=15.0, exact=True):
    def probe():
        for node in walk(root):
            if node.getRoleName() != role:
                continue
            said = announced_as(node)
            if (said == label) if exact else (label in said):
                return node
        return None
    return wait_for(probe, f'{role} "{label}"', timeout)


def do_action(node, *preferred):
    """Runs the first of `preferred` the node offers (Press, Toggle, ...)."""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for want in preferred:
        if want in names:
            action.doAction(names.index(want))
            return
    raise AssertionError(f"{node.getRoleName()} {node.name!r} offers {names}, not {preferred}")


def press(node):
    do_action(node, "Press", "press", "Toggle")


def set_text(node, text):
    node.queryEditableText().setTextContents(text)
    wait_for(lambda: text_of(node) == text, f'"{text}" in {node.name!r}')


def set_secret(node, text):
    """set_text for a password field, which reads back masked: only the length is heard."""
    node.queryEditableText().setTextContents(text)
    wait_for(lambda: node.queryText().characterCount == len(text) and text_of(node) != text,
             f"{len(text)} masked characters in {node.name!r}")


def text_of(node):
    t = node.queryText()
    return t.getText(0, t.characterCount)


def focus(node, window=None, harmless=None):
    """Gives `node` keyboard focus. A widget only has focus in the active window: when
    `window` is given, it is brought forward first whenever it is not active."""
    def grab():
        if window is not None and "active" not in states(window):
            activate(window, harmless)
        node.queryComponent().grabFocus()
        return wait_for(lambda: "focused" in states(node), "focus", 1.0, 0.05)
    wait_for(lambda: _attempt(grab), f"focus on {announced_as(node)!r}")


def _attempt(step):
    try:
        return step()
    except Timeout:
        return False


def activate(window, harmless):
    """Makes `window` the active window, as a user switching to it would. A window manager
    may keep a new window in the background (focus stealing prevention); then a click on
    `harmless` (a control a click changes nothing on) brings it forward."""
    if "active" in states(window):
        return
    window.queryComponent().grabFocus()
    if _attempt(lambda: wait_for(lambda: "active" in states(window), "activation", 2.0)):
        return
    print(f"    {window.name!r} is in the background: clicking its {harmless.getRoleName()}")
    x, y, width, height = harmless.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(x + width // 2, y + height // 2, "b1c")
    wait_for(lambda: "active" in states(window), f"{window.name!r} to become active", 5)


def key(name, times=1):
    for _ in range(times):
        pyatspi.Registry.generateKeyboardEvent(KEYSYMS[name], None, pyatspi.KEY_SYM)
        time.sleep(0.05)


def tab_to(node, limit=30):
    """Presses Tab until `node` has keyboard focus, as a keyboard user reaches it."""
    for _ in range(limit):
        if "focused" in states(node):
            return
        key("Tab")
        time.sleep(0.1)
    wait_for(lambda: "focused" in states(node), f"Tab to reach {announced_as(node)!r}", 2)


def choose(combo, entry):
    """With the combo box focused, arrow keys until it shows `entry`, as a keyboard user
    does; Qt skips entries that cannot be chosen."""
    for direction in ("Down", "Up"):
        for _ in range(12):
            if combo.name == entry:
                return
            before = combo.name
            key(direction)
            try:
                wait_for(lambda: combo.name != before, "the combo box to move", 3.0, 0.05)
            except Timeout:
                break  # the end of the list in this direction
    if combo.name != entry:
        raise AssertionError(f"could not choose {entry!r} in {announced_as(combo)!r}: "
                             f"it shows {combo.name!r}")


def dump(node, depth=0, out=None):
    """The subtree as text, for a failure's report."""
    lines = out if out is not None else []
    try:
        lines.append("  " * depth + f"[{node.getRoleName()}] {node.name!r} "
                     f"desc={node.description!r} {sorted(states(node) & {'active', 'focused', 'checked', 'showing', 'enabled'})}")
        for child in children(node):
            if node.getRoleName() != "combo box" or child.getRoleName() != "list":
                dump(child, depth + 1, lines)
    except Exception as error:
        lines.append("  " * depth + f"<unreadable: {error}>")
    return lines
