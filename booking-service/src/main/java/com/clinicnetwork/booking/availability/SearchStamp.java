package com.clinicnetwork.booking.availability;

import com.clinicnetwork.booking.policy.BookingPolicy;
import java.time.Instant;

/**
 * Everything a search's answer depends on, in a form that is cheap to read and compare: when two searches with the
 * same parameters have equal stamps, the engine gets equal inputs and gives equal slots, so the first answer can be
 * served again.
 *
 * @param policy        the location's booking policy as it applies
 * @param earliestStart no slot starts before this (the range and the minimum notice, to the whole minute)
 * @param startsBefore  every slot starts before this (the range and the horizon, to the whole minute)
 * @param directory     the versions of the location, the treatment and each therapist who may offer it there: every
 *                      change to hours, time off, rooms, or who offers what arrives as a new version of one of them
 * @param taken         the sum of the schedule counters of the therapists and the treatment's rooms over the range's
 *                      UTC days: every change to a live appointment or held offer that touches one of them raises it
 */
record SearchStamp(BookingPolicy policy, Instant earliestStart, Instant startsBefore, String directory, String taken) {
}
