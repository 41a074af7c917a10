// SPDX-License-Identifier: MIT
#include "firstpixels.h"

#include <xcb/damage.h>
#include <xcb/xcb.h>

#include <thread>

FirstPixels::~FirstPixels()
{
    if (m_connection)
        xcb_disconnect(m_connection);
}

bool FirstPixels::open(const QByteArray &display)
{
    int screenNumber = 0;
    m_connection = xcb_connect(display.constData(), &screenNumber);
    if (xcb_connection_has_error(m_connection)) {
        m_why = QByteArray("cannot connect to the X display ").append(display);
        return false;
    }
    const xcb_query_extension_reply_t *extension =
        xcb_get_extension_data(m_connection, &xcb_damage_id);
    if (!extension || !extension->present) {
        m_why = "the X server has no DAMAGE extension";
        return false;
    }
    m_damageEvent = extension->first_event + XCB_DAMAGE_NOTIFY;
    free(xcb_damage_query_version_reply(m_connection, xcb_damage_query_version(m_connection, 1, 1),
                                        nullptr));
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(m_connection));
    for (int i = 0; i < screenNumber && screens.rem; ++i)
        xcb_screen_next(&screens);
    m_root = screens.data->root;
    m_damage = xcb_generate_id(m_connection);
    // Non-empty: one event each time the damaged region stops being empty, so every run
    // costs the server one event until rearm() empties it again.
    xcb_damage_create(m_connection, m_damage, m_root, XCB_DAMAGE_REPORT_LEVEL_NON_EMPTY);
    m_baselineChildren = rootChildren();
    return m_baselineChildren >= 0;
}

int FirstPixels::rootChildren()
{
    xcb_query_tree_reply_t *tree =
        xcb_query_tree_reply(m_connection, xcb_query_tree(m_connection, m_root), nullptr);
    if (!tree)
        return -1;
    const int children = tree->children_len;
    free(tree);
    return children;
}

void FirstPixels::drain()
{
    while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection))
        free(event);
}

bool FirstPixels::rearm(std::chrono::milliseconds settle)
{
    // A program's windows go when the server handles its disconnection, which may come
    // after the program has exited; the root is repainted where they were.
    const auto deadline = Clock::now() + settle;
    while (rootChildren() > m_baselineChildren) {
        if (Clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    xcb_damage_subtract(m_connection, m_damage, XCB_NONE, XCB_NONE);
    free(xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr));
    drain();
    m_damaged = false;
    return true;
}

int FirstPixels::fileDescriptor() const
{
    return xcb_get_file_descriptor(m_connection);
}

std::optional<FirstPixels::Clock::time_point> FirstPixels::pixelsSeen()
{
    while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection)) {
        if ((event->response_type & 0x7f) == m_damageEvent && !m_damaged) {
            m_damaged = true;
            m_damagedAt = Clock::now();
        }
        free(event);
    }
    return m_damaged ? std::optional(m_damagedAt) : std::nullopt;
}
