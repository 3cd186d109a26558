package dev.kabinet.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import dev.kabinet.deploy.Repository.Part;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Helm chart deploy/helm/kabinet, rendered by Helm's own code (helm-java: Helm's Go library, no helm binary, no
 * cluster) and every object read strictly into the Kubernetes API model ({@link KubernetesObjects}); then what the
 * objects must say about each app of the table of parts.
 */
@DisplayName("#12 the Helm chart renders valid Kubernetes objects for every app")
class HelmChartTest {

    private static final Path CHART = Repository.ROOT.resolve("deploy/helm/kabinet");
    private static final String KUBE_VERSION = "1.33.0";
    /** Read only by the tests' mailbox (platform-test), not by the apps: a cluster has no GreenMail. */
    private static final Set<String> TEST_ONLY =
            Set.of("KABINET_IMAP_PORT", "KABINET_GREENMAIL_API", "KABINET_SMS_SINK_URL");

    private static List<HasMetadata> render(UnaryOperator<TemplateCommand> values) {
        var command = new Helm(CHART)
                .template()
                .withName("kabinet")
                .withNamespace("kabinet")
                .withKubeVersion(KUBE_VERSION);
        return KubernetesObjects.read(values.apply(command).call());
    }

    private static List<HasMetadata> defaults;
    private static List<HasMetadata> everything;

    /** The chart with its values.yaml as it is (rendered once per test class: a render costs about a second). */
    private static synchronized List<HasMetadata> defaults() {
        if (defaults == null) {
            defaults = render(c -> c);
        }
        return defaults;
    }

    /** Everything switched on: a Secret from the values, the ingress, a profile and JVM options of its own. */
    private static synchronized List<HasMetadata> everything() {
        if (everything == null) {
            everything = renderEverything();
        }
        return everything;
    }

    private static List<HasMetadata> renderEverything() {
        return render(c -> {
            for (Part service : Repository.services()) {
                c.set("secrets.values." + service.serviceName() + "-db-password", "pw-" + service.serviceName());
            }
            return c.set("secrets.create", true)
                    .set("secrets.values.gateway-client-secret", "g")
                    .set("secrets.values.identity-client-secret", "i")
                    .set("secrets.values.notification-client-secret", "n")
                    .set("secrets.values.captcha-hmac-key", "c".repeat(32))
                    .set("secrets.values.otp-hash-key", "o".repeat(32))
                    .set("secrets.values.acquirer-password", "a")
                    .set("secrets.values.acquirer-callback-secret", "b")
                    .set("secrets.values.redis-password", "r")
                    .set("ingress.enabled", true)
                    .set("ingress.tlsSecret", "kabinet-tls")
                    .set("springProfiles", "prod")
                    .set("defaults.javaOptions", "-XX:MaxRAMPercentage=60");
        });
    }

    private static <T extends HasMetadata> Map<String, T> all(List<HasMetadata> objects, Class<T> kind) {
        return objects.stream()
                .filter(kind::isInstance)
                .map(kind::cast)
                .collect(Collectors.toMap(
                        o -> o.getMetadata().getName(),
                        o -> o,
                        (a, b) -> {
                            throw new AssertionError("two " + kind.getSimpleName() + " named "
                                    + a.getMetadata().getName());
                        },
                        TreeMap::new));
    }

    private static String objectName(Part app) {
        return "kabinet-" + app.name();
    }

    @Test
    @DisplayName("helm lint --strict finds nothing")
    void lints() {
        var result = new Helm(CHART).lint().strict().call();
        assertThat(result.getMessages())
                .as("helm lint")
                .noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
        assertThat(result.isFailed()).isFalse();
    }

