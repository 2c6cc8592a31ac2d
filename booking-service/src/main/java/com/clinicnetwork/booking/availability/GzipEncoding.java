package com.clinicnetwork.booking.availability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for answers that are compressed once and sent many times. A week of a busy location's slots is about a megabyte
 * of JSON that compresses to a few percent of it: every proxy hop and client then moves and reads that much less.
 */
final class GzipEncoding {

    private GzipEncoding() {
    }

    /**
     * Whether an {@code Accept-Encoding} header (RFC 9110 §12.5.3) accepts gzip: listed as {@code gzip}, {@code x-gzip}
     * or {@code *}, and not with {@code q=0}.
     */
    static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if ((name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException malformed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Compressed for speed, not size: JSON of repeated slots shrinks well at the fastest level already. */
    static byte[] compress(byte[] content) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, content.length / 16));
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 8192) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
