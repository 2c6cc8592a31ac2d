package com.clinicnetwork.web.frontdesk;

import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.StaffDirectoryApi;
import com.clinicnetwork.web.staff.StaffMember;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The directory's entries of the locations a front desk works at, by name; ids the directory does not know are left out. */
@Component
class FrontDeskLocations {

    private final StaffDirectoryApi directory;

    FrontDeskLocations(StaffDirectoryApi directory) {
        this.directory = directory;
    }

    List<DirectoryLocation> of(StaffMember staff) {
        if (staff.locationIds().isEmpty()) {
            return List.of();
        }
        return directory.locations().stream().filter(location -> staff.worksAt(location.id()))
                .sorted(Comparator.comparing(DirectoryLocation::name)).toList();
    }

    /** The location asked for if the desk works there, otherwise its first; empty if it works nowhere. */
    Optional<DirectoryLocation> chosen(List<DirectoryLocation> locations, UUID requested) {
        return locations.stream().filter(location -> location.id().equals(requested)).findFirst()
                .or(() -> locations.stream().findFirst());
    }
}
