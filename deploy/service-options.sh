#!/usr/bin/env bash
# How the services are built and started outside containers: sourced by deploy/run-local.sh, and by bench/startup.sh
# so that the benchmark measures what run-local starts. Why each setting, and its measured effect: docs/deploy.md,
# "JVM settings and startup".

# Build: the Quarkus build also writes an AppCDS archive, target/quarkus-app/app-cds.jsa (with the JDK that runs
# Maven; JDK 17: a dynamic CDS archive of the classes loaded up to the end of static init). Not in the default build,
# so `./mvnw verify` and the tests do not pay for it. deploy/train-class-archives.sh then records the archive of the
# JVM the services run on (below) from a training start, with the classes loaded after static init too
# (deploy/run-local.sh runs it after each build).
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

# Runtime: the JVM the services run on, and the class archive it uses. JDK 25 and later keep, in an AOT cache, the
# classes a training start loaded already parsed, verified and linked, with the method profiles the JIT gathered
# (JEPs 483, 514, 515); JDK 17's dynamic CDS archive keeps them parsed only. On this machine evaluation-service's
# restart took 3.3 s on JDK 25 with its cache against 4.7 s on JDK 17 with its archive (docs/deploy.md). The code is
# compiled for Java 17 and runs on either. Which JVM: CHILDPLAN_JAVA if set; else the newest JDK 25 or later under
# /usr/lib/jvm; else the java on the PATH.
CHILDPLAN_AOT_CACHE_FROM=25

# childplan_java: the java executable the services run on
childplan_java() {
  if [[ -n "${CHILDPLAN_JAVA:-}" ]]; then echo "$CHILDPLAN_JAVA"; return; fi
  local candidate best="" best_feature=0 feature
  for candidate in /usr/lib/jvm/*/bin/java; do
    [[ -x "$candidate" ]] || continue
    feature=$(childplan_java_feature "$candidate")
    if (( feature >= CHILDPLAN_AOT_CACHE_FROM && feature > best_feature )); then best=$candidate; best_feature=$feature; fi
  done
  echo "${best:-java}"
}

# childplan_java_feature JAVA: its feature release (17, 25)
childplan_java_feature() {
  # the first "version" line: a JAVA_TOOL_OPTIONS notice may come before it
  "$1" -version 2>&1 | sed -nE 's/.*version "(1\.)?([0-9]+).*/\2/p' | head -1
}

# childplan_java_version JAVA: the JVM's path and full version, which a class archive is valid for
childplan_java_version() {
  echo "$1 $("$1" -version 2>&1 | sed -n 2p)"
}

# childplan_class_archive JAVA: the file in target/quarkus-app that holds the class archive JAVA uses: app.aot (an AOT
# cache, JDK 25+) or app-cds.jsa (a CDS archive). The JVM must run in that directory: the archive names the class
# path relative to it.
childplan_class_archive() {
  if (( $(childplan_java_feature "$1") >= CHILDPLAN_AOT_CACHE_FROM )); then echo app.aot; else echo app-cds.jsa; fi
}

# childplan_recording_file JAVA: where a training start on JAVA writes its class archive as it exits, beside the one in
# use (app.trained.aot, app-cds.trained.jsa) until childplan_keep_recorded_archive puts it in place
childplan_recording_file() {
  local archive; archive=$(childplan_class_archive "$1")
  echo "${archive%.*}.trained.${archive##*.}"
}

# childplan_archive_recording_opts JAVA: the options with which JAVA writes its class archive to the recording file
# as it exits (the AOT cache is assembled by a second JVM the first starts at exit; the CDS archive by the JVM itself)
childplan_archive_recording_opts() {
  local file; file=$(childplan_recording_file "$1")
  if [[ $(childplan_class_archive "$1") == app.aot ]]; then
    printf '%s\n' "-XX:AOTCacheOutput=$file" -Xlog:aot=off -Xlog:cds=off
  else
    printf '%s\n' "-XX:ArchiveClassesAtExit=$file" -Xlog:cds=off -Xlog:cds+dynamic=off
  fi
}

# childplan_keep_recorded_archive APP_DIR JAVA: puts the archive a training start wrote in place of the one in use;
# fails when it wrote none
childplan_keep_recorded_archive() {
  local recorded; recorded="$1/$(childplan_recording_file "$2")"
  [[ -s "$recorded" ]] && mv -f "$recorded" "$1/$(childplan_class_archive "$2")"
}

# childplan_java_opts APP_DIR [JAVA]: the JVM options for the service in APP_DIR (its target/quarkus-app) on JAVA
# (default: childplan_java), one per line: CHILDPLAN_JAVA_OPTS, and the class archive where there is one for JAVA
childplan_java_opts() {
  local java=${2:-$(childplan_java)} archive
  printf '%s\n' "${CHILDPLAN_JAVA_OPTS[@]}"
  archive=$(childplan_class_archive "$java")
  if [[ -f "$1/$archive" ]]; then
    if [[ $archive == app.aot ]]; then echo "-XX:AOTCache=$archive"; else echo "-XX:SharedArchiveFile=$archive"; fi
  fi
}