    @Test
    @DisplayName("the chart's apps are the table's apps, with the same kinds and ports")
    @SuppressWarnings("unchecked")
    void sameApps() {
        var values = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Repository.read("deploy/helm/kabinet/values.yaml"));
        var apps = (Map<String, Map<String, Object>>) values.get("apps");
        var expected = Repository.apps().stream()
                .collect(Collectors.toMap(Part::name, p -> List.of(p.kind(), p.port()), (a, b) -> a, TreeMap::new));
        var actual = apps.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> List.of(e.getValue().get("kind"), e.getValue().get("port")),
                        (a, b) -> a,
                        TreeMap::new));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    @DisplayName("the dev and test only parts (kind demo: the demo back office) are never deployed: not in the chart's"
            + " apps, no object of theirs with the defaults or everything on")
    @SuppressWarnings("unchecked")
    void demoPartsAreNotDeployed() {
        var values = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Repository.read("deploy/helm/kabinet/values.yaml"));
        var apps = (Map<String, Object>) values.get("apps");
        assertThat(Repository.demos()).isNotEmpty();
        for (Part demo : Repository.demos()) {
            assertThat(apps).as("apps of values.yaml").doesNotContainKey(demo.name());
            for (var objects : List.of(defaults(), everything())) {
                assertThat(objects)
                        .as("objects of the chart")
                        .noneMatch(o -> o.getMetadata().getName().contains(demo.name()));
            }
        }
    }

    @Test
    @DisplayName("defaults and everything-on both render only known APIs and known fields, for each app a Deployment, "
            + "Service and PodDisruptionBudget")
    void rendersValidObjects() {
        for (var objects : List.of(defaults(), everything())) {
            var deployments = all(objects, Deployment.class);
            var services = all(objects, Service.class);
            var budgets = all(objects, PodDisruptionBudget.class);
            for (Part app : Repository.apps()) {
                assertThat(deployments).containsKey(objectName(app));
                assertThat(services).containsKey(objectName(app));
                assertThat(budgets).containsKey(objectName(app));
                assertThat(services.get(objectName(app)).getSpec().getPorts())
                        .singleElement()
                        .satisfies(p -> assertThat(p.getPort()).isEqualTo(app.port()));
            }
            assertThat(deployments).hasSize(Repository.apps().size());
        }
    }

    @Test
    @DisplayName("each app's container: its image and port, readiness/liveness/startup probes on actuator, resources, "
            + "non-root with a read-only root file system")
    void containers() {
        for (Deployment deployment : all(defaults(), Deployment.class).values()) {
            String name = deployment.getMetadata().getName();
            Part app = Repository.apps().stream()
                    .filter(p -> objectName(p).equals(name))
                    .findFirst()
                    .orElseThrow();
            var pod = deployment.getSpec().getTemplate();
            assertThat(pod.getMetadata().getLabels())
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(pod.getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
            Container c = pod.getSpec().getContainers().getFirst();
            assertThat(c.getImage()).isEqualTo("kabinet/" + app.name() + ":" + Repository.projectVersion());
            assertThat(c.getPorts()).singleElement().satisfies(p -> assertThat(p.getContainerPort())
                    .isEqualTo(app.port()));
            assertProbe(c.getReadinessProbe(), "/actuator/health/readiness");
            assertProbe(c.getLivenessProbe(), "/actuator/health/liveness");
            assertProbe(c.getStartupProbe(), "/actuator/health/liveness");
            assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).containsKey("memory");
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(c.getVolumeMounts())
                    .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
            assertThat(c.getEnv()).anySatisfy(e -> {
                assertThat(e.getName()).isEqualTo("SERVER_PORT");
                assertThat(e.getValue()).isEqualTo(String.valueOf(app.port()));
            });
            assertThat(c.getEnvFrom())
                    .singleElement()
                    .satisfies(e -> assertThat(e.getConfigMapRef().getName()).isEqualTo("kabinet"));
        }
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    @Test
    @DisplayName("settings from the environment: the ConfigMap holds what ./kabinet up gives the apps, passwords come "
            + "from a Secret")
    void configAndSecrets() {
        var objects = defaults();
        ConfigMap config = all(objects, ConfigMap.class).get("kabinet");
        var expected = Repository.appEnvironment().stream()
                .filter(n -> !TEST_ONLY.contains(n))
                .toList();
        assertThat(config.getData()).containsKeys(expected.toArray(String[]::new));
        for (Part service : Repository.services()) {
            assertThat(config.getData())
                    .containsEntry(
                            "KABINET_" + service.serviceName().toUpperCase() + "_URL",
                            "http://kabinet-" + service.name() + ":" + service.port());
        }
        assertThat(all(objects, Secret.class))
                .as("no Secret unless secrets.create")
                .isEmpty();
        var deployments = all(objects, Deployment.class);
        for (Part service : Repository.services()) {
            EnvVar password = env(deployments.get(objectName(service)), "KABINET_DB_PASSWORD");
            assertThat(password.getValue()).isNull();
            assertThat(password.getValueFrom().getSecretKeyRef().getName()).isEqualTo("kabinet");
            assertThat(password.getValueFrom().getSecretKeyRef().getKey())
                    .isEqualTo(service.serviceName() + "-db-password");
        }
        assertThat(env(deployments.get("kabinet-gateway"), "KABINET_GATEWAY_CLIENT_SECRET")
                        .getValueFrom()
                        .getSecretKeyRef()
                        .getKey())
                .isEqualTo("gateway-client-secret");
        assertThat(env(deployments.get("kabinet-identity-service"), "KABINET_IDENTITY_CLIENT_SECRET")
                        .getValueFrom()
                        .getSecretKeyRef()
                        .getKey())
                .isEqualTo("identity-client-secret");
        assertThat(env(deployments.get("kabinet-notification-service"), "KABINET_NOTIFICATION_CLIENT_SECRET")
                        .getValueFrom()
                        .getSecretKeyRef()
                        .getKey())
                .as("notification-service's client secret (e-bills' PDFs from billing) comes from the Secret")
                .isEqualTo("notification-client-secret");
        assertThat(config.getData())
                .as("notification-service fetches the e-bills' PDFs from billing-service inside the cluster")
                .containsEntry("KABINET_BILLING_URL", "http://kabinet-billing-service:8084");
        for (var key : List.of("KABINET_CAPTCHA_HMAC_KEY", "KABINET_OTP_HASH_KEY")) {
            assertThat(env(deployments.get("kabinet-identity-service"), key)
                            .getValueFrom()
                            .getSecretKeyRef()
                            .getKey())
                    .as("identity-service's %s comes from the Secret, never the dev default", key)
                    .isEqualTo(key.substring("KABINET_".length())
                            .toLowerCase(Locale.ROOT)
                            .replace('_', '-'));
        }
        for (var key : List.of("KABINET_ACQUIRER_PASSWORD", "KABINET_ACQUIRER_CALLBACK_SECRET")) {
            assertThat(env(deployments.get("kabinet-payment-service"), key)
                            .getValueFrom()
                            .getSecretKeyRef()
                            .getKey())
                    .as("payment-service's %s comes from the Secret, never the test acquirer's default", key)
                    .isEqualTo(key.substring("KABINET_".length())
                            .toLowerCase(Locale.ROOT)
                            .replace('_', '-'));
        }
        var redisPassword = env(deployments.get("kabinet-gateway"), "KABINET_REDIS_PASSWORD")
                .getValueFrom()
                .getSecretKeyRef();
        assertThat(redisPassword.getKey()).isEqualTo("redis-password");
        assertThat(redisPassword.getOptional())
                .as("a Redis without a password needs no key")
                .isTrue();
        assertThat(config.getData())
                .containsEntry("KABINET_REDIS_HOST", "redis")
                .containsEntry("KABINET_REDIS_PORT", "6379")
                .as("the bank sends residents back, and recovery letters link, to the public address")
                .containsEntry("KABINET_PUBLIC_URL", "https://kabinet.example.com")
                .containsEntry("KABINET_RECOVERY_LINK_BASE", "https://kabinet.example.com/recovery/reset")
                .containsEntry("KABINET_ACQUIRER_USERNAME", "kabinet-api");

        var everything = everything();
        assertThat(all(everything, Secret.class).get("kabinet").getStringData())
                .containsKeys(
                        "gateway-client-secret",
                        "identity-client-secret",
                        "notification-client-secret",
                        "captcha-hmac-key",
                        "otp-hash-key",
                        "acquirer-password",
                        "acquirer-callback-secret",
                        "metering-db-password",
                        "redis-password");
        assertThat(all(everything, ConfigMap.class).get("kabinet").getData())
                .containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        assertThat(env(all(everything, Deployment.class).get("kabinet-metering-service"), "JDK_JAVA_OPTIONS")
                        .getValue())
                .isEqualTo("-XX:MaxRAMPercentage=60");
    }

    private static EnvVar env(Deployment deployment, String name) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(deployment.getMetadata().getName() + " has no " + name));
    }

    @Test
    @DisplayName(
            "a HorizontalPodAutoscaler scales each app's Deployment on CPU, the gateway's too (its sessions are in "
                    + "Redis)")
    void autoscaling() {
        var objects = defaults();
        var scalers = all(objects, HorizontalPodAutoscaler.class);
        var deployments = all(objects, Deployment.class);
        for (Part service : Repository.apps()) {
            var hpa = scalers.get(objectName(service));
            assertThat(hpa).as("HPA of %s", service.name()).isNotNull();
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(objectName(service));
            assertThat(hpa.getSpec().getMinReplicas())
                    .isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
            assertThat(hpa.getSpec().getMetrics())
                    .anySatisfy(m -> assertThat(m.getResource().getName()).isEqualTo("cpu"));
            assertThat(deployments.get(objectName(service)).getSpec().getReplicas())
                    .as("replicas are the HPA's")
                    .isNull();
        }
        assertThat(scalers.get("kabinet-gateway").getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        for (var budget : all(objects, PodDisruptionBudget.class).values()) {
            assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("the ingress, when on, sends the public host to the gateway")
    void ingress() {
        assertThat(all(defaults(), Ingress.class)).isEmpty();
        Ingress ingress = all(everything(), Ingress.class).get("kabinet-gateway");
        var backend = ingress.getSpec()
                .getRules()
                .getFirst()
                .getHttp()
                .getPaths()
                .getFirst()
                .getBackend();
        assertThat(backend.getService().getName()).isEqualTo("kabinet-gateway");
        assertThat(ingress.getSpec().getTls().getFirst().getSecretName()).isEqualTo("kabinet-tls");
    }

    @Test
    @DisplayName(
            "JSON logs and sampled traces in every app; the alert rules and dashboards of deploy/observability shipped"
                    + " as ConfigMaps (ADR 0030)")
    void observability() throws Exception {
        var objects = defaults();
        var configMaps = all(objects, ConfigMap.class);
        assertThat(configMaps.get("kabinet").getData())
                .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")
                .containsEntry("KABINET_TRACING_SAMPLING", "0.1")
                .doesNotContainKey("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT");
        for (Deployment deployment : all(objects, Deployment.class).values()) {
            assertThat(deployment
                            .getSpec()
                            .getTemplate()
                            .getSpec()
                            .getContainers()
                            .getFirst()
                            .getEnvFrom())
                    .as("%s reads the ConfigMap", deployment.getMetadata().getName())
                    .anyMatch(from -> from.getConfigMapRef() != null
                            && "kabinet".equals(from.getConfigMapRef().getName()));
        }
        assertThat(configMaps.get("kabinet-alert-rules").getData().get("kabinet.rules.yml"))
                .isEqualTo(Repository.read("deploy/observability/alerts/kabinet.rules.yml")
                        .strip());
        var dashboards = configMaps.get("kabinet-dashboards");
        assertThat(dashboards.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        try (var files = java.nio.file.Files.list(Repository.ROOT.resolve("deploy/observability/dashboards"))) {
            var expected = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .toList();
            assertThat(dashboards.getData().keySet()).containsExactlyInAnyOrderElementsOf(expected);
            for (String name : expected) {
                assertThat(dashboards.getData().get(name))
                        .isEqualTo(Repository.read("deploy/observability/dashboards/" + name)
                                .strip());
            }
        }
        assertThat(objects).noneMatch(o -> o.getKind().equals("PrometheusRule"));

        var withOperator = render(c -> c.set("observability.alertRules.prometheusRule", true)
                .set("observability.alertRules.prometheusRuleLabels.release", "kube-prometheus")
                .set("observability.tracing.otlpEndpoint", "http://otel-collector:4318/v1/traces")
                .set("observability.logFormat", "logstash"));
        assertThat(all(withOperator, ConfigMap.class).get("kabinet").getData())
                .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "logstash")
                .containsEntry(
                        "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
                        "http://otel-collector:4318/v1/traces");
        var rule = all(withOperator, io.fabric8.kubernetes.api.model.GenericKubernetesResource.class)
                .get("kabinet");
        assertThat(rule.getKind()).isEqualTo("PrometheusRule");
        assertThat(rule.getMetadata().getLabels()).containsEntry("release", "kube-prometheus");
        // the rendered spec is a rule file promtool accepts, with every alert of deploy/observability
        var spec = new Yaml().dump(rule.getAdditionalProperties().get("spec"));
        var file = java.nio.file.Files.createTempFile("prometheusrule", ".yml");
        try {
            java.nio.file.Files.writeString(file, spec);
            assertThat(DeployObservabilityTest.promtool(
                            file.getParent(),
                            "check",
                            "rules",
                            file.getFileName().toString()))
                    .contains("SUCCESS: " + DeployObservabilityTest.alerts().size() + " rules found");
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThatThrownBy(() -> render(c -> c.set("observability.logFormat", "xml")))
                .hasMessageContaining("logFormat");
    }

    @Test
    @DisplayName(
            "secrets.create without the passwords, or a values file that breaks values.schema.json, does not render")
    void refusesIncompleteValues() {
        assertThatThrownBy(() -> render(c -> c.set("secrets.create", true))).hasMessageContaining("secrets.values.");
        assertThatThrownBy(() -> render(c -> c.set("apps.gateway.port", "eighty")))
                .hasMessageContaining("port");
    }
}
