package com.clinicnetwork.booking.noshow;

/**
 * One reason a booking is flagged at risk of a no-show: a fact about the client's own history or the booking, with its
 * figure, so the flag always says why.
 */
public sealed interface RiskReason {

    /** Stable, for front ends that word the reason themselves: {@code no-shows}, {@code late-cancellations}, ... */
    String code();

    /** The reason in a sentence fragment, e.g. {@code 2 no-shows in the last 12 months}. */
    String description();

    /** The client did not come this many times within the last {@code withinMonths} months. */
    record NoShows(int count, int withinMonths) implements RiskReason {

        public NoShows {
            requirePositive(count, withinMonths);
        }

        @Override
        public String code() {
            return "no-shows";
        }

        @Override
        public String description() {
            return counted(count, "no-show", "no-shows") + " " + inTheLast(withinMonths);
        }
    }

    /** The client cancelled this many times inside the late-cancellation window within the last {@code withinMonths} months. */
    record LateCancellations(int count, int withinMonths) implements RiskReason {

        public LateCancellations {
            requirePositive(count, withinMonths);
        }

        @Override
        public String code() {
            return "late-cancellations";
        }

        @Override
        public String description() {
            return counted(count, "late cancellation", "late cancellations") + " " + inTheLast(withinMonths);
        }
    }

    /** The booking was made this many whole days before its start. */
    record BookedFarAhead(int days) implements RiskReason {

        public BookedFarAhead {
            if (days < 1) {
                throw new IllegalArgumentException("a booking far ahead is at least a day ahead");
            }
        }

        @Override
        public String code() {
            return "booked-far-ahead";
        }

        @Override
        public String description() {
            return "booked " + counted(days, "day", "days") + " ahead";
        }
    }

    private static void requirePositive(int count, int months) {
        if (count < 1 || months < 1) {
            throw new IllegalArgumentException("a reason counts at least one, over at least one month");
        }
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String inTheLast(int months) {
        return months == 1 ? "in the last month" : "in the last " + months + " months";
    }
}
