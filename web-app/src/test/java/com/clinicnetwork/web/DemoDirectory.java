package com.clinicnetwork.web;

/** Directory answers of the stand-in gateway: the demo chain's first location (London) and Berlin, two treatments, Maya. */
public final class DemoDirectory {

    public static final String MANCHESTER = "10000000-0000-4000-8000-000000000001";
    public static final String BERLIN = "10000000-0000-4000-8000-000000000003";
    public static final String MAYA = "20000000-0000-4000-8000-000000000001";
    public static final String KNEE = "30000000-0000-4000-8000-000000000001";

    public static final String MANCHESTER_JSON = """
            {"id":"%s","name":"Manchester Riverside","address":"1 River St","timeZone":"Europe/London","active":true,"version":1,
             "openingHours":[]}""".formatted(MANCHESTER);
    public static final String BERLIN_JSON = """
            {"id":"%s","name":"Berlin Mitte","address":"Torstr. 1","timeZone":"Europe/Berlin","active":true,"version":1}"""
            .formatted(BERLIN);
    public static final String KNEE_JSON = """
            {"id":"%s","name":"Knee pain relief massage","durationMinutes":60,"bufferMinutes":15,
             "requiredSpecialty":"KNEE_REHABILITATION","price":65.00,"active":true,"version":1}""".formatted(KNEE);
    public static final String MAYA_JSON = """
            {"id":"%s","displayName":"Maya Okafor","bio":"Knee rehab specialist","licenceNumber":"L1",
             "specialties":["KNEE_REHABILITATION","SPORTS_MASSAGE"],
             "locations":[{"id":"%s","name":"Manchester Riverside","timeZone":"Europe/London"}],
             "treatments":[{"id":"%s","name":"Knee pain relief massage","durationMinutes":60,"price":65.00}],
             "workingHours":[],"timeOff":[],"extraHours":[],"active":true,"version":3}""".formatted(MAYA, MANCHESTER, KNEE);

    private DemoDirectory() {
    }

    public static void serve(StandInServer gateway) {
        gateway.json("GET", "/api/v1/locations", 200, page(MANCHESTER_JSON + "," + BERLIN_JSON, 2));
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER, 200, MANCHESTER_JSON);
        gateway.json("GET", "/api/v1/locations/" + BERLIN, 200, BERLIN_JSON);
        gateway.json("GET", "/api/v1/treatments", 200, page(KNEE_JSON, 1));
        gateway.json("GET", "/api/v1/treatments/" + KNEE, 200, KNEE_JSON);
        gateway.json("GET", "/api/v1/therapists", 200, page(MAYA_JSON, 1));
        gateway.json("GET", "/api/v1/therapists/" + MAYA, 200, MAYA_JSON);
    }

    public static String page(String items, int total) {
        return "{\"items\":[" + items + "],\"page\":0,\"size\":20,\"totalItems\":" + total + ",\"totalPages\":1}";
    }
}
