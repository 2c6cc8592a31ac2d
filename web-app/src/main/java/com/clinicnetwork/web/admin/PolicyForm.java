package com.clinicnetwork.web.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A location's booking policy as the admin edits it, with the API's bounds, the no-show risk thresholds included (each
 * shown as it applies, the chain's default until saved; 0 switches one off). {@code version} is the one edited (0 while
 * the default applies).
 */
public class PolicyForm {

    @NotNull
    @Min(0)
    @Max(20160)
    private Integer minimumNoticeMinutes;
    @NotNull
    @Min(1)
    @Max(730)
    private Integer bookingHorizonDays;
    @NotNull
    @Min(5)
    @Max(240)
    private Integer slotIntervalMinutes;
    @NotNull
    @Min(0)
    @Max(20160)
    private Integer lateCancellationWindowMinutes;
    @NotNull
    @Min(0)
    @Max(100)
    private Integer riskNoShows;
    @NotNull
    @Min(0)
    @Max(100)
    private Integer riskLateCancellations;
    @NotNull
    @Min(0)
    @Max(730)
    private Integer riskLeadTimeDays;
    @NotNull
    @Min(1)
    @Max(60)
    private Integer riskLookBackMonths;
    private long version;

    static PolicyForm of(LocationPolicy policy) {
        PolicyForm form = new PolicyForm();
        form.setMinimumNoticeMinutes((int) policy.minimumNoticeMinutes());
        form.setBookingHorizonDays((int) policy.bookingHorizonDays());
        form.setSlotIntervalMinutes((int) policy.slotIntervalMinutes());
        form.setLateCancellationWindowMinutes((int) policy.lateCancellationWindowMinutes());
        form.setRiskNoShows(policy.riskNoShows());
        form.setRiskLateCancellations(policy.riskLateCancellations());
        form.setRiskLeadTimeDays(policy.riskLeadTimeDays());
        form.setRiskLookBackMonths(policy.riskLookBackMonths());
        form.setVersion(policy.version());
        return form;
    }

    AdminDirectoryApi.PolicyBody toBody() {
        return new AdminDirectoryApi.PolicyBody(minimumNoticeMinutes, bookingHorizonDays, slotIntervalMinutes,
                lateCancellationWindowMinutes, riskNoShows, riskLateCancellations, riskLeadTimeDays, riskLookBackMonths);
    }

    public Integer getMinimumNoticeMinutes() {
        return minimumNoticeMinutes;
    }

    public void setMinimumNoticeMinutes(Integer minimumNoticeMinutes) {
        this.minimumNoticeMinutes = minimumNoticeMinutes;
    }

    public Integer getBookingHorizonDays() {
        return bookingHorizonDays;
    }

    public void setBookingHorizonDays(Integer bookingHorizonDays) {
        this.bookingHorizonDays = bookingHorizonDays;
    }

    public Integer getSlotIntervalMinutes() {
        return slotIntervalMinutes;
    }

    public void setSlotIntervalMinutes(Integer slotIntervalMinutes) {
        this.slotIntervalMinutes = slotIntervalMinutes;
    }

    public Integer getLateCancellationWindowMinutes() {
        return lateCancellationWindowMinutes;
    }

    public void setLateCancellationWindowMinutes(Integer lateCancellationWindowMinutes) {
        this.lateCancellationWindowMinutes = lateCancellationWindowMinutes;
    }

    public Integer getRiskNoShows() {
        return riskNoShows;
    }

    public void setRiskNoShows(Integer riskNoShows) {
        this.riskNoShows = riskNoShows;
    }

    public Integer getRiskLateCancellations() {
        return riskLateCancellations;
    }

    public void setRiskLateCancellations(Integer riskLateCancellations) {
        this.riskLateCancellations = riskLateCancellations;
    }

    public Integer getRiskLeadTimeDays() {
        return riskLeadTimeDays;
    }

    public void setRiskLeadTimeDays(Integer riskLeadTimeDays) {
        this.riskLeadTimeDays = riskLeadTimeDays;
    }

    public Integer getRiskLookBackMonths() {
        return riskLookBackMonths;
    }

    public void setRiskLookBackMonths(Integer riskLookBackMonths) {
        this.riskLookBackMonths = riskLookBackMonths;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
