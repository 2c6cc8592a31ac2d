package com.clinicnetwork.notification.message;

import java.util.Locale;

/** The languages messages are written in; anything else gets British English. */
public enum MessageLocale {
    EN_GB("en-GB", Locale.UK),
    DE_DE("de-DE", Locale.GERMANY);

    private final String tag;
    private final Locale locale;

    MessageLocale(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** Best match for a client's locale (a BCP 47 tag such as de-AT or en-US): same language, else en-GB. */
    public static MessageLocale of(String tag) {
        if (tag == null || tag.isBlank()) {
            return EN_GB;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        for (MessageLocale candidate : values()) {
            if (candidate.locale.getLanguage().equals(language)) {
                return candidate;
            }
        }
        return EN_GB;
    }
}
