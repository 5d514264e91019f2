#!/usr/bin/env bash
# Builds the three service images with Jib (quarkus-container-image-jib) from the Maven build.
#
#   deploy/build-images.sh                        into the local Docker daemon, as childplan/<service>:<version>
#   deploy/build-images.sh --push REGISTRY [TAG]  pushed to REGISTRY/childplan/<service>:TAG (no Docker daemon needed;
#                                                 the base image REGISTRY/childplan/jre17-cjk:17 must be there already)
#
# evaluation-service sits on childplan/jre17-cjk:17 (deploy/images/jre17-cjk), which adds the CJK font for PDFs;
# in the local mode this script builds that base first with `docker build`.
# Extra arguments after those are passed to Maven (e.g. -DskipTests is already set; -pl indicator-service).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base_image=childplan/jre17-cjk:17

mode=local
registry=""
tag=""
if [[ "${1:-}" == "--push" ]]; then
  mode=push
  registry=${2:?usage: deploy/build-images.sh --push REGISTRY [TAG]}
  shift 2
  if [[ $# -gt 0 && "$1" != -* ]]; then tag=$1; shift; fi
elif [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,11p' "$0"; exit 0
fi

args=(-B package -DskipTests -Dquarkus.container-image.group=childplan)
[[ -n "$tag" ]] && args+=("-Dquarkus.container-image.tag=$tag")

if [[ "$mode" == local ]]; then
  command -v docker >/dev/null && docker info >/dev/null 2>&1 || {
    echo "No Docker daemon answers. Use --push REGISTRY to build without one (docs/deploy.md)." >&2; exit 1; }
  docker build -t "$base_image" "$root/deploy/images/jre17-cjk"
  args+=(-Dquarkus.container-image.build=true)
  evaluation_base="docker://$base_image"
else
  args+=(-Dquarkus.container-image.push=true "-Dquarkus.container-image.registry=$registry")
  evaluation_base="$registry/$base_image"
fi

cd "$root"
# indicator-service and agency-service keep Quarkus' default base image (UBI 9 OpenJDK 17 runtime)
./mvnw "${args[@]}" -pl indicator-service,agency-service -am "$@"
./mvnw "${args[@]}" -pl evaluation-service -am "-Dquarkus.jib.base-jvm-image=$evaluation_base" "$@"
