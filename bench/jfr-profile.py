#!/usr/bin/env python3
"""Summarise a JFR recording's CPU samples (jdk.ExecutionSample) for the benchmark report (see bench/README.md).

  bench/jfr-profile.py recording.jfr [N]

Prints the share of samples per category below (a sample belongs to the innermost frame on its stack that falls in a
category, e.g. BigInteger under RSA under nimbus counts as the RSA check), the callers of regular expressions, then the N hottest frames "inclusive" (on the stack at all) among the application's libraries.
"""
import collections, json, os, subprocess, sys

CATEGORIES = [
    ("JWT signature check (RSA, BigInteger)", ("java.math.BigInteger", "sun.security.rsa", "RSASSAVerifier")),
    ("JWT decode/validate (nimbus, Spring Security JWT)", ("com.nimbusds", "oauth2.jwt", "oauth2.server.resource")),
    ("Spring Security filters", ("org.springframework.security",)),
    ("Tracing/observation (Micrometer, Brave/OTel)", ("io.micrometer.tracing", "brave.", "io.opentelemetry",
                                                       "io.micrometer.observation")),
    ("Metrics (Micrometer, Prometheus)", ("io.micrometer.core", "io.prometheus")),
    ("Regular expressions", ("java.util.regex", "java.lang.Character.getType", "java.lang.Character.codePointAt")),
    ("Hibernate/JPA", ("org.hibernate",)),
    ("Spring Data JDBC", ("org.springframework.data.jdbc", "org.springframework.data.relational")),
    ("JDBC driver + pool", ("org.postgresql", "com.zaxxer.hikari")),
    ("Jackson (JSON)", ("com.fasterxml.jackson", "tools.jackson")),
    ("Tomcat (HTTP)", ("org.apache.tomcat", "org.apache.coyote", "org.apache.catalina")),
    ("Logging", ("ch.qos.logback", "org.slf4j", "org.apache.logging")),
    ("Spring MVC dispatch", ("org.springframework.web.servlet", "org.springframework.web.method")),
    ("Reactor Netty / Netty", ("reactor.netty", "io.netty")),
    ("Spring Cloud Gateway", ("org.springframework.cloud.gateway",)),
    ("Reactor core", ("reactor.core",)),
    ("Spring WebFlux", ("org.springframework.web.reactive", "org.springframework.web.server")),
    ("Spring Session", ("org.springframework.session",)),
]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    jfr = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "jfr")
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    cats = collections.Counter()
    inclusive = collections.Counter()
    regex_callers = collections.Counter()
    for e in events:
        frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
        names = [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".") for f in frames]
        # the sample belongs to the innermost frame (nearest the leaf) that falls in a category
        label = next((lbl for n in names for lbl, prefixes in CATEGORIES if n.startswith(prefixes)), "other")
        cats[label] += 1
        if label == "Regular expressions":
            caller = next((n for n in names if not n.startswith(("java.", "jdk.", "sun."))), "?")
            regex_callers[caller] += 1
        for n in set(names):
            if not n.startswith(("java.", "jdk.", "sun.")):
                inclusive[n] += 1
    total = len(events) or 1
    print(f"{len(events)} CPU samples")
    print("by innermost library on the stack (each sample counted once):")
    for label, n in cats.most_common():
        print(f"  {100 * n / total:5.1f} %  {label}")
    if regex_callers:
        print("regular expressions called from:")
        for n, c in regex_callers.most_common(5):
            print(f"  {100 * c / total:5.1f} %  {n}")
    print(f"hottest frames (inclusive), top {top}:")
    for n, c in inclusive.most_common(top):
        print(f"  {100 * c / total:5.1f} %  {n}")


if __name__ == "__main__":
    main()
