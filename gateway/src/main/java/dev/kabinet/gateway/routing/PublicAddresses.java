package dev.kabinet.gateway.routing;

import dev.kabinet.gateway.system.GatewayProperties;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the addresses a service names (its own host and port, its internal paths {@code /api/v1/**} and
 * {@code /v3/api-docs}) into the public ones the browser uses through the gateway ({@code /api/<svc>/v1/**},
 * {@code /api/<svc>/v3/api-docs}). An address on another host is left alone; an internal address that has no public
 * counterpart loses its host and port, so no internal address ever reaches the browser.
 */
final class PublicAddresses {

    private static final Pattern LINK_TARGET = Pattern.compile("<([^>]*)>");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)(url\\s*=\\s*['\"]?)([^'\";]+)");

    /** authority (host:port, lower case) of the services to their public prefixes {@code /api/<svc>} */
    private final Map<String, Set<String>> prefixesByAuthority = new LinkedHashMap<>();

    PublicAddresses(GatewayProperties properties) {
        properties.services().forEach((service, uri) -> prefixesByAuthority
                .computeIfAbsent(authority(uri), a -> new LinkedHashSet<>())
                .add(publicPrefix(service)));
    }

    static String publicPrefix(String service) {
        return "/api/" + service;
    }

    /**
     * The public form of one address found in a response of the service whose public prefix is {@code prefix}.
     * Relative addresses are the service's own; absolute ones are mapped when they name a service.
     */
    String publicUrl(String address, String prefix) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return address;
        }
        String servicePrefix = prefix;
        if (uri.isAbsolute() || uri.getRawAuthority() != null) {
            Set<String> known = uri.getRawAuthority() == null ? null : prefixesByAuthority.get(authority(uri));
            if (known == null) {
                return address;
            }
            // the route's own service first, when several share a host and port
            servicePrefix = known.contains(prefix) ? prefix : known.iterator().next();
        } else if (uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
            return address; // relative to the current path: already public
        }
        StringBuilder result = new StringBuilder(publicPath(uri.getRawPath(), servicePrefix));
        if (uri.getRawQuery() != null) {
            result.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            result.append('#').append(uri.getRawFragment());
        }
        return result.toString();
    }

    /** A {@code Link} header: every {@code <target>} mapped. */
    String publicLinks(String header, String prefix) {
        return replaceAll(LINK_TARGET, header, 1, prefix);
    }

    /** A {@code Refresh} header ({@code 5; url=...}): its URL mapped. */
    String publicRefresh(String header, String prefix) {
        return replaceAll(REFRESH_URL, header, 2, prefix);
    }

    List<String> publicUrls(List<String> values, String prefix) {
        return values.stream().map(v -> publicUrl(v, prefix)).toList();
    }

    private String replaceAll(Pattern pattern, String header, int group, String prefix) {
        Matcher m = pattern.matcher(header);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String mapped = header.substring(m.start(), m.start(group))
                    + publicUrl(m.group(group), prefix)
                    + header.substring(m.end(group), m.end());
            m.appendReplacement(out, Matcher.quoteReplacement(mapped));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String publicPath(String path, String prefix) {
        if (path == null || path.isEmpty()) {
            return prefix + "/";
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return prefix + path.substring("/api".length());
        }
        if (path.startsWith("/v3/api-docs")) {
            return prefix + path;
        }
        return path;
    }

    private static String authority(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase();
        int port = uri.getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return host + ":" + port;
    }
}
