package com.clinicnetwork.booking.fhir;

import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/** What the export serves, as FHIR describes a server: each type of {@link ExportedType}, read and searched, nothing else. */
final class Capabilities {

    private Capabilities() {
    }

    /** @param since when this description took effect: the service's start */
    static CapabilityStatement statement(String baseUrl, Instant since) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(Date.from(since));
        // "capability" rather than "instance": the R4 Schematron's cpb-15 and cpb-16 both test kind = 'instance' (an
        // erratum of the published rules) and together allow no instance statement at all.
        statement.setKind(CapabilityStatementKind.CAPABILITY);
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("json");
        statement.addFormat(FhirJson.MEDIA_TYPE);
        statement.setName("ClinicPlatformFhirExport");
        statement.setTitle("Clinic platform: the directory, free slots and appointments as FHIR R4, read-only");
        statement.getSoftware().setName("clinic platform booking-service");
        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Base: " + baseUrl + ". Read-only. Every request needs the platform's bearer token (OAuth2, RS256 JWT). Searches "
                + "answer searchset Bundles with total and self, next and previous links; _count (default 20, at most "
                + "100) and _offset page them. Unknown search parameters are refused (400). Errors are OperationOutcomes.");
        rest.getSecurity().setDescription("OAuth2 bearer tokens of the platform's identity provider; what an appointment "
                + "shows depends on the caller's role as in the platform's JSON API.");
        for (ExportedType type : ExportedType.values()) {
            CapabilityStatementRestResourceComponent resource = rest.addResource()
                    .setType(type.resourceName())
                    .setDocumentation(type.documentation());
            resource.addInteraction().setCode(TypeRestfulInteraction.READ);
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            for (ExportedType.Parameter parameter : type.parameters()) {
                resource.addSearchParam()
                        .setName(parameter.name())
                        .setType(parameter.type())
                        .setDefinition(parameter.definition())
                        .setDocumentation(parameter.documentation());
            }
        }
        return statement;
    }
}
