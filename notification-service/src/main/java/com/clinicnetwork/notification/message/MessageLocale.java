package com.clinicnetwork.notification.message;

import java.util.List;
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

    /** Best match for the languages of an {@code Accept-Language} header, in the caller's order of preference. */
    public static MessageLocale ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN_GB;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return EN_GB;
        }
        for (Locale.LanguageRange range : ranges) {
            for (MessageLocale candidate : values()) {
                if (candidate.locale.getLanguage().equals(Locale.forLanguageTag(range.getRange()).getLanguage())) {
                    return candidate;
                }
            }
        }
        return EN_GB;
    }
}
