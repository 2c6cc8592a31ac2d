package com.clinicnetwork.web.admin;

/**
 * The kinds of room the API knows: a treatment names the kind its sessions need and booking gives each session a free
 * room of that kind, so the admin chooses from this list rather than typing one.
 */
public enum RoomKind {
    TREATMENT_TABLE,
    GYM_AREA
}
