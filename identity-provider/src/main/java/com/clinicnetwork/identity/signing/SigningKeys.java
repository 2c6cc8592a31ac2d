package com.clinicnetwork.identity.signing;

import com.clinicnetwork.identity.MissingSettingException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key tokens are signed with, kept in a JWK file so that tokens outlive a restart and the local
 * launcher's in-process token minter can sign with the same key (test-support's {@code TokenMinter} reads this
 * format). The file holds the private key: it is created readable by its owner only.
 */
public final class SigningKeys {

    private SigningKeys() {
    }

    public static RSAKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return parse(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Signing key file " + file + " cannot be read or written", e);
        }
    }

    private static RSAKey parse(Path file) throws IOException {
        RSAKey key;
        try {
            key = RSAKey.parse(Files.readString(file));
        } catch (ParseException e) {
            throw new MissingSettingException("Signing key file " + file + " is not an RSA JWK",
                    "Point CLINIC_IDP_SIGNING_KEY_FILE at an RSA JWK with its private part, or delete the file to have a new key created.");
        }
        if (!key.isPrivate() || key.getKeyID() == null) {
            throw new MissingSettingException("Signing key file " + file + " has no private key or no key id (kid)",
                    "Point CLINIC_IDP_SIGNING_KEY_FILE at an RSA JWK with its private part and a kid, or delete the file to have a new key created.");
        }
        return key;
    }

    private static void create(Path file) throws IOException {
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("No RSA key generator", e);
        }
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".signing-key", ".tmp");
        try {
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, key.toJSONString(), StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            // The launcher may create the same file at the same moment: the first key written is the one both use.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
