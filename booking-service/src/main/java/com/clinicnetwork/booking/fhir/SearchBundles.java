package com.clinicnetwork.booking.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Search results as FHIR {@code searchset} Bundles: the total, each resource under its full URL, and links to this
 * page and the next and previous ones ({@code _count} entries from {@code _offset}), all under the public FHIR base.
 */
@Component
class SearchBundles {

    private final FhirProperties properties;

    SearchBundles(FhirProperties properties) {
        this.properties = properties;
    }

    Bundle searchset(ExportedType type, SearchParameters parameters, int count, long offset, Found found) {
        Bundle bundle = new Bundle();
        bundle.setType(BundleType.SEARCHSET);
        bundle.setTotal((int) Math.min(found.total(), Integer.MAX_VALUE));
        String search = properties.baseUrl() + "/" + type.resourceName() + "?" + withCriteria(parameters.criteria());
        bundle.addLink().setRelation("self").setUrl(search + paging(count, offset));
        if (count > 0 && offset + count < found.total()) {
            bundle.addLink().setRelation("next").setUrl(search + paging(count, offset + count));
        }
        if (count > 0 && offset > 0) {
            bundle.addLink().setRelation("previous").setUrl(search + paging(count, Math.max(0, offset - count)));
        }
        for (Resource resource : found.resources()) {
            bundle.addEntry()
                    .setFullUrl(fullUrl(resource))
                    .setResource(resource)
                    .getSearch().setMode(SearchEntryMode.MATCH);
        }
        return bundle;
    }

    String fullUrl(Resource resource) {
        return properties.baseUrl() + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }

    private static String withCriteria(String criteria) {
        return criteria.isEmpty() ? "" : criteria + "&";
    }

    private static String paging(int count, long offset) {
        return SearchParameters.COUNT + "=" + count + "&" + SearchParameters.OFFSET + "=" + offset;
    }
}
