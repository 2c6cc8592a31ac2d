package com.clinicnetwork.testsupport.apidocs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The committed API documents are the contract front ends build against. A service's integration test hands its
 * current document to {@link #record}: unchanged, nothing happens; changed compatibly (a new endpoint, a new optional
 * field), the file in {@code docs/openapi/} is rewritten, for the change to be committed with the code; changed
 * incompatibly (a removed endpoint or field, a new required input, a narrower type), the test fails with the list of
 * changes, unless the change is accepted on purpose with {@code -Dclinic.openapi.accept-incompatible=true}, which
 * rewrites the file. Either way {@code clinic-platform.json} is merged again from the parts' files.
 */
public final class ApiBaseline {

    public static final String ACCEPT_INCOMPATIBLE = "clinic.openapi.accept-incompatible";

    private ApiBaseline() {
    }

    /**
     * @param name     the part's name, e.g. {@code booking-service}: its file is {@code docs/openapi/<name>.json}
     * @param document the part's document as the running service serves it
     * @throws AssertionError on an incompatible change that was not accepted
     */
    public static void record(String name, String document) {
        record(ApiDocuments.directory(), Path.of("target", "openapi"), name, document, Boolean.getBoolean(ACCEPT_INCOMPATIBLE));
    }

    static void record(Path directory, Path output, String name, String document, boolean acceptIncompatible) {
        Path baseline = directory.resolve(name + ".json");
        String current = ApiDocuments.canonical(document);
        ApiDocuments.write(output.resolve(name + ".json"), current);
        if (Files.isRegularFile(baseline)) {
            String committed = ApiDocuments.read(baseline);
            if (committed.equals(current)) {
                ApiDocuments.writePlatformDocument(directory);
                return;
            }
            ChangedOpenApi changes = OpenApiCompare.fromContents(committed, current);
            if (changes.isIncompatible() && !acceptIncompatible) {
                throw new AssertionError(name + "'s API changed incompatibly with " + baseline + " (front ends built "
                        + "against it would break; the new document is target/openapi/" + name + ".json):\n\n"
                        + markdown(changes) + "\nIf the change is intended, accept it by running this test with -D"
                        + ACCEPT_INCOMPATIBLE + "=true and commit the rewritten file.");
            }
        }
        ApiDocuments.write(baseline, current);
        ApiDocuments.writePlatformDocument(directory);
    }

    private static String markdown(ChangedOpenApi changes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(changes, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
