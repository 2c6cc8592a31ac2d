package com.clinicnetwork.servicedefaults.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} with its own character rules for header names, header values and
 * parameter names, checked by a loop over the code points instead of its regular expressions
 * ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, and for values also the tab): the same requests pass and fail, but
 * the regular expressions over every header (the ~1 KB token among them) took 11 % of the CPU of a booking in the
 * benchmark's profile. {@code HeaderCharactersTest} compares both over random strings.
 */
public final class HeaderCharacters {

    private HeaderCharacters() {
    }

    public static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::assignedAndNotControl);
        firewall.setAllowedHeaderValues(HeaderCharacters::assignedAndNotControlButTab);
        firewall.setAllowedParameterNames(HeaderCharacters::assignedAndNotControl);
        return firewall;
    }

    static boolean assignedAndNotControl(String value) {
        return allowed(value, false);
    }

    static boolean assignedAndNotControlButTab(String value) {
        return allowed(value, true);
    }

    /**
     * The firewall asks again on every {@code getHeader}, and the token is read several times per request: printable
     * ASCII, nearly every character of every header, is decided without looking up its Unicode type.
     */
    private static boolean allowed(String value, boolean tab) {
        int index = 0;
        while (index < value.length()) {
            char c = value.charAt(index);
            if (c >= ' ' && c < 0x7f) {
                index++;
                continue;
            }
            int codePoint = value.codePointAt(index);
            if (!assigned(codePoint) || (control(codePoint) && !(tab && codePoint == '\t'))) {
                return false;
            }
            index += Character.charCount(codePoint);
        }
        return true;
    }

    private static boolean assigned(int codePoint) {
        return Character.getType(codePoint) != Character.UNASSIGNED;
    }

    private static boolean control(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL;
    }
}
