#!/usr/bin/env bash
# How the services are built and started outside containers: sourced by deploy/run-local.sh, and by bench/startup.sh
# so that the benchmark measures what run-local starts. Why each setting, and its measured effect: docs/deploy.md,
# "JVM settings and startup".

# Build: the Quarkus build also writes an AppCDS archive, target/quarkus-app/app-cds.jsa (JDK 17: a dynamic CDS
# archive of the classes loaded up to the end of static init). Not in the default build, so `./mvnw verify` and the
# tests do not pay for it. deploy/train-class-archives.sh then records it again from a training start, with the
# classes loaded after static init too (deploy/run-local.sh runs it after each build).
CHILDPLAN_PACKAGE_OPTS=(-Dquarkus.package.jar.aot.enabled=true)

# JVM: what the JVM would pick by itself in the Kubernetes pods (docs/deploy.md), made explicit on a large machine.
#   -XX:+UseSerialGC   the collector the JVM chooses below 2 CPUs or 1792 MB; no parallel GC threads, least footprint
#   -Xms32m            a small initial heap, as in a pod (1/64 of the limit): the young generation, and with it what
#                      startup's garbage touches before the first collection, stays small (the default here is
#                      1/64 of the machine's memory, 384 MB on 24 GB, most of it touched as young generation)
#   -Xmx512m           a bound like the pods' (75% of a 768 Mi limit); the services run on 256 MB (resilience tests)
#   -XX:MetaspaceSize=128m  the metaspace level that first triggers a full collection (a threshold, not memory
#                      taken): at the default (~21 MB) loading the services' classes set off 2-3 full collections
#                      during every start, to unload classes that are all still in use
#   -XX:TrimNativeHeapInterval=5000  every 5 s, hand the C library's freed memory back to the system (malloc_trim;
#                      JDK 17.0.9+). The JIT compiles with native arenas it frees when done, but glibc kept them:
#                      after agency-service's first start, 60 MB of freed compiler arenas stayed in its RSS for good
CHILDPLAN_JAVA_OPTS=(-XX:+UseSerialGC -Xms32m -Xmx512m -XX:MetaspaceSize=128m -XX:TrimNativeHeapInterval=5000)
# The AppCDS archive is used when the build made one (the JVM must then run in target/quarkus-app, where the
# archive's relative class path points): see childplan_java_opts.

# childplan_java_opts APP_DIR: the JVM options for the service in APP_DIR (its target/quarkus-app), one per line
childplan_java_opts() {
  printf '%s\n' "${CHILDPLAN_JAVA_OPTS[@]}"
  if [[ -f "$1/app-cds.jsa" ]]; then
    printf '%s\n' "-XX:SharedArchiveFile=app-cds.jsa"
  fi
}
