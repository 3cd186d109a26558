package dev.kabinet.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Rendered manifests read strictly into the Kubernetes API model (fabric8's classes, generated from the Kubernetes
 * OpenAPI schema): only the API versions a current cluster serves, no field the API does not know (a typo such as
 * {@code readinesProbe} or a field at the wrong level), no value of the wrong type (no coercion of "2" to 2).
 */
final class KubernetesObjects {

    /** apiVersion/kind -> model class; anything else (a removed beta API, a typo) is refused. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            // the Prometheus Operator's custom resource: no model class; its spec is checked by promtool instead
            "monitoring.coreos.com/v1/PrometheusRule", GenericKubernetesResource.class);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private KubernetesObjects() {}

    /** Every document of a multi-document YAML stream, each read strictly; the first problem fails with its path. */
    static List<HasMetadata> read(String yaml) {
        var objects = new ArrayList<HasMetadata>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map<?, ?> map)) {
                throw new AssertionError("a document that is no object: " + document);
            }
            String type = map.get("apiVersion") + "/" + map.get("kind");
            Class<? extends HasMetadata> kind = KINDS.get(type);
            if (kind == null) {
                throw new AssertionError("unknown or unserved API " + type + " (known: " + KINDS.keySet() + ")");
            }
            HasMetadata object;
            try {
                object = MAPPER.convertValue(map, kind);
            } catch (IllegalArgumentException e) {
                throw new AssertionError(type + ": " + e.getMessage(), e);
            }
            var unknown = new ArrayList<String>();
            if (object instanceof GenericKubernetesResource) {
                objects.add(object);
                continue;
            }
            unknownFields(object, type + " " + object.getMetadata().getName(), unknown);
            if (!unknown.isEmpty()) {
                throw new AssertionError("fields the Kubernetes API does not know: " + unknown);
            }
            objects.add(object);
        }
        return objects;
    }

    /** Walks the model: any field Jackson could not map lands in a class's additionalProperties. */
    private static void unknownFields(Object value, String path, List<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(path + "." + k));
                }
            } else {
                String name = getter.getName().substring(3);
                unknownFields(child, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1), unknown);
            }
        }
    }
}
