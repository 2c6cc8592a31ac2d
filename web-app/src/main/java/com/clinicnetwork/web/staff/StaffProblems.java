package com.clinicnetwork.web.staff;

import com.clinicnetwork.web.gateway.ApiProblem;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.ProblemMessages;
import com.clinicnetwork.web.gateway.ProblemView;
import com.clinicnetwork.web.layout.Formats;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What staff are told about an API problem: {@link ProblemMessages}' sentence, unless the staff screens word the
 * problem type for staff ({@code staff.problem.<slug>}, e.g. a slot taken while the front desk was booking for a
 * client). A step of the visit refused at the wrong time names when it becomes possible ({@code notBefore}: check-in
 * too early; fulfilment or no-show before the start, worded per step) or since when it is not ({@code closedAt}:
 * check-in after the session), in the location's time zone.
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
        OffsetDateTime at = ApiProblem.time(problem.property(e.is("check-in-too-late") ? "closedAt" : "notBefore"));
        // A fulfilment and a no-show before the start share their problem type; the step is worded for staff.
        String step = e.is("session-not-started") ? "." + problem.property("transition") : "";
        String key = "staff.problem." + problem.slug() + step;
        String message;
        try {
            message = messages.getMessage(key, at == null ? null : new Object[] {formats.time(at, zone)}, locale);
        } catch (NoSuchMessageException unknown) {
            return general;
        }
        return new ProblemView(general.status(), general.slug(), message, general.fields());
    }
}
