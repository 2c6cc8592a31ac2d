package com.clinicnetwork.web.directory;

/**
 * The directory's managed list of specialties. Clients search by the problem they have; each specialty is shown
 * by the problem it treats ({@code specialty.<NAME>} in the messages).
 */
public enum Specialty {
    KNEE_REHABILITATION, SPORTS_MASSAGE, TRIGGER_POINT_THERAPY, DEEP_TISSUE, MYOFASCIAL_RELEASE, STRETCHING_AND_REHAB, PRENATAL;

    public String messageKey() {
        return "specialty." + name();
    }
}
