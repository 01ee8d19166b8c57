#!/usr/bin/env bash
# The container image's base, built without a Docker daemon: a docker-archive tar (the format of `docker save`)
# holding one layer -- a Java runtime cut down by jlink, the C libraries it links, a user 10001 (paycrypto) owning
# /data, a world-writable /tmp -- and a configuration with the HEALTHCHECK, which Jib cannot set but keeps from its
# base. Jib puts the service on top (the `image` profile of infra/local/pom.xml). No shell, no package manager.
#
# usage: base-image.sh OUT_DIR      (writes OUT_DIR/base.tar; needs a JDK 17 with jlink, GNU tar, ldd, sha256sum)
set -euo pipefail

out=$1
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
rootfs=$out/rootfs
rm -rf "$out"
mkdir -p "$rootfs"

# what the service's classes and libraries use (jlink --suggest-providers and a run of the image's test decide it;
# jdk.crypto.ec holds the elliptic curves, java.sql the SQLite driver's API, jdk.unsupported Netty's Unsafe)
modules=java.base,java.logging,java.management,java.naming,java.net.http,java.sql,java.xml
modules=$modules,jdk.crypto.ec,jdk.unsupported,jdk.management,jdk.zipfs
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$rootfs/opt/java"
# the class data sharing archive the JDK ships speeds every start, the health check's too
"$rootfs/opt/java/bin/java" -Xshare:dump >/dev/null 2>&1 || true

# the C libraries the runtime links, at the paths they have here, with the dynamic loader; and the ones native
# code loaded at run time links (SQLite's driver: libm, libpthread, libdl)
libraries() {
  find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
    | xargs -0 ldd 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\/.*ld-linux/ {print $1}'
  for name in libm.so.6 libpthread.so.0 libdl.so.2 librt.so.1 libgcc_s.so.1 libz.so.1; do
    for dir in /lib/x86_64-linux-gnu /usr/lib/x86_64-linux-gnu /lib/aarch64-linux-gnu /usr/lib/aarch64-linux-gnu; do
      [ -e "$dir/$name" ] && { echo "$dir/$name"; break; }
    done
  done
}
libraries | grep -v "^$rootfs" | sort -u | while read -r library; do
  mkdir -p "$rootfs$(dirname "$library")"
  cp -L "$library" "$rootfs$library"
done

mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/data"
printf 'root:x:0:0:root:/root:/sbin/nologin\npaycrypto:x:10001:10001:PayCrypto:/data:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\npaycrypto:x:10001:\n' > "$rootfs/etc/group"
chmod 1777 "$rootfs/tmp"
chmod 0700 "$rootfs/data"

# one layer, reproducible: sorted, dated 1970, root's files but /data, which is the service user's
layer=$out/layer.tar
top=$(cd "$rootfs" && ls -A | grep -vx data)
# shellcheck disable=SC2086
tar --sort=name --mtime=@0 --numeric-owner --owner=0 --group=0 -C "$rootfs" -cf "$layer" $top
tar --sort=name --mtime=@0 --numeric-owner --owner=10001 --group=10001 -C "$rootfs" -rf "$layer" data
diff_id=sha256:$(sha256sum "$layer" | cut -d' ' -f1)

case "$(uname -m)" in
  x86_64) architecture=amd64 ;;
  aarch64) architecture=arm64 ;;
  *) architecture=$(uname -m) ;;
esac
second=1000000000
cat > "$out/config.json" <<JSON
{"architecture":"$architecture","os":"linux",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java"],
  "Healthcheck":{"Test":["CMD","/opt/java/bin/java","-XX:TieredStopAtLevel=1","-XX:+UseSerialGC","-XX:-UsePerfData","-Xmx16m",
   "-cp","/app/classes","dev.paycrypto.local.HealthCheck"],
   "Interval":$((30 * second)),"Timeout":$((10 * second)),"StartPeriod":$((60 * second)),"Retries":3}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"infra/local/src/image/base-image.sh"}]}
JSON
printf '[{"Config":"config.json","RepoTags":["paycrypto-base:local"],"Layers":["layer.tar"]}]\n' > "$out/manifest.json"
tar --sort=name --mtime=@0 --numeric-owner --owner=0 --group=0 -C "$out" -cf "$out/base.tar" \
  manifest.json config.json layer.tar
rm -rf "$rootfs" "$layer"
echo "base image: $out/base.tar"
