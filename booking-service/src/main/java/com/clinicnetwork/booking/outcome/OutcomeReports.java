package com.clinicnetwork.booking.outcome;

import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;

/** The outcome report for clinic admins (the role rule is the security configuration's): figures, never clients. */
@Service
class OutcomeReports {

    private final OutcomeRepository outcomes;

    OutcomeReports(OutcomeRepository outcomes) {
        this.outcomes = outcomes;
    }

    OutcomeReportView report(OutcomeFilter filter) {
        List<OutcomeReportView.Row> rows = OutcomeReport.of(outcomes.reportAnswers(filter));
        return new OutcomeReportView(filter.from().map(from -> from.atOffset(ZoneOffset.UTC)).orElse(null),
                filter.to().map(to -> to.atOffset(ZoneOffset.UTC)).orElse(null), filter.locationId().orElse(null),
                filter.treatmentId().orElse(null), rows);
    }
}
