package com.clinicnetwork.booking.fhir;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FHIR clients expect every error of a FHIR endpoint as an {@code OperationOutcome}, not as the RFC 9457 problem the
 * rest of the platform answers with. The service keeps deciding errors one way (refusals, validation, security,
 * unknown paths, an unreachable database all become problems); under {@code /fhir/r4} this filter rewrites each
 * problem into an OperationOutcome with the same status and headers ({@code WWW-Authenticate}, {@code Allow},
 * {@code Retry-After}), one issue per invalid parameter, located as FHIR locates HTTP parameters ({@code http.<name>}).
 */
class OperationOutcomeFilter extends OncePerRequestFilter {

    private final FhirJson fhirJson;
    private final JsonMapper json;

    OperationOutcomeFilter(FhirJson fhirJson, JsonMapper json) {
        this.fhirJson = fhirJson;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() >= 400) {
                OperationOutcome outcome = outcome(answer.getStatus(), problem(answer));
                answer.resetBuffer();
                answer.setContentType(FhirJson.MEDIA_TYPE);
                answer.getOutputStream().write(fhirJson.encode(outcome).getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }

    /** The problem the service answered with; none if the body is empty or is something else. */
    private Optional<JsonNode> problem(ContentCachingResponseWrapper answer) {
        String contentType = answer.getContentType();
        if (contentType == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readTree(answer.getContentAsByteArray()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    static OperationOutcome outcome(int status, Optional<JsonNode> problem) {
        OperationOutcome outcome = new OperationOutcome();
        IssueType type = issueType(status);
        String title = problem.map(p -> p.path("title").asString("")).filter(t -> !t.isBlank())
                .orElse("HTTP " + status);
        JsonNode fieldErrors = problem.map(p -> p.path("errors")).orElse(null);
        if (fieldErrors != null && fieldErrors.isArray() && !fieldErrors.isEmpty()) {
            for (JsonNode error : fieldErrors) {
                String parameter = error.path("field").asString("");
                OperationOutcomeIssueComponent issue = issue(outcome, type, title,
                        parameter + ": " + error.path("message").asString(""));
                if (!parameter.isBlank()) {
                    issue.addLocation("http." + parameter);
                    issue.addExpression("http." + parameter);
                }
            }
        } else {
            issue(outcome, type, title, problem.map(p -> p.path("detail").asString("")).filter(d -> !d.isBlank())
                    .orElse(title));
        }
        return outcome;
    }

    private static OperationOutcomeIssueComponent issue(OperationOutcome outcome, IssueType type, String title,
            String diagnostics) {
        OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(type)
                .setDiagnostics(diagnostics);
        issue.getDetails().setText(title);
        return issue;
    }

    /** FHIR's issue type that says what an HTTP status says (the OperationOutcome's own value set). */
    static IssueType issueType(int status) {
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 409, 412 -> IssueType.CONFLICT;
            case 413 -> IssueType.TOOCOSTLY;
            case 422 -> IssueType.BUSINESSRULE;
            case 429 -> IssueType.THROTTLED;
            case 502, 503, 504 -> IssueType.TRANSIENT;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }
}
