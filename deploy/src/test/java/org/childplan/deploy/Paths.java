package org.childplan.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the files under test are: deploy/ (this module) and the repository root above it. */
final class Paths {

    private Paths() {
    }

    static Path deploy() {
        String configured = System.getProperty("deploy.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("k8s"))) {
            dir = dir.resolve("deploy");
        }
        if (!Files.isDirectory(dir.resolve("k8s"))) {
            throw new IllegalStateException("cannot find deploy/k8s from " + Path.of("").toAbsolutePath());
        }
        return dir.toAbsolutePath().normalize();
    }

    static Path repository() {
        return deploy().getParent();
    }

    static Path k8s() {
        return deploy().resolve("k8s");
    }

    static Path base() {
        return k8s().resolve("base");
    }

    static Path production() {
        return k8s().resolve("overlays/production");
    }

    static Path compose() {
        return deploy().resolve("docker-compose.yml");
    }
}
