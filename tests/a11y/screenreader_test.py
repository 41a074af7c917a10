#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Sentry Members through a screen reader's eyes: the app runs in a real X11 session (Xvfb and
a window manager) with the AT-SPI bus a screen reader uses, connected to the sandbox. Every
control is found by the name a screen reader announces, filled and pressed through the
accessibility tree or the keyboard, every result and error dialog is read back from the tree,
and the sandbox's journal shows what the app really sent.

    screenreader_test.py --app PATH --sandbox PATH

Exits 77 (skipped) with the reason when a tool is missing, except under CI=true, where that
fails. Needs: xvfb, dbus, at-spi2-core, python3-pyatspi, openbox (Debian packages)."""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.dont_write_bytecode = True  # the helpers it imports leave nothing in the source tree
SKIPPED = 77
HERE = os.path.dirname(os.path.abspath(__file__))


def skip(reason):
    if os.environ.get("CI") == "true":
        print(f"FAIL: {reason} (a skip is a failure under CI=true)")
        sys.exit(1)
    print(f"SKIP: {reason}")
    sys.exit(SKIPPED)


# --- outside the session: a display, then a private D-Bus session around the inner run ---

def outer(args):
    tools = {"Xvfb": "xvfb", "dbus-run-session": "dbus", "openbox": "openbox"}
    for tool, package in tools.items():
        if not shutil.which(tool):
            skip(f"{tool} is not installed (apt install {package})")
    if not os.path.exists("/usr/libexec/at-spi-bus-launcher"):
        skip("the AT-SPI bus launcher is not installed (apt install at-spi2-core)")
    if subprocess.call(["/usr/bin/python3", "-c", "import pyatspi"],
                       stderr=subprocess.DEVNULL) != 0:
        skip("pyatspi is not installed (apt install python3-pyatspi)")
    for path in (args.app, args.sandbox):
        if not os.access(path, os.X_OK):
            print(f"FAIL: {path} is not an executable")
            sys.exit(1)

    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24",
                             "-nolisten", "tcp"], pass_fds=[write_end],
                            stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        display = announced.readline().strip()
    if not display:
        print("FAIL: Xvfb did not start")
        sys.exit(1)
    home = tempfile.mkdtemp(prefix="sm-a11y-")
    env = dict(os.environ)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    runtime = os.path.join(home, "runtime")
    os.makedirs(runtime, mode=0o700)
    # The session's services (the AT-SPI registry that synthesizes key presses) inherit the
    # display from here.
    env.update(DISPLAY=f":{display}", HOME=home, XDG_RUNTIME_DIR=runtime,
               XDG_CONFIG_HOME=os.path.join(home, "config"))
    try:
        code = subprocess.call(["dbus-run-session", "--", "/usr/bin/python3", __file__,
                                "--inner", "--app", args.app, "--sandbox", args.sandbox],
                               env=env, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        print(f"FAIL: the run took longer than {args.timeout} s")
        code = 1
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)
    sys.exit(code)


# --- inside the session ---

class Harness:
    def __init__(self, args):
        self.args = args
        self.processes = []
        self.workdir = tempfile.mkdtemp(prefix="sm-a11y-run-")
        self.journal_path = os.path.join(self.workdir, "journal.jsonl")

    def spawn(self, argv, **kwargs):
        process = subprocess.Popen(argv, **kwargs)
        self.processes.append(process)
        return process

    def start(self):
        self.spawn(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
        enable_screen_reader_flag()
        self.spawn(["openbox", "--sm-disable"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
        # SCIM provisions answer slowly, so a bulk run is still going when the app is killed.
        sandbox = self.spawn([self.args.sandbox, "--port", "0", "--journal", self.journal_path,
                              "--fault", "POST scim/v2/Users=delay:40"],
                             stdout=subprocess.PIPE, text=True)
        self.server = json.loads(sandbox.stdout.readline())
        self.start_app()

    def start_app(self):
        env = dict(os.environ)
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "QT_QPA_PLATFORM",
                     "QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "SENTRY_MEMBERS_QUIT_AFTER_FIRST_PAINT"):
            env.pop(name, None)
        # The app finds out from the bus that a screen reader is running, as it would for
        # Orca: nothing forces its accessibility on.
        env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="xcb",
                   SENTRY_URL=self.server["url"], SENTRY_ORG=self.server["org"],
                   SENTRY_AUTH_TOKEN=self.server["tokens"]["owner"])
        self.app_process = self.spawn([self.args.app], env=env)

    def kill_app(self):
        """SIGKILL, as a crash or a power cut ends the app: nothing of it runs after."""
        self.app_process.kill()
        self.app_process.wait()

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(self.workdir, ignore_errors=True)

    # What the sandbox received, one dict per request, after `mark` requests.
    def journal(self):
        try:
            with open(self.journal_path) as f:
                return [json.loads(line) for line in f if line.strip()]
        except FileNotFoundError:
            return []

    def api(self, path):
        request = urllib.request.Request(
            f"{self.server['url']}/api/0/organizations/{self.server['org']}/{path}",
            headers={"Authorization": f"Bearer {self.server['tokens']['owner']}"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=10) as response:
            return json.loads(response.read())


def enable_screen_reader_flag():
    """Sets org.a11y.Status.IsEnabled and ScreenReaderEnabled, as Orca does when it starts."""
    from gi.repository import Gio, GLib
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    deadline = time.monotonic() + 10
    while True:
        try:
            for prop in ("IsEnabled", "ScreenReaderEnabled"):
                bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties",
                              "Set", GLib.Variant("(ssv)", ("org.a11y.Status", prop,
                                                            GLib.Variant("b", True))),
                              None, Gio.DBusCallFlags.NONE, 2000, None)
            return
        except GLib.Error:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def inner(args):
    harness = Harness(args)
    try:
        harness.start()
        sys.path.insert(0, HERE)
        import scenarios
        failures = scenarios.run_all(harness)
    except Exception as error:  # a setup failure: say what, not a traceback alone
        import traceback
        traceback.print_exc()
        print(f"FAIL: {error}")
        failures = 1
    finally:
        harness.stop()
    sys.exit(1 if failures else 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True)
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--timeout", type=int, default=240)
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.app = os.path.abspath(args.app)
    args.sandbox = os.path.abspath(args.sandbox)
    inner(args) if args.inner else outer(args)


if __name__ == "__main__":
    main()
