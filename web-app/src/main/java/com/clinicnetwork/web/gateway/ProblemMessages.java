package com.clinicnetwork.web.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a person is told about a problem answer, in their language: the message {@code problem.<type slug>}
 * (e.g. {@code problem.slot-taken}) when the app knows the type, otherwise one for the status, and the rejected
 * fields under their form labels ({@code field.<name>}). Never a stack trace or the raw answer.
 */
@Component
public class ProblemMessages {

    /** The extension member a type's message quotes, e.g. the limit's maximum; absent members read as "?". */
    private static final Map<String, String> QUOTED_MEMBER = Map.of(
            "client-limit-reached", "maximum",
            "sms-code-invalid", "attemptsLeft");

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemView describe(ApiProblem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        String quoted = QUOTED_MEMBER.get(problem.slug());
        Object[] arguments = quoted == null ? null : new Object[] {problem.properties().getOrDefault(quoted, "?")};
        String statusMessage = messages.getMessage("problem.status." + problem.status(), null,
                messages.getMessage("problem.generic", null, locale), locale);
        String message = problem.slug().isEmpty() ? statusMessage
                : messages.getMessage("problem." + problem.slug(), arguments, statusMessage, locale);
        List<ProblemView.FieldMessage> fields = problem.errors().stream()
                .map(error -> new ProblemView.FieldMessage(error.field(),
                        messages.getMessage("field." + error.field(), null, error.field(), locale), error.message()))
                .toList();
        return new ProblemView(problem.status(), problem.slug(), message, fields);
    }
}
