package com.clinicnetwork.identity.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.identity.MissingSettingException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path directory;

    @Test
    void aMissingKeyIsCreatedReadableByItsOwnerOnlyAndTheSameKeyIsLoadedAfterwards() throws Exception {
        Path file = directory.resolve("keys/signing-key.json");

        RSAKey created = SigningKeys.loadOrCreate(file);
        RSAKey loaded = SigningKeys.loadOrCreate(file);

        assertThat(created.isPrivate()).isTrue();
        assertThat(created.getKeyID()).isNotBlank();
        assertThat(created.size()).isEqualTo(2048);
        assertThat(loaded).isEqualTo(created);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aKeyWrittenByTheDevelopmentIssuerFormatIsUsedAsItIs() throws Exception {
        RSAKey existing = new RSAKeyGenerator(2048).keyID("launcher-key").generate();
        Path file = directory.resolve("shared.json");
        Files.writeString(file, existing.toJSONString());

        assertThat(SigningKeys.loadOrCreate(file)).isEqualTo(existing);
    }

    @Test
    void aPublicKeyOrAnUnreadableFileIsRefused() throws Exception {
        Path publicOnly = directory.resolve("public.json");
        Files.writeString(publicOnly, new RSAKeyGenerator(2048).keyID("k").generate()
                .toPublicJWK().toJSONString());
        Path garbage = directory.resolve("garbage.json");
        Files.writeString(garbage, "not a key");

        assertThatThrownBy(() -> SigningKeys.loadOrCreate(publicOnly)).isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("no private key");
        assertThatThrownBy(() -> SigningKeys.loadOrCreate(garbage)).isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("not an RSA JWK");
    }
}
