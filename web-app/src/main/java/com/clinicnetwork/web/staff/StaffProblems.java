package com.clinicnetwork.web.staff;

import com.clinicnetwork.web.gateway.ApiProblem;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.ProblemMessages;
import com.clinicnetwork.web.gateway.ProblemView;
import com.clinicnetwork.web.layout.Formats;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What staff are told about an API problem: {@link ProblemMessages}' sentence, unless the staff screens word the
 * problem type for staff ({@code staff.problem.<slug>}, e.g. a slot taken while the front desk was booking for a
 * client). A no-show refused before the start names the start ({@code notBefore}) in the location's time zone.
 */
@Component
public class StaffProblems {

    private final ProblemMessages problems;
    private final MessageSource messages;
    private final Formats formats;

    public StaffProblems(ProblemMessages problems, MessageSource messages, Formats formats) {
        this.problems = problems;
        this.messages = messages;
        this.formats = formats;
    }

    public ProblemView describe(ApiProblemException e) {
        return describe(e, null);
    }

    /** @param zone the location's time zone, for times the problem names; null: as the API wrote them */
    public ProblemView describe(ApiProblemException e, ZoneId zone) {
        ApiProblem problem = e.problem();
        ProblemView general = problems.describe(problem);
        Locale locale = LocaleContextHolder.getLocale();
        OffsetDateTime notBefore = instant(problem.properties().get("notBefore"));
        String message;
        try {
            message = notBefore != null && e.is("illegal-transition")
                    ? messages.getMessage("staff.problem.not-before", new Object[] {formats.time(notBefore, zone)}, locale)
                    : messages.getMessage("staff.problem." + problem.slug(), null, locale);
        } catch (NoSuchMessageException unknown) {
            return general;
        }
        return new ProblemView(general.status(), general.slug(), message, general.fields());
    }

    private static OffsetDateTime instant(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
