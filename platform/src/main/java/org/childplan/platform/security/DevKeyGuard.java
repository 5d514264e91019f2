package org.childplan.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Keeps the development signing key out of production: in the prod profile the service will not start without a
 * configured token key, nor with the dev key in deploy/dev-keys unless childplan.security.allow-dev-key=true says
 * that is meant (as the local run script does).
 */
@ApplicationScoped
public class DevKeyGuard {

    static final String DEV_KEY = "security/dev-public-key.pem";

    void check(@Observes StartupEvent event, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        Optional<String> location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class);
        Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
        if (location.isEmpty() && inline.isEmpty()) {
            throw new IllegalStateException("No token verification key is configured: set MP_JWT_VERIFY_PUBLICKEY_LOCATION "
                    + "(a PEM file or a JWKS URL of your identity provider) or MP_JWT_VERIFY_PUBLICKEY");
        }
        boolean allowed = config.getOptionalValue("childplan.security.allow-dev-key", Boolean.class).orElse(false);
        String configured = inline.orElseGet(() -> read(location.get()));
        if (!allowed && configured != null && normalise(configured).equals(normalise(read("classpath:" + DEV_KEY)))) {
            throw new IllegalStateException("The development token key (deploy/dev-keys) is configured in the prod profile; "
                    + "configure your identity provider's key, or set CHILDPLAN_SECURITY_ALLOW_DEV_KEY=true for a local run");
        }
    }

    private static String read(String location) {
        try {
            if (location.startsWith("classpath:") || !location.contains(":")) {
                String resource = location.replaceFirst("^classpath:", "");
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    if (in != null) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            Path file = Path.of(location.replaceFirst("^file:", ""));
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String normalise(String pem) {
        return pem == null ? "" : pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
